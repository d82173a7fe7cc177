import { RUN_CY } from './cy/run.js';
import type { RUN_EN } from './en/run.js';
import { EN_PARTS } from './en.js';
import { type Catalogue, sayFrom, type MessageValues, type UiLanguage } from './messages.js';

/** The questions about the person that syslead form asks, and the run's choices of relationship. */
export type FormWordKey = Extract<keyof typeof RUN_EN, `form.${string}` | `relation.${string}`>;

/**
 * The run part of each language's catalogue, which holds the words syslead form asks with and the
 * CSV reader recognises in every language syslead speaks, whichever it speaks now: so that reading
 * a CSV or planning a form loads only this part of the Welsh catalogue, not all of it.
 */
const RUN_PARTS: Readonly<Record<UiLanguage, Catalogue>> = { en: { run: EN_PARTS.run }, cy: { run: RUN_CY } };

/** Those words in a language, loaded or not. */
export function formWordsIn(language: UiLanguage): { say(key: FormWordKey, values?: MessageValues): string } {
  return { say: (key, values) => sayFrom(RUN_PARTS[language], language, key, values) };
}
