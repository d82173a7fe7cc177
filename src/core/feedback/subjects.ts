import type { AnswerSet } from '../answers/model.js';
import type { RaterRole } from '../answers/schema.js';
import { byCodePoint } from '../code-point-order.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { fieldReader } from '../report/respondents.js';
import type { PersonResult } from '../score/result.js';
import { scoreAnswers } from '../score/score.js';
import { textKey } from '../text-key.js';

/** One person's answers about a subject, scored with the questionnaire they answered. */
export interface Rating {
  questionnaire: Questionnaire;
  answers: AnswerSet;
  result: PersonResult;
}

/** A subject of the feedback: their own assessments and everyone else's ratings of them, by role. */
export interface SubjectRatings {
  name: string;
  self: Rating[];
  byRole: Map<Exclude<RaterRole, 'self'>, Rating[]>;
}

export interface Collected {
  /** In code point order of their names (case and spacing aside), so the inputs' order tells nothing. */
  subjects: SubjectRatings[];
  /** Ratings about nobody: an observer's with no subject, a self-assessment with neither subject nor respondent. */
  unattributed: number;
}

/**
 * Who each rating is about, as `report`'s 360 view matches them: the --subject-column value (an
 * answer file's own subject without it), ignoring case and spacing; a self-assessment naming no
 * subject is about its respondent. A subject is named as most of their ratings spell them, trimmed (of
 * equals, the first in code point order), so no single rater's spelling or place decides it.
 */
export function collectSubjects(ratings: Iterable<{ questionnaire: Questionnaire; answers: AnswerSet }>, subjectColumn: string): Collected {
  const column = fieldReader(subjectColumn);
  const found = new Map<string, { spellings: Map<string, number>; self: Rating[]; byRole: SubjectRatings['byRole'] }>();
  let unattributed = 0;
  for (const { questionnaire, answers } of ratings) {
    const named = column(answers) ?? answers.subject ?? (answers.role === 'self' ? answers.respondent : undefined);
    const key = named === undefined ? '' : textKey(named);
    if (key === '') {
      unattributed++;
      continue;
    }
    const subject = found.get(key) ?? found.set(key, { spellings: new Map(), self: [], byRole: new Map() }).get(key)!;
    const spelling = named!.trim();
    subject.spellings.set(spelling, (subject.spellings.get(spelling) ?? 0) + 1);
    const rating = { questionnaire, answers, result: scoreAnswers(questionnaire, answers) };
    if (answers.role === 'self') subject.self.push(rating);
    else (subject.byRole.get(answers.role) ?? subject.byRole.set(answers.role, []).get(answers.role)!).push(rating);
  }
  const subjects = [...found.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([, s]) => ({ name: commonSpelling(s.spellings), self: s.self, byRole: s.byRole }));
  return { subjects, unattributed };
}

function commonSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [text, n] of spellings) if (n > most || (n === most && byCodePoint(text, best) < 0)) [best, most] = [text, n];
  return best;
}
