import type { ChalkInstance } from 'chalk';
import type { RaterRole } from '../core/answers/roles.js';
import type { Messages } from '../core/i18n/messages.js';
import { checkSubject, OBSERVER_ROLES } from '../core/run/rater.js';
import { safeText } from '../core/safe-text.js';
import type { PromptContext } from './context.js';
import { choicePrompt } from './choice.js';
import { inquirerTheme } from './theme.js';
import { discardTypedAhead, withKeysTypedAhead } from './typeahead.js';

// @inquirer/prompts is loaded only here: self-assessments, most runs, never ask the name.

/** Whom an observer's feedback is about: a name, required. */
export async function askSubject(style: ChalkInstance, messages: Messages, context: PromptContext): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const validate = (text: string) => {
    const checked = checkSubject(text);
    return 'problem' in checked ? checked.problem : true;
  };
  // A name takes only what is typed once it is asked for (see discardTypedAhead); keys typed ahead
  // at the intro go to no question.
  if (discardTypedAhead(context.input)) context.output.write(`${style.yellow(messages.say('question.typedAheadDropped'))}\n`);
  const name = await withKeysTypedAhead(context.input, () => input({ message: messages.say('rater.subject'), validate, theme: inquirerTheme(style) }, context));
  return name.trim();
}

/** How the observer works with the person the feedback is about: a numbered list, as the ratings are. */
export async function askRelation(subject: string, style: ChalkInstance, messages: Messages, context: PromptContext): Promise<RaterRole> {
  const labels = OBSERVER_ROLES.map((role) => messages.say(`relation.${role}`));
  const index = await withKeysTypedAhead(context.input, () => choicePrompt({ message: messages.say('rater.relation', { subject: safeText(subject) }), labels, style, messages }, context));
  return OBSERVER_ROLES[index]!;
}
