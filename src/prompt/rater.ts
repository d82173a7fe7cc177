import type { ChalkInstance } from 'chalk';
import type { RaterRole } from '../core/answers/roles.js';
import { checkSubject, OBSERVER_RELATIONS } from '../core/run/rater.js';
import { safeText } from '../core/safe-text.js';
import type { PromptContext } from './context.js';
import { choicePrompt } from './choice.js';
import { inquirerTheme } from './theme.js';
import { discardTypedAhead, TYPED_AHEAD_DROPPED, withKeysTypedAhead } from './typeahead.js';

// @inquirer/prompts is loaded only here: self-assessments, most runs, never ask the name.

/** Whom an observer's feedback is about: a name, required. */
export async function askSubject(style: ChalkInstance, context: PromptContext): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const validate = (text: string) => {
    const checked = checkSubject(text);
    return 'problem' in checked ? checked.problem : true;
  };
  // A name takes only what is typed once it is asked for (see discardTypedAhead); keys typed ahead
  // at the intro go to no question.
  if (discardTypedAhead(context.input)) context.output.write(`${style.yellow(TYPED_AHEAD_DROPPED)}\n`);
  const name = await withKeysTypedAhead(context.input, () => input({ message: 'Whom is this feedback about? Their name:', validate, theme: inquirerTheme(style) }, context));
  return name.trim();
}

/** How the observer works with the person the feedback is about: a numbered list, as the ratings are. */
export async function askRelation(subject: string, style: ChalkInstance, context: PromptContext): Promise<RaterRole> {
  const labels = OBSERVER_RELATIONS.map(({ label }) => label);
  const index = await withKeysTypedAhead(context.input, () => choicePrompt({ message: `How do you work with ${safeText(subject)}? You are:`, labels, style }, context));
  return OBSERVER_RELATIONS[index]!.role;
}
