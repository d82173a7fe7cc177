import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import { safeText } from '../core/safe-text.js';
import { choiceLine, HIDE_CURSOR, keyHint, questionHeader, type QuestionView } from './question-view.js';
import { holdTypedAhead } from './typeahead.js';

/** What the person did: answered (a value on the scale, or the scale's "not observed" answer), skipped, or asked to go back. */
export type LikertAction = { answer: number } | { notObserved: string } | { skip: true } | { back: true };

export interface LikertConfig extends QuestionView {
  labels: readonly string[];
  /** The value of the first label; the stored answer is min + position - 1. */
  min: number;
  /** The answer given before, preselected. */
  current?: number;
  /** The scale's answers that mean "not observed" / "don't know": offered as one choice, key n, saved as the first. */
  notApplicable?: readonly string[];
  /** The answer given before was "not observed". */
  currentNotObserved?: boolean;
}

/** The key of the "not observed" choice: a letter, so it never meets the digits of a 10- or 11-point scale. */
export const NOT_OBSERVED_KEY = 'n';

/**
 * One rating, keyboard first: the number of a label (1..K, by position, whatever the scale's min)
 * answers at once; arrows and Enter also work; b or Backspace goes back, s skips, ? shows what
 * the theme is about. Scales of 10 or 11 points take two digits for 10 and 11: 1 waits for 0 or 1,
 * or for Enter to answer 1. A scale with "not observed" answers lists them as one more line,
 * "n  Not observed / Don't know", chosen with n or by the arrows like any other, so a screen
 * reader reads it as a choice in the list.
 */
export const likertPrompt = createPrompt<LikertAction, LikertConfig>((config, done) => {
  const { style, labels, min, messages } = config;
  const count = labels.length;
  const notObserved = config.notApplicable?.[0];
  // The "not observed" line comes after the points, at position count.
  const lastLine = notObserved === undefined ? count - 1 : count;
  const [finished, setFinished] = useState(false);
  const [cursor, setCursor] = useState(config.currentNotObserved && notObserved !== undefined ? count : config.current === undefined ? -1 : config.current - min);
  const [showAbout, setShowAbout] = useState(false);
  const [pendingOne, setPendingOne] = useState(false);
  const [message, setMessage] = useState('');

  const finish = (action: LikertAction) => {
    setFinished(true);
    done(action);
  };
  const answerAt = (index: number) => finish(index === count && notObserved !== undefined ? { notObserved } : { answer: min + index });
  const choose = () => (notObserved === undefined ? messages.say('question.choose', { count }) : messages.say('question.chooseOrNotObserved', { count, key: NOT_OBSERVED_KEY, notObserved }));

  useKeypress((key: KeypressEvent & { sequence?: string }, rl) => {
    if (finished) return holdTypedAhead(rl.input, key);
    if (key.ctrl) return;
    const name = key.name ?? key.sequence ?? '';
    setMessage('');
    if (/^[0-9]$/.test(name)) {
      const digit = Number(name);
      if (pendingOne) {
        setPendingOne(false);
        if (10 + digit <= count) return answerAt(9 + digit);
        return setMessage(choose());
      }
      if (digit === 1 && count >= 10) {
        setPendingOne(true);
        setCursor(0);
        return setMessage(messages.say(count >= 11 ? 'question.tenOrEleven11' : 'question.tenOrEleven'));
      }
      if (digit >= 1 && digit <= count) return answerAt(digit - 1);
      return setMessage(choose());
    }
    setPendingOne(false);
    if (isEnterKey(key)) {
      if (cursor >= 0) return answerAt(cursor);
      return setMessage(notObserved === undefined ? messages.say('question.pressOrSkip', { count }) : messages.say('question.pressOrNotObservedOrSkip', { count, key: NOT_OBSERVED_KEY, notObserved }));
    }
    if (isUpKey(key)) return setCursor(cursor <= 0 ? 0 : cursor - 1);
    if (isDownKey(key)) return setCursor(Math.min(lastLine, cursor + 1));
    if (notObserved !== undefined && (name === NOT_OBSERVED_KEY || name === NOT_OBSERVED_KEY.toUpperCase())) return answerAt(count);
    if (name === 'b' || name === 'B' || isBackspaceKey(key)) {
      if (config.isFirst) return setMessage(messages.say('question.first'));
      return finish({ back: true });
    }
    if (name === 's' || name === 'S') return finish({ skip: true });
    if (name === '?') return setShowAbout(!showAbout);
  });

  const width = String(count).length;
  const options = labels.map((label, index) => choiceLine(style, messages, { key: String(index + 1), width, label: safeText(label), chosen: index === cursor, given: config.current === min + index }));
  if (notObserved !== undefined) {
    const label = config.notApplicable!.map((text) => safeText(text)).join(' / ');
    options.push(choiceLine(style, messages, { key: NOT_OBSERVED_KEY, width, label, chosen: cursor === count, given: config.currentNotObserved === true }));
  }
  const hints = [
    keyHint(style, `1-${count}`, messages.say('key.answer')),
    ...(notObserved === undefined ? [] : [keyHint(style, NOT_OBSERVED_KEY, safeText(notObserved).toLowerCase())]),
    keyHint(style, '↑↓ Enter', messages.say('key.choose')),
    ...(config.isFirst ? [] : [keyHint(style, 'b', messages.say('key.back'))]),
    keyHint(style, 's', messages.say('key.skip')),
    keyHint(style, '?', messages.say(showAbout ? 'key.hideAbout' : 'key.about')),
  ].join('  ');
  const screen = [questionHeader(config, showAbout), '', ...options, '', hints, ...(message ? [style.yellow(message)] : [])].join('\n');
  return `${screen}${finished ? '' : HIDE_CURSOR}`;
});
