import { whole } from '../whole.js';
import { EN_CATALOGUE, type MessageKey } from './en.js';
import type { Message } from './message.js';

/** The languages syslead itself speaks. */
export const UI_LANGUAGES = ['en', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * A language's catalogue as syslead holds it: its parts (en/*.ts, cy/*.ts) by name, each key in the
 * part its first word names (`cli.` in cli), or else in run (which holds the run's older keys:
 * `question.`, `form.`...). Not merged into one object when syslead starts: merging some 1,400
 * keys costs about 4 ms of every start.
 */
export type Catalogue = Readonly<Record<string, Readonly<Partial<Record<MessageKey, Message>>>>>;

/**
 * The catalogues loaded: English always, bundled with the code; another language's only once
 * `loadLanguages` has loaded it (cli/main.ts and the commands do, before it is spoken), so that a
 * command in English never loads the Welsh catalogue (about 6 ms).
 */
const LOADED: Partial<Record<UiLanguage, Catalogue>> = { en: EN_CATALOGUE };

/** Loads the catalogues of the languages given that are not loaded yet. */
export async function loadLanguages(languages: readonly UiLanguage[]): Promise<void> {
  for (const language of languages) {
    if (LOADED[language] === undefined && language === 'cy') LOADED.cy = (await import('./cy-catalogue.js')).CY_CATALOGUE;
  }
}

/** The message of a key in a catalogue, found once per catalogue and key (FOUND). */
function lookUp(catalogue: Catalogue, key: MessageKey): Message {
  let found = FOUND.get(catalogue);
  if (found === undefined) {
    found = new Map();
    FOUND.set(catalogue, found);
  }
  let message = found.get(key);
  if (message === undefined) {
    message = findIn(catalogue, key);
    found.set(key, message);
  }
  return message;
}

/**
 * Per catalogue, the messages found: a report per person says the same few hundred keys again and
 * again, and a Map of them is 3-4 times quicker than findIn's slice and lookups (900,000 lookups
 * of 300 keys on Node 20: 15-22 ms against 69-74 ms).
 */
const FOUND = new WeakMap<Catalogue, Map<MessageKey, Message>>();

/**
 * The message of a key in a catalogue: in the part its first word names, else in run, else in any
 * part. Found at the first look, not part by part: a property a large object lacks is slow to look
 * for (part by part, the 1,400 keys once took 10-30 ms; so, under 1 ms).
 */
function findIn(catalogue: Catalogue, key: MessageKey): Message {
  const message = catalogue[key.slice(0, key.indexOf('.'))]?.[key] ?? catalogue.run?.[key];
  if (message !== undefined) return message;
  for (const part of Object.values(catalogue)) if (Object.hasOwn(part, key)) return part[key]!;
  throw new Error(`no message ${key}`);
}

/** Values put into a message's {name} places; numbers are written as whole numbers with separators. Texts from files are made safe by the caller. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The messages of one language: `say(key, values)` gives the text, `{count}` choosing its plural form. */
export interface Messages {
  language: UiLanguage;
  say(key: MessageKey, values?: MessageValues): string;
}

/** Each language's plural rules, made when a message with plural forms is first said in it (ICU's plural data costs a few ms to load). */
const PLURAL_RULES = new Map<UiLanguage, Intl.PluralRules>();

/** English's two forms by hand, so that English never starts ICU's plural rules at start-up. */
function pluralCategory(language: UiLanguage, count: number): Intl.LDMLPluralRule {
  if (language === 'en') return count === 1 ? 'one' : 'other';
  let rules = PLURAL_RULES.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    PLURAL_RULES.set(language, rules);
  }
  return rules.select(count);
}

/** A message's text with its {places} filled in. */
function fill(text: string, values: MessageValues): string {
  if (!text.includes('{')) return text;
  let parts = PARTS.get(text);
  if (parts === undefined) {
    parts = text.split(PLACE);
    PARTS.set(text, parts);
  }
  let filled = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = values[name];
    filled += value === undefined ? `{${name}}` : typeof value === 'number' && Number.isInteger(value) ? whole(value) : String(value);
    filled += parts[i + 1]!;
  }
  return filled;
}

const PLACE = /\{([a-z][A-Za-z]*)\}/;
/**
 * Per message text, split at its places (text, name, text...): found once rather than by a
 * regular expression each time said, many times a report. Only catalogue texts are filled, so
 * these are as many as the catalogue's.
 */
const PARTS = new Map<string, string[]>();

/** A message of a catalogue said: its plural form chosen by {count}, its places filled in. */
export function sayFrom(catalogue: Catalogue, language: UiLanguage, key: MessageKey, values: MessageValues = {}): string {
  const message = lookUp(catalogue, key);
  if (typeof message === 'string') return fill(message, values);
  const count = values.count;
  return fill((typeof count === 'number' ? message[pluralCategory(language, count)] : undefined) ?? message.other, values);
}

/** The messages of a language whose catalogue is loaded (loadLanguages). */
export function messagesFor(language: UiLanguage): Messages {
  const catalogue = LOADED[language];
  if (catalogue === undefined) throw new Error(`the ${language} catalogue is not loaded: loadLanguages() must load it before it is said`);
  return { language, say: (key, values) => sayFrom(catalogue, language, key, values) };
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
  // A report per person asks of the same few tags again and again.
  if (SPOKEN.has(tag)) return SPOKEN.get(tag);
  const spoken = primaryLanguage(tag);
  if (SPOKEN.size < SPOKEN_KEPT) SPOKEN.set(tag, spoken);
  return spoken;
}

const SPOKEN = new Map<string, UiLanguage | undefined>();
/** Tags kept, at most: those of a run are few, but they come from files. */
const SPOKEN_KEPT = 64;

function primaryLanguage(tag: string): UiLanguage | undefined {
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return UI_LANGUAGES.find((l) => l === primary);
}
