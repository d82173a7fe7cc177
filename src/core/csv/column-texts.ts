/**
 * One reading of a column's header: a text that may be an item's, an id, or a well-known
 * question; for a grid or matrix column, the statement (row) with the question it stands under.
 */
export interface Reading {
  text: string;
  /** The grid's question, when `text` is one of its rows. */
  question?: string;
}

/**
 * Every reading of a survey export's header under which its question may be found, the header
 * itself (and its aliases) first:
 * - the text after a question number: `3. Statement`, `Q3) Statement`, `3.1. Statement` and
 *   `3.1 Statement`, `3.a. Statement` (JISC Online Surveys), `3. Question - Row` (SmartSurvey);
 * - the code and the text of a LimeSurvey "question code and text" heading: `SV[SQ001]. Text`;
 * - the text without HTML tags (Qualtrics keeps a question's markup);
 * - for each of those, a grid's row and question: `Question [Row]` (Google Forms, LimeSurvey's
 *   full text, SurveyMonkey as headerRows combines it; the code `SV[sv1]` alike) and
 *   `Question - Row` (Qualtrics, SmartSurvey), split at the last " - " and at the first, where
 *   qualtRics' read_survey splits, since either part may hold a dash.
 */
export function columnReadings(header: string, aliases: readonly string[] = []): Reading[] {
  const wholes: string[] = [];
  const add = (text: string | undefined) => {
    const trimmed = text?.trim();
    if (trimmed && !wholes.includes(trimmed)) wholes.push(trimmed);
  };
  for (const name of [header, ...aliases]) {
    add(name);
    add(withoutTags(name));
  }
  for (const whole of [...wholes]) {
    add(afterNumber(whole));
    const coded = codeAndText(whole);
    add(coded?.code);
    add(coded?.text);
  }
  const readings: Reading[] = wholes.map((text) => ({ text }));
  const seen = new Set(wholes.map((text) => `\n${text}`));
  const addRow = (question: string, text: string) => {
    const row = { question: question.trim(), text: text.trim() };
    const key = `${row.question}\n${row.text}`;
    if (row.question === '' || row.text === '' || seen.has(key)) return;
    seen.add(key);
    readings.push(row);
  };
  for (const whole of wholes) {
    const bracketed = lastBracketed(whole);
    if (bracketed) addRow(bracketed.question, bracketed.row);
    const last = whole.lastIndexOf(' - ');
    if (last > 0) addRow(whole.slice(0, last), whole.slice(last + 3));
    const firstDash = whole.indexOf(' - ');
    if (firstDash > 0 && firstDash !== last) addRow(whole.slice(0, firstDash), whole.slice(firstDash + 3));
  }
  return readings;
}

/**
 * The text after a question number: "3. x", "Q3) x", "Question 3: x", "3.1. x", "3.a. x", and
 * "3.1 x" or "3.a x" (a number with parts needs no stop).
 */
function afterNumber(header: string): string | undefined {
  const numbered = /^\s*\d+(?:\.(?:\d+|[a-z]\b))+\s+(.+)$/is.exec(header) ?? /^\s*(?:q(?:uestion)?\s*)?\d+(?:\.(?:\d+|[a-z]\b))*\s*[.):-](?!\d)\s*(.+)$/is.exec(header);
  return numbered?.[1];
}

/** A LimeSurvey "question code and text" heading, "SV[SQ001]. Text" or "G01Q02. Text", as its code and its text. */
function codeAndText(header: string): { code: string; text: string } | undefined {
  const coded = /^([A-Za-z][A-Za-z0-9_]*(?:\[[A-Za-z0-9_]+\])*)\.\s+(.+)$/s.exec(header);
  return coded ? { code: coded[1]!, text: coded[2]! } : undefined;
}

/** A header without HTML tags, when it has any ("<b>How often</b> ..."). */
function withoutTags(header: string): string | undefined {
  if (!/<\/?[a-z][^<>]*>/i.test(header)) return undefined;
  return header.replace(/<\/?[a-z][^<>]*>/gi, ' ').replace(/\s+/g, ' ');
}

/**
 * The text in the brackets that end a header ("... [I listen first]"), as /\[([^\]]+)\]\s*$/
 * would find it, without that pattern's quadratic search of a long header full of "[", and the
 * question before it.
 */
function lastBracketed(header: string): { question: string; row: string } | undefined {
  const text = header.trimEnd();
  const close = text.length - 1;
  if (text.charCodeAt(close) !== 93) return undefined; // "]"
  const open = text.indexOf('[', text.lastIndexOf(']', close - 1) + 1);
  return open >= 0 && open < close - 1 ? { question: text.slice(0, open), row: text.slice(open + 1, close) } : undefined;
}
