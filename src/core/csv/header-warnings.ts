import { defaultRole } from '../answers/model.js';
import type { Problem } from '../problem.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import type { Reading } from './column-texts.js';
import type { ColumnRole } from './column-role.js';
import { say } from '../i18n/voice.js';
import { headerKey } from './header-key.js';
import { isContactDetails } from './well-known.js';

/** What headerWarnings looks at: a header matched by mapColumns. */
export interface MatchedHeader {
  header: readonly string[];
  readings: readonly (readonly Reading[])[];
  columns: readonly ColumnRole[];
  questionnaire: Questionnaire;
  file: string;
  line: number;
}

/** Headers named in one warning: enough to find them, short enough to read. */
const NAMED = 5;

/** Words in a header past which it reads as a question or statement rather than a field name ("IP Address"). */
const QUESTION_WORDS = 6;

/**
 * What the header leaves unused or lacks, so that a result with a gap never looks whole: columns
 * that read as questions yet match nothing (kept only as attributes), importance the
 * questionnaire asks that no column holds (no development priorities), and on an observer form a
 * column for the person rated (no 360 view) or for the rater's relationship (everyone counted
 * as "other"). Each says what follows and how to fix it.
 */
export function headerWarnings(matched: MatchedHeader): Problem[] {
  const { questionnaire: q, columns, file, line } = matched;
  const problems: Problem[] = [];
  const warn = (column: number, message: string) => problems.push({ file, line, column, severity: 'warning', message });

  const unused = columns.flatMap((column, index) => (column.kind === 'attribute' && readsAsQuestion(matched.header[index]!, matched.readings[index]!) ? [index] : []));
  if (unused.length > 0) {
    warn(unused[0]! + 1, say('inputs.header.unusedQuestions', { count: unused.length, questionnaire: q.id, columns: named(unused.map((i) => `${i + 1} ${shortHeader(matched.header[i]!)}`)) }));
  }

  if (q.importance) {
    const held = new Set(columns.flatMap((column) => (column.kind === 'importance' ? [column.themeId] : [])));
    const lacking = q.themes.filter((theme) => !held.has(theme.id));
    const example = `"${q.importance.question.replaceAll('{theme}', lacking[0]?.title ?? '')}"`;
    if (held.size === 0) {
      warn(1, say('inputs.header.noImportance', { questionnaire: q.id, example, theme: String(lacking[0]?.id) }));
    } else if (lacking.length > 0) {
      warn(1, say('inputs.header.lackingImportance', { count: lacking.length, themes: lacking.map((t) => t.id).join(', '), example, theme: lacking[0]!.id }));
    }
  }

  if (defaultRole(q) !== 'self') {
    if (!columns.some((column) => column.kind === 'subject')) {
      warn(1, say('inputs.header.noSubject', { questionnaire: q.id }));
    }
    if (!columns.some((column) => column.kind === 'role')) {
      warn(1, say('inputs.header.noRole', { questionnaire: q.id, role: defaultRole(q) }));
    }
  }
  return problems;
}

/** A SurveyMonkey box for "Other" answers, or a comment box: a grid row that is no statement. */
const COMMENT_ROW = /^(?:other\b|.*please specify|comments?$|any other comments?$)/;

/**
 * Whether a header reads as a question or statement: a row under a grid's question (other than a
 * box for "Other" answers or one's contact details), a "?", or many words. "IP Address", "Team"
 * and "Custom Data 1" read as fields.
 */
function readsAsQuestion(header: string, readings: readonly Reading[]): boolean {
  if (readings.some((reading) => reading.question !== undefined && !isContactDetails(reading.question) && !COMMENT_ROW.test(headerKey(reading.text)))) return true;
  return header.includes('?') || headerKey(header).split(' ').length >= QUESTION_WORDS;
}

function shortHeader(header: string): string {
  const safe = safeText(header.trim().replace(/\s+/g, ' '));
  return `"${safe.length > 40 ? `${safe.slice(0, 37)}...` : safe}"`;
}

function named(headers: readonly string[]): string {
  const more = headers.length > NAMED ? say('inputs.andMore', { count: headers.length - NAMED }) : '';
  return `${headers
    .slice(0, NAMED)
    .map((header) => say('inputs.header.columnNamed', { column: header }))
    .join(', ')}${more}`;
}
