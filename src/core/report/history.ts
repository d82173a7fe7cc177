import type { Questionnaire } from '../questionnaire/model.js';
import type { AnswerSet } from '../answers/model.js';
import type { PersonResult } from '../score/result.js';

/** One saved result as `syslead history` lists it; the JSON of `history --json` is an array of these. */
export interface HistoryEntry {
  questionnaire: string;
  file: string;
  completed: string | null;
  /**
   * The language tag of the translation the answers were given in (the answer file's `language`,
   * e.g. cy-GB); absent for the questionnaire as written, and when the result could not be read.
   */
  language?: string;
  /**
   * The languages syslead spoke and wrote the result's report in, the first first (the answer
   * file's `report_languages`, e.g. ["cy"]); absent when the result does not record them (older
   * results) or could not be read.
   */
  reportLanguages?: string[];
  /** Null when the result could not be scored (see problem). */
  themes: { id: string; title: string; percent: number | null; band: string | null }[] | null;
  problem?: string;
}

/** The saved results of one questionnaire, newest first, with what the text needs of the questionnaire. */
export interface HistoryGroup {
  id: string;
  /** The questionnaire's title; null when it is not available (its results then have no scores). */
  title: string | null;
  /** Its bands' labels, to name each theme's band; empty when it is not available. */
  bands: { id: string; label: string }[];
  entries: HistoryEntry[];
}

export function scoredEntry(questionnaire: string, file: string, result: PersonResult, answers?: Pick<AnswerSet, 'questionnaire' | 'reportLanguages'>): HistoryEntry {
  const themes = result.themes.map((t) => ({ id: t.id, title: t.title, percent: t.percent, band: t.band }));
  const language = answers?.questionnaire.language;
  const reportLanguages = answers?.reportLanguages;
  return {
    questionnaire,
    file,
    completed: result.completed,
    ...(language !== undefined ? { language } : {}),
    ...(reportLanguages !== undefined ? { reportLanguages: [...reportLanguages] } : {}),
    themes,
  };
}

/**
 * The languages a result was written in, as `history` names them: those it records, else the
 * language of the translation its answers were given in; empty when it says neither.
 */
export function entryLanguages(entry: Pick<HistoryEntry, 'language' | 'reportLanguages'>): string[] {
  return entry.reportLanguages ?? (entry.language !== undefined ? [entry.language] : []);
}

/** A saved result that could not be scored, and why. */
export function unscoredEntry(questionnaire: string, file: string, problem: string): HistoryEntry {
  return { questionnaire, file, completed: null, themes: null, problem };
}

export function historyGroup(id: string, questionnaire: Pick<Questionnaire, 'title' | 'bands'> | undefined, entries: HistoryEntry[]): HistoryGroup {
  return { id, title: questionnaire?.title ?? null, bands: (questionnaire?.bands ?? []).map((b) => ({ id: b.id, label: b.label })), entries };
}
