import type { MessageKey } from './i18n/en.js';
import type { UiLanguage } from './i18n/messages.js';
import { sayIn, speakingNow } from './i18n/voice.js';

/** The months' short names, said in the language asked for. */
const MONTHS = Array.from({ length: 12 }, (_, i) => `results.month.${i + 1}` as MessageKey);

/**
 * A moment in the local time zone as en-GB's medium date and short time write it, "5 Sept 2026,
 * 07:03": what toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) gives with
 * Node's ICU, without Intl, whose first use loads ICU's date data (about 4 ms at every start). A
 * year before 1 is written as ICU writes it without its era: year 0 is 1 (BC).
 * tests/core/date-time.test.ts compares the two. In Welsh, the months' Welsh short names.
 */
export function shortDateTime(date: Date, language: UiLanguage = speakingNow()): string {
  const year = date.getFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  // Strings, not numbers: a year is not written with a thousands separator.
  return sayIn(language, 'results.date.shortDateTime', {
    day: String(date.getDate()),
    month: sayIn(language, MONTHS[date.getMonth()]!),
    year: String(year > 0 ? year : 1 - year),
    time: `${two(date.getHours())}:${two(date.getMinutes())}`,
  });
}
