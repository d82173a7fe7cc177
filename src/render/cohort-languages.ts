import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { CohortReport, FormFigures } from '../core/report/cohort.js';
import { reportsInEach, type CohortView } from '../core/report/cohort-view.js';
import { sayAgain } from '../core/report/stable-text.js';
import { BETWEEN, madeInEach, saidInEach, type Said, wordsText } from './bilingual.js';

/**
 * How the cohort report's renderers speak in the languages of its view (one, or two with --lang
 * cy,en), on the helpers of bilingual.ts: syslead's words in each, sentences made in each (their
 * figures and the questionnaire's texts in them), and the questionnaire's texts in each language
 * from the report in that language (reportsInEach). In one language each gives what it gave before.
 */
export interface CohortVoice {
  languages: readonly UiLanguage[];
  /** The report in each language (the report alone in one). */
  reports: readonly CohortReport[];
  /** A heading or label of syslead's in each language, as plain text: "Crynodeb / Summary". */
  both: (key: MessageKey, values?: MessageValues) => string;
  /** The same, each with its tag (for HTML). */
  said: (key: MessageKey, values?: MessageValues) => Said[];
  /** A text made in each language, from the report in it, each once, with its tag. */
  made: (make: (language: UiLanguage, report: CohortReport, index: number) => string) => Said[];
  /** A text made in each language, joined on one line: "… / …". */
  bothMade: (make: (language: UiLanguage, report: CohortReport, index: number) => string) => string;
  /** A sentence in each language, each once: a line or paragraph each. */
  each: (make: (language: UiLanguage, report: CohortReport, index: number) => string) => string[];
  /** Lines made in each language, each line followed by its translation. */
  eachLines: (make: (language: UiLanguage, report: CohortReport) => string[]) => string[];
  /** A model's text (a reason, a note) in each language, each once. */
  againEach: (text: string) => string[];
  /** A questionnaire's text in each language, each once: `get` finds it in a report. */
  textsOf: (get: (report: CohortReport) => string) => string[];
  /** The same, each with the tag of the form it is from (form `fi`). */
  textsSaid: (get: (report: CohortReport) => string, fi?: number) => Said[];
  /** Form `fi` of a report: 0 the main one, then each of its other forms. */
  formOf: (report: CohortReport, fi: number) => FormFigures;
}

export function cohortVoice(view: CohortView): CohortVoice {
  const main = view.presentations[0]!;
  const languages = main.languages;
  const reports = reportsInEach(view);
  const made = (make: (language: UiLanguage, report: CohortReport, index: number) => string) =>
    madeInEach(main, (l) => {
      const i = languages.indexOf(l);
      return make(l, reports[i] ?? view.report, i);
    });
  const textsOf = (get: (report: CohortReport) => string) => {
    const texts = reports.map(get);
    return texts.filter((text, i) => texts.indexOf(text) === i);
  };
  return {
    languages,
    reports,
    both: (key, values) => wordsText(main, key, values),
    said: (key, values) => saidInEach(main, key, values),
    made,
    bothMade: (make) =>
      made(make)
        .map((s) => s.text)
        .join(BETWEEN),
    each: (make) => made(make).map((s) => s.text),
    eachLines: (make) => {
      const lines = languages.map((l, i) => make(l, reports[i] ?? view.report));
      return lines[0]!.flatMap((line, n) => [line, ...lines.slice(1).flatMap((m) => (m[n] === undefined || m[n] === line ? [] : [m[n]!]))]);
    },
    againEach: (text) => made((l) => sayAgain(l, text)).map((s) => s.text),
    textsOf,
    textsSaid: (get, fi = 0) => {
      const texts = reports.map(get);
      const tags = reports.map((_, i) => view.texts?.[fi]?.[i === 0 ? 'first' : 'second'].language ?? view.presentations[fi]!.language);
      return texts.flatMap((text, i) => (texts.indexOf(text) === i ? [{ text, tag: tags[i]! }] : []));
    },
    formOf: (report, fi) => (fi === 0 ? report : report.otherForms[fi - 1]!),
  };
}

/** The reverse-keyed mark after a statement, in a language. */
export const reverseKeyedIn = (language: UiLanguage) => sayIn(language, 'cohort.format.reverseKeyed');
