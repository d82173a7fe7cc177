import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';
import { HIDE_CURSOR } from './question-view.js';
import { holdTypedAhead } from './typeahead.js';

export interface IntroConfig {
  /** The screen, ready to show (the caller makes questionnaire text safe and styles it). */
  screen: string;
}

/** A screen that waits for Enter. */
export const introPrompt = createPrompt<void, IntroConfig>((config, done) => {
  const [finished, setFinished] = useState(false);
  useKeypress((key, rl) => {
    if (finished) return holdTypedAhead(rl.input, key);
    if (!isEnterKey(key)) return;
    setFinished(true);
    done();
  });
  return `${config.screen}${finished ? '' : HIDE_CURSOR}`;
});
