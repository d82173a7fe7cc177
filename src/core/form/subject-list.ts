import { say } from '../i18n/voice.js';
import { firstProblems, type Problem } from '../problem.js';
import { SUBJECT_MAX_LENGTH } from '../run/rater.js';
import { textKey } from '../text-key.js';

/** Choices a survey tool's drop-down holds comfortably; Google Forms and Qualtrics take more, people do not. */
export const MAX_SUBJECTS = 1000;

/**
 * `--subject-list FILE`: one name per line, surrounding spaces and blank lines ignored. Two lines
 * naming one person as feedback matches names (ignoring case and spacing) are an error, as the
 * survey would offer them as two people whose answers syslead then joins.
 */
export function parseSubjectList(text: string, file: string): { subjects: string[]; problems: Problem[] } {
  const subjects: string[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') return;
    const at = { file, line: i + 1, column: raw.length - raw.trimStart().length + 1, severity: 'error' as const };
    const first = seen.get(textKey(name));
    if (first !== undefined) problems.push({ ...at, message: say('evaluate.subjects.twice', { name, line: String(first) }) });
    else if (name.length > SUBJECT_MAX_LENGTH) problems.push({ ...at, message: say('evaluate.subjects.tooLong', { max: String(SUBJECT_MAX_LENGTH) }) });
    else {
      seen.set(textKey(name), i + 1);
      subjects.push(name);
    }
  });
  if (problems.length === 0 && subjects.length === 0) problems.push({ file, line: 1, column: 1, severity: 'error', message: say('evaluate.subjects.nobody') });
  if (subjects.length > MAX_SUBJECTS) problems.push({ file, line: 1, column: 1, severity: 'error', message: say('evaluate.subjects.tooMany', { count: String(subjects.length), max: String(MAX_SUBJECTS) }) });
  // A list of 66,000 repeated names printed 66,000 lines: cut to the first 100, as for any file.
  return { subjects, problems: firstProblems(problems) };
}
