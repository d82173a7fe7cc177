import { createPrompt, isBackspaceKey, isEnterKey, useEffect, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import { keyHint, questionHeader, type QuestionView } from './question-view.js';
import { holdTypedAhead } from './typeahead.js';

/** What the person did at a free-text question. */
export type TextAction = { answer: string } | { skip: true } | { back: true };

export interface TextConfig extends QuestionView {
  /** The text given before, put back on the line to edit. */
  current?: string;
  /** Keys typed ahead of the prompt were dropped (see discardTypedAhead): said until the first key. */
  droppedTypedAhead?: boolean;
}

/**
 * A free-text question on one line. Enter on an empty line skips; Backspace on an empty line goes
 * back (as b and Backspace do at a rating, where letters cannot be answers); ? is just text here.
 */
export const textPrompt = createPrompt<TextAction, TextConfig>((config, done) => {
  const { style, messages } = config;
  const [finished, setFinished] = useState(false);
  const [line, setLine] = useState('');
  const [message, setMessage] = useState(config.droppedTypedAhead ? messages.say('question.typedAheadDropped') : '');

  useEffect((rl) => {
    if (config.current) {
      rl.write(config.current);
      setLine(config.current);
    }
  }, []);

  useKeypress((key: KeypressEvent, rl) => {
    if (finished) return holdTypedAhead(rl.input, key);
    setMessage('');
    if (isEnterKey(key)) {
      // readline has already cleared rl.line for the new line: the text is the one kept before Enter.
      const text = line.trim();
      setFinished(true);
      return done(text === '' ? { skip: true } : { answer: text });
    }
    // `line` is the text before this key: Backspace on an already empty line means "back".
    if (isBackspaceKey(key) && line === '') {
      if (config.isFirst) return setMessage(messages.say('question.first'));
      setFinished(true);
      return done({ back: true });
    }
    setLine(rl.line);
  });

  // not said: the name of the key, as printed on keyboards
  const hints = [keyHint(style, 'Enter', messages.say(line.trim() === '' ? 'key.skip' : 'key.save')), ...(config.isFirst ? [] : [keyHint(style, messages.say('key.backspaceEmpty'), messages.say('key.back'))])].join('  ');
  const content = [questionHeader(config, false), '', hints, ...(message ? [style.yellow(message)] : []), ''].join('\n');
  return `${content}${style.cyan('›')} ${line}`;
});
