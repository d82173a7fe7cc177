/**
 * The most records a survey export's header takes: Qualtrics writes three header rows (export tags,
 * question texts, ImportIds), SurveyMonkey two, every other platform one.
 */
export const MAX_HEADER_ROWS = 3;

export type HeaderLayout = 'one row' | 'SurveyMonkey' | 'Qualtrics' | 'Qualtrics legacy';

/** A survey export's header rows read as one header: what each column holds, in words. */
export interface HeaderRows {
  /** How many of the first records are header rows: the data rows start after them. */
  count: number;
  layout: HeaderLayout;
  /** Per column, its header as one text: what a person reads over the column, and messages show. */
  titles: string[];
  /** Per column, the other names the header rows give it (a Qualtrics export tag or ImportId), to be matched too. */
  aliases: string[][];
}

/**
 * SurveyMonkey's own words in its second header row under a question with one column: the
 * question alone says what the column holds.
 */
// not said: header wording the reader matches
const SINGLE_ANSWER = new Set(['response', 'open-ended response']);
/** SurveyMonkey's second-row text of an "Other" box, which is no statement of a matrix. */
// not said: header wording the reader matches
const OTHER_BOX = 'other (please specify)';

/**
 * How many of a survey export's first records (up to MAX_HEADER_ROWS) are its header, and what
 * each column's header says once they are read together:
 * - Qualtrics: a row of `{"ImportId":"QID3_1"}` cells (the tell) under the export tags (Q3_1) and
 *   the texts (`Question - Statement`); a question's column is named by its text, a metadata
 *   column (StartDate, Finished) by its tag, which does not change with the survey's language;
 *   the other of the two and the ImportId are aliases. Legacy exports: tags V1, V2, V3... over the texts.
 * - SurveyMonkey: row 1 the question, over the first column of a matrix only, so it is carried
 *   right over the blank cells after it; row 2 the statement, `Response`/`Open-Ended Response`
 *   under a question with one column, blank under the metadata columns. A column's header is
 *   `Question [Statement]`, as Google Forms writes a grid's, or the question alone.
 * - Anything else: the first record is the header, as it is.
 */
export function headerRows(records: readonly (readonly string[])[]): HeaderRows {
  const first = records[0] ?? [];
  const importIdRow = records.slice(1, MAX_HEADER_ROWS).findIndex(isImportIdRow);
  if (importIdRow >= 0) return qualtrics(records.slice(0, importIdRow + 2));
  const second = records[1];
  // not said: a HeaderLayout's code, not shown
  if (second && isQualtricsLegacy(first)) return { count: 2, layout: 'Qualtrics legacy', titles: second.map((text, i) => text.trim() || first[i]!.trim()), aliases: first.map((tag) => [tag.trim()]) };
  if (second && isSurveyMonkeySecondRow(first, second)) return surveyMonkey(first, second);
  // not said: a HeaderLayout's code, not shown
  return { count: 1, layout: 'one row', titles: [...first], aliases: first.map(() => []) };
}

function isImportIdRow(cells: readonly string[]): boolean {
  return cells.some((cell) => /^\{\s*"ImportId"\s*:/.test(cell.trim()));
}

/** Qualtrics' legacy export names its first columns V1, V2, V3... over a row of texts. */
function isQualtricsLegacy(first: readonly string[]): boolean {
  return first.length >= 3 && first.slice(0, 3).every((cell, i) => cell.trim() === `V${i + 1}`);
}

/**
 * Whether SurveyMonkey's second header row follows its first. Its cells are blank under the
 * metadata columns (Respondent ID...), its own words under a question of one column (`Response`,
 * `Open-Ended Response`, `Other (please specify)`), and statements or choices under a matrix's
 * columns: the one under its question and those under the blank cells after it. So a row with
 * anything else, or a blank under such a blank cell, is a respondent's.
 */
function isSurveyMonkeySecondRow(first: readonly string[], second: readonly string[]): boolean {
  if (second.length !== first.length) return false;
  const blank = first.map((cell) => cell.trim() === '');
  const carried = blank.map((isBlank, i) => isBlank && blank.slice(0, i).includes(false));
  const inMatrix = carried.map((isCarried, i) => isCarried || carried[i + 1] === true);
  const own = second.map((cell) => SINGLE_ANSWER.has(cell.trim().toLowerCase()) || cell.trim().toLowerCase() === OTHER_BOX);
  if (!own.includes(true) && !carried.includes(true)) return false;
  return second.every((cell, i) => (cell.trim() === '' ? !carried[i] : own[i] || inMatrix[i]));
}

function surveyMonkey(first: readonly string[], second: readonly string[]): HeaderRows {
  let question = '';
  const titles = first.map((cell, i) => {
    const statement = second[i]!.trim();
    if (cell.trim() !== '') question = cell.trim();
    else if (statement === '') return '';
    if (statement === '' || SINGLE_ANSWER.has(statement.toLowerCase())) return question;
    return `${question} [${statement}]`;
  });
  return { count: 2, layout: 'SurveyMonkey', titles, aliases: first.map(() => []) };
}

function qualtrics(rows: readonly (readonly string[])[]): HeaderRows {
  const [tags, texts, importIds] = rows.length === 3 ? rows : [rows[0]!, undefined, rows[1]!];
  const titles: string[] = [];
  const aliases: string[][] = [];
  tags!.forEach((rawTag, i) => {
    const tag = rawTag.trim();
    const text = texts?.[i]?.trim() ?? '';
    const importId = importIdOf(importIds![i] ?? '');
    const isQuestion = /^QID\d/.test(importId);
    const title = (isQuestion ? text || tag : tag || text) || '';
    titles.push(title);
    aliases.push([tag, text, importId].filter((name, at, all) => name !== '' && name !== title && all.indexOf(name) === at));
  });
  // not said: a HeaderLayout's code, not shown
  return { count: rows.length, layout: 'Qualtrics', titles, aliases };
}

/** The ImportId of a Qualtrics third-row cell (`{"ImportId":"QID3_1"}`), or the cell as it is. */
function importIdOf(cell: string): string {
  try {
    const parsed: unknown = JSON.parse(cell);
    if (parsed !== null && typeof parsed === 'object' && 'ImportId' in parsed && typeof parsed.ImportId === 'string') return parsed.ImportId;
  } catch {
    // Not JSON: a cell Qualtrics left blank, or one edited by hand.
  }
  return cell.trim();
}
