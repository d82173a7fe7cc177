import type { ChalkInstance } from 'chalk';
import type { Messages } from '../core/i18n/messages.js';
import { safeText } from '../core/safe-text.js';

/** What every question screen shows, whatever its kind. Text from the questionnaire is made safe here. */
export interface QuestionView {
  /** The theme's title. */
  theme: string;
  /** The theme's description, shown on `?`. */
  about?: string;
  /** 1-based position and the number of questions, for "N/TOTAL". */
  number: number;
  total: number;
  text: string;
  isFirst: boolean;
  skippedBefore: boolean;
  style: ChalkInstance;
  /** What the screen says, in the run's language. */
  messages: Messages;
}

// Hidden while choosing with keys: a blinking cursor on a list only distracts. The prompt shows it again when done.
export const HIDE_CURSOR = '\u001b[?25l';

const BAR_WIDTH = 20;

/** The top of a question screen: progress, theme, the theme's description when asked for, and the question. */
export function questionHeader(view: QuestionView, showAbout: boolean): string {
  const { style, messages } = view;
  const filled = Math.round((BAR_WIDTH * (view.number - 1)) / view.total);
  const bar = `${'━'.repeat(filled)}${style.dim('─'.repeat(BAR_WIDTH - filled))}`;
  const lines = [`${style.cyan(bar)} ${style.bold(`${view.number}/${view.total}`)}  ${style.cyan(safeText(view.theme))}`];
  if (showAbout) lines.push('', style.dim(view.about ? safeText(view.about) : messages.say('question.noDescription')));
  lines.push('', style.bold(safeText(view.text)));
  if (view.skippedBefore) lines.push(style.dim(messages.say('question.skippedBefore')));
  return lines.join('\n');
}

/** A key hint such as "b back", with the key stood out. */
export function keyHint(style: ChalkInstance, keys: string, what: string): string {
  return `${style.bold(keys)} ${style.dim(what)}`;
}

/**
 * One line of a list of answers, as every question shows them: the cursor when it is on the line,
 * the key that answers it, the label (made safe by the caller), and a mark on the answer given before.
 */
export function choiceLine(style: ChalkInstance, messages: Messages, { key, width, label, chosen, given }: { key: string; width: number; label: string; chosen: boolean; given: boolean }): string {
  const mark = given ? style.dim(`  ${messages.say('question.yourAnswer')}`) : '';
  const line = `${key.padStart(width)}  ${label}`;
  return `${chosen ? style.cyan('❯') : ' '} ${chosen ? style.cyan(line) : line}${mark}`;
}
