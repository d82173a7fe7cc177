import type { ChalkInstance } from 'chalk';
import type { Messages } from '../core/i18n/messages.js';
import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import { choiceLine, HIDE_CURSOR, keyHint } from './question-view.js';
import { holdTypedAhead } from './typeahead.js';

export interface ChoiceConfig {
  /** The question, ready to show (the caller makes its text safe). */
  message: string;
  /** The answers, made safe by the caller; at most 9, one digit each. */
  labels: readonly string[];
  style: ChalkInstance;
  messages: Messages;
}

/**
 * A choice among a few answers (the observer's relation to the person), in the same style as the
 * ratings: a numbered list, the number of an answer answers at once, arrows and Enter also work.
 * Returns the position of the answer chosen.
 */
export const choicePrompt = createPrompt<number, ChoiceConfig>((config, done) => {
  const { style, labels, messages } = config;
  const count = labels.length;
  const [answered, setAnswered] = useState(-1);
  const finished = answered >= 0;
  const [cursor, setCursor] = useState(-1);
  const [message, setMessage] = useState('');

  const answerAt = (index: number) => {
    setAnswered(index);
    done(index);
  };

  useKeypress((key: KeypressEvent & { sequence?: string }, rl) => {
    if (finished) return holdTypedAhead(rl.input, key);
    if (key.ctrl) return;
    const name = key.name ?? key.sequence ?? '';
    setMessage('');
    if (/^[0-9]$/.test(name)) {
      const digit = Number(name);
      if (digit >= 1 && digit <= count) return answerAt(digit - 1);
      return setMessage(messages.say('question.choose', { count }));
    }
    if (isEnterKey(key)) {
      if (cursor >= 0) return answerAt(cursor);
      return setMessage(messages.say('question.press', { count }));
    }
    if (isUpKey(key)) return setCursor(cursor <= 0 ? 0 : cursor - 1);
    if (isDownKey(key)) return setCursor(Math.min(count - 1, cursor + 1));
  });

  // Once answered, the question stays on screen with its answer, as the name's does.
  if (finished) return `${style.bold(config.message)} ${style.cyan(labels[answered]!)}`;
  const width = String(count).length;
  const options = labels.map((label, index) => choiceLine(style, messages, { key: String(index + 1), width, label, chosen: index === cursor, given: false }));
  const hints = [keyHint(style, `1-${count}`, messages.say('key.answer')), keyHint(style, '↑↓ Enter', messages.say('key.choose'))].join('  ');
  const screen = [style.bold(config.message), '', ...options, '', hints, ...(message ? [style.yellow(message)] : [])].join('\n');
  return `${screen}${HIDE_CURSOR}`;
});
