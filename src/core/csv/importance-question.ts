import type { Questionnaire, Theme } from '../questionnaire/model.js';
import type { Reading } from './column-texts.js';
import { headerKey } from './header-key.js';

/** Words that carry no meaning of a question on their own: how it is put, not what it asks. */
const FUNCTION_WORDS = new Set(
  // not said: header wording the reader matches (English's words that carry no meaning)
  'a an the is are be of to for in on at by with and or your you my our this these those each every following how what which do does please rate say tell us it its their them there following listed below here'.split(
    ' ',
  ),
);

/** A word's stem for comparing questions: its first six letters ("important", "importance": "import"). */
const stem = (word: string) => word.slice(0, 6);

/**
 * Whether a grid's question asks what the questionnaire's importance question asks, worded for
 * every theme at once: the words of meaning in the question with {theme} taken out are in it, by
 * stem, all of them, or all but one of three or more. "How important is {theme} to your current
 * role?" is asked by "How important is each of these to your current role?", "... to your role?"
 * and "Please rate the importance of the following to your current role", not by "How important
 * is your team?".
 */
export function asksImportance(question: string, template: string): boolean {
  const wanted = [...meaningfulStems(template.replaceAll('{theme}', ' '))];
  if (wanted.length === 0) return false;
  const asked = meaningfulStems(question);
  const missing = wanted.filter((word) => !asked.has(word)).length;
  return missing === 0 || (missing === 1 && wanted.length >= 3);
}

function meaningfulStems(text: string): Set<string> {
  return new Set(
    headerKey(text)
      .split(' ')
      .filter((word) => word !== '' && !FUNCTION_WORDS.has(word))
      .map(stem),
  );
}

/**
 * The theme whose importance a column holds, by one reading of its header: the importance
 * question with the theme's title in it (exactly, or asked in other words around the title), or a
 * grid row naming the theme (its title or id) under a question asking importance. Undefined for
 * any other reading, or a questionnaire that asks no importance.
 */
export function importanceTheme(reading: Reading, q: Questionnaire): Theme | undefined {
  const importance = q.importance;
  if (!importance) return undefined;
  if (reading.question !== undefined) {
    if (!asksImportance(reading.question, importance.question)) return undefined;
    const row = headerKey(reading.text);
    return q.themes.find((theme) => headerKey(theme.title) === row || headerKey(theme.id) === row);
  }
  const key = ` ${headerKey(reading.text)} `;
  return q.themes.find((theme) => {
    const title = ` ${headerKey(theme.title)} `;
    const at = key.indexOf(title);
    return at >= 0 && asksImportance(`${key.slice(0, at)} ${key.slice(at + title.length)}`, importance.question);
  });
}

/**
 * The theme whose importance a numbered part of a question holds when the question's own text is
 * not in the header: JISC Online Surveys heads a grid's rows `4.1. Shared values`, `4.2. ...`
 * and gives the grid's question no column. Only a part number (4.1, not 4) and a row that is a
 * theme's title exactly count, so that no statement is taken for importance.
 */
export function numberedRowTheme(header: string, q: Questionnaire): Theme | undefined {
  if (!q.importance) return undefined;
  const row = /^\s*\d+\.\d+\.?\s+(.+)$/s.exec(header)?.[1];
  if (row === undefined) return undefined;
  const key = headerKey(row);
  return q.themes.find((theme) => headerKey(theme.title) === key);
}
