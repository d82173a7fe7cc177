import type { Questionnaire } from '../questionnaire/model.js';
import type { RaterRole } from './schema.js';

/**
 * One person's answers, checked against their questionnaire: likert answers as numbers on each
 * item's scale (labels already turned into numbers), free text apart. An item that is absent is
 * missing (skipped), never 0. The records are keyed by ids from files: make them with dictionary()
 * and read them with ownValue() (../dictionary.ts), so that an id such as "constructor" is a key
 * like any other.
 */
export interface AnswerSet {
  /** `language`: the translation's the answers were given in, when they were given in one. */
  questionnaire: { id: string; version: number; language?: string };
  /**
   * The languages syslead spoke and wrote its report in when `run` saved the answers, the first
   * first (two for a bilingual report): language tags, as the answer file's `report_languages`.
   * Absent when not recorded (older files, files written by hand, a run in progress).
   */
  reportLanguages?: string[];
  respondent?: string;
  role: RaterRole;
  subject?: string;
  started?: string;
  completed?: string;
  attributes: Record<string, string>;
  /** Item id -> raw answer on the item's scale (before reverse keying). */
  answers: Record<string, number>;
  /** Free-text item id -> text. */
  texts: Record<string, string>;
  /** Theme id -> answer on the importance scale. */
  importance: Record<string, number>;
  /**
   * Scored item id -> the "not observed" answer given (as its scale spells it): no point, so it is
   * never in answers; counted apart. Absent when there is none.
   */
  notObserved?: Record<string, string>;
}

/** The role of answers that name none: an observer form's answers come from others, never the subject. */
export function defaultRole(questionnaire: Pick<Questionnaire, 'form'>): RaterRole {
  return questionnaire.form === 'observer' ? 'other' : 'self';
}
