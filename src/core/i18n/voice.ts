import type { MessageKey } from './en.js';
import { messagesFor, spokenLanguage, uiLanguage, type MessageValues, type Messages, type UiLanguage } from './messages.js';

/**
 * The language syslead speaks in for this command: what its messages, warnings and errors say.
 * The one setting that is not passed as an argument, because a message is worded where a problem
 * is found, deep in the core, and every one of them would otherwise need the language passed down.
 * Only the command layer sets it (`speakIn`, `speakFor`); cli/main.ts sets it from the environment
 * before each command and back to English after. Reports do not use it: their models carry the
 * languages they are written in, two for a bilingual report.
 */
let speaking: UiLanguage = 'en';
const catalogues = new Map<UiLanguage, Messages>();

export function speakIn(language: UiLanguage): void {
  speaking = language;
}

/** The language messages are said in now. */
export function speakingNow(): UiLanguage {
  return speaking;
}

/** The messages of a language, made once. */
export function messagesIn(language: UiLanguage): Messages {
  let messages = catalogues.get(language);
  if (messages === undefined) {
    messages = messagesFor(language);
    catalogues.set(language, messages);
  }
  return messages;
}

/** A message in the language syslead speaks now. */
export function say(key: MessageKey, values?: MessageValues): string {
  return messagesIn(speaking).say(key, values);
}

/** A message in a given language (a report's, or each of a bilingual report's). */
export function sayIn(language: UiLanguage, key: MessageKey, values?: MessageValues): string {
  return messagesIn(language).say(key, values);
}

/** Where syslead's languages come from besides --lang: its own variable, then the system's locale. */
export interface LanguageEnvironment {
  SYSLEAD_LANG?: string | undefined;
  LC_ALL?: string | undefined;
  LC_MESSAGES?: string | undefined;
  LANG?: string | undefined;
}

/** What --lang asked for: each language named (`cy,en` names two), and those syslead has no words for. */
export interface LanguageChoice {
  /** The languages syslead speaks among those asked for, in order, each once; empty when none. */
  languages: UiLanguage[];
  /** What was asked for that syslead cannot speak, as typed. */
  unknown: string[];
}

/** Reads --lang: one language, or several joined by commas (`cy,en`: Welsh first, English beside it). */
export function readLangOption(lang: string | undefined): LanguageChoice {
  const languages: UiLanguage[] = [];
  const unknown: string[] = [];
  for (const part of (lang ?? '').split(',')) {
    if (part.trim() === '') continue;
    const known = spokenLanguage(part);
    if (known === undefined) unknown.push(part.trim());
    else if (!languages.includes(known)) languages.push(known);
  }
  return { languages, unknown };
}

/**
 * The languages to speak: those of --lang syslead has words for; else the first it has words for
 * of $SYSLEAD_LANG; else those it has words for of `recorded`, the languages a saved result was
 * written in (two for a bilingual one); else the first it has words for of the questionnaire's
 * language and the system's locale; else English. A report is written in all of them (two make it
 * bilingual); messages are said in the first. The one place the choice is made.
 */
export function languagesFor(lang: string | undefined, env: LanguageEnvironment, questionnaireLanguage?: string, recorded: readonly string[] = []): UiLanguage[] {
  const asked = readLangOption(lang).languages;
  if (asked.length > 0) return asked;
  const variable = env.SYSLEAD_LANG === undefined ? undefined : spokenLanguage(env.SYSLEAD_LANG);
  if (variable !== undefined) return [variable];
  const written = readLangOption(recorded.join(',')).languages;
  if (written.length > 0) return written;
  return [uiLanguage([questionnaireLanguage, env.LC_ALL, env.LC_MESSAGES, env.LANG])];
}

/** Sets the language messages are said in for a command, as `languagesFor` chooses it, and returns every language chosen. */
export function speakFor(lang: string | undefined, env: LanguageEnvironment, questionnaireLanguage?: string, recorded?: readonly string[]): UiLanguage[] {
  const languages = languagesFor(lang, env, questionnaireLanguage, recorded);
  speakIn(languages[0]!);
  return languages;
}
