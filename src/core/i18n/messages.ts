import { whole } from '../whole.js';
import { CY } from './cy.js';
import { EN, type MessageKey } from './en.js';
import type { Message } from './message.js';

/** The languages syslead itself speaks. */
export const UI_LANGUAGES = ['en', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Every catalogue holds every key of the English one: the compiler checks it. */
const CATALOGUES: Record<UiLanguage, Record<MessageKey, Message>> = { en: EN, cy: CY };

/** Values put into a message's {name} places; numbers are written as whole numbers with separators. Texts from files are made safe by the caller. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The messages of one language: `say(key, values)` gives the text, `{count}` choosing its plural form. */
export interface Messages {
  language: UiLanguage;
  say(key: MessageKey, values?: MessageValues): string;
}

/** English's two forms by hand, so that English never starts ICU's plural rules at start-up. */
function pluralCategory(language: UiLanguage, count: number): Intl.LDMLPluralRule {
  if (language === 'en') return count === 1 ? 'one' : 'other';
  return new Intl.PluralRules(language).select(count);
}

export function messagesFor(language: UiLanguage): Messages {
  const catalogue = CATALOGUES[language];
  return {
    language,
    say(key, values = {}) {
      const message = catalogue[key];
      const count = values.count;
      const text = typeof message === 'string' ? message : (message[typeof count === 'number' ? pluralCategory(language, count) : 'other'] ?? message.other);
      return text.replace(/\{([a-z][A-Za-z]*)\}/g, (place, name: string) => {
        const value = values[name];
        if (value === undefined) return place;
        return typeof value === 'number' && Number.isInteger(value) ? whole(value) : String(value);
      });
    },
  };
}

/**
 * The language syslead speaks in: the first of --lang, $SYSLEAD_LANG, the questionnaire's
 * language and the system's locale ($LC_ALL, $LC_MESSAGES, $LANG) that it has a catalogue for,
 * by its primary subtag (cy-GB and cy_GB.UTF-8 are Welsh); else English.
 */
export function uiLanguage(candidates: readonly (string | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    const known = candidate === undefined ? undefined : spokenLanguage(candidate);
    if (known) return known;
  }
  return 'en';
}

/** The language syslead speaks that a tag or locale names, by its primary subtag; undefined when it speaks none. */
export function spokenLanguage(tag: string): UiLanguage | undefined {
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return UI_LANGUAGES.find((l) => l === primary);
}
