import type { Item, Questionnaire } from '../questionnaire/model.js';
import type { Problem } from '../problem.js';
import { say } from '../i18n/voice.js';
import { safeText } from '../safe-text.js';
import { columnReadings, type Reading } from './column-texts.js';
import { headerKey } from './header-key.js';
import { headerWarnings } from './header-warnings.js';
import { importanceTheme, numberedRowTheme } from './importance-question.js';
import type { ColumnRole } from './column-role.js';
import { finishedColumn } from './finished-column.js';
import { isContactDetails, namePart, wellKnownColumn } from './well-known.js';

export type { ColumnRole } from './column-role.js';
export { wellKnownColumn, type WellKnown } from './well-known.js';
export { finishedColumn, type FinishedBy } from './finished-column.js';

/** Headers of columns that name or identify a person, besides the respondent and subject columns. */
// not said: header wording the reader matches
const IDENTIFYING = new Set('email|e mail|email address|e mail address|id|respondent id|response id|responseid|employee id|staff id|user|username|user name|ip address|ipaddress'.split('|'));

/**
 * Whether a column or attribute names or identifies people (Name, Email, ID, the subject...), so
 * that grouping by it would print who is who.
 */
export function identifiesPeople(title: string, subjectColumn: string): boolean {
  const key = headerKey(title);
  const known = wellKnownColumn(title);
  return known === 'respondent' || known === 'subject' || key === headerKey(subjectColumn) || IDENTIFYING.has(key) || namePart(title) !== undefined;
}

export interface ColumnMap {
  columns: ColumnRole[];
  /**
   * Header problems: duplicate columns (warning), items without a column (warning), no items at
   * all (error), and what the header lacks or leaves unused (warnings: see headerWarnings).
   */
  problems: Problem[];
}

export interface MapOptions {
  /** Per column, other names its header rows give it (a Qualtrics export tag), matched after the header: see headerRows. */
  aliases?: readonly (readonly string[])[] | undefined;
  /**
   * What an export map (see export-map.ts) says a column holds, asked first with the header as
   * written and then with each of its aliases (so a map may name Qualtrics' export tags).
   */
  mapped?: ((title: string) => ColumnRole | undefined) | undefined;
}

/**
 * Matches a survey export's header (one text per column, as headerRows combines several header
 * rows) to a questionnaire: an item by its id or by its text (compared by headerKey, so case,
 * spacing, punctuation and curly quotes do not matter) under every reading of the header (see
 * columnReadings: grid rows, numbered questions, Qualtrics' `Question - Statement`), an
 * importance answer by `importance:THEME-ID`, by the importance question with the theme's title
 * in it, or by a grid asking importance with the theme as its row; well-known respondent columns
 * (name, subject, relationship, dates), and any other column as a respondent attribute.
 */
export function mapColumns(header: readonly string[], q: Questionnaire, file: string, line: number, options: MapOptions = {}): ColumnMap {
  const problems: Problem[] = [];
  const byKey = keyIndex(q);
  const claimed = new Map<string, number>(); // what a column holds -> the first column holding it
  const attributeNames = new Set<string>();
  const readings = header.map((raw, index) => columnReadings(raw, options.aliases?.[index]));
  const attributeName = (title: string, index: number) => {
    // Two columns with the same header keep both values, the second under its column number.
    const name = attributeNames.has(title) ? `${title} (column ${index + 1})` : title;
    attributeNames.add(name);
    return name;
  };

  const roles = header.map((raw, index): ColumnRole => {
    const title = raw.trim();
    if (title === '' && (options.aliases?.[index]?.length ?? 0) === 0) return { kind: 'ignored' };
    return mappedRole(title, options.aliases?.[index], options.mapped) ?? roleOf(readings[index]!, q, byKey);
  });
  // The parts of a name name the respondent only when no column does.
  const hasRespondent = roles.some((role) => role.kind === 'respondent');

  const columns = roles.map((found, index): ColumnRole => {
    const title = header[index]!.trim();
    const role: ColumnRole = found.kind === 'name-part' && hasRespondent ? { kind: 'attribute', name: title } : found;
    if (role.kind === 'attribute') return { kind: 'attribute', name: attributeName(role.name, index) };
    if (role.kind === 'ignored') return role;
    // REDCap writes a form status per instrument: the reader chooses among them.
    const claim = role.kind === 'finished' ? `finished ${index}` : claimOf(role);
    const first = claimed.get(claim);
    // Microsoft Forms' own Name column is empty on an anonymous form: a name question after it is read where it is.
    if (first !== undefined && claim === 'respondent' && headerKey(header[first]!) === 'name') return role;
    if (first !== undefined) {
      problems.push({
        file,
        line,
        column: index + 1,
        severity: 'warning',
        message: say('inputs.columns.again', { column: String(index + 1), header: describeHeader(title), claim, first: String(first + 1) }),
      });
      return { kind: 'ignored' };
    }
    claimed.set(claim, index);
    return role.kind === 'name-part' ? { ...role, name: attributeName(title, index) } : role;
  });

  const itemColumns = columns.filter((c) => c.kind === 'item').length;
  if (itemColumns === 0) {
    problems.push({ file, line, column: 1, severity: 'error', message: noItemsMessage(header, q) });
    return { columns, problems };
  }
  const missing = q.items.filter((item) => item.kind === 'likert' && !claimed.has(`item ${item.id}`)).map((item) => item.id);
  if (missing.length > 0) {
    problems.push({ file, line, column: 1, severity: 'warning', message: say('inputs.columns.missing', { count: missing.length, items: missing.join(', ') }) });
  }
  problems.push(...headerWarnings({ header, readings, columns, questionnaire: q, file, line }));
  return { columns, problems };
}

function mappedRole(title: string, aliases: readonly string[] | undefined, mapped: MapOptions['mapped']): ColumnRole | undefined {
  if (!mapped) return undefined;
  for (const name of [title, ...(aliases ?? [])]) {
    const role = mapped(name);
    if (role) return role;
  }
  return undefined;
}

function claimOf(role: Exclude<ColumnRole, { kind: 'attribute' } | { kind: 'ignored' }>): string {
  if (role.kind === 'item') return `item ${role.item.id}`;
  if (role.kind === 'importance') return `importance ${role.themeId}`;
  if (role.kind === 'name-part') return `${role.part} name`;
  return role.kind;
}

/** Headers shown when no column matches an item: enough to see what the file holds. */
const HEADERS_SHOWN = 8;

function noItemsMessage(header: readonly string[], q: Questionnaire): string {
  const seen = header.map((title) => title.trim()).filter((title) => title !== '');
  const shown = seen.slice(0, HEADERS_SHOWN).map(describeHeader).join(', ');
  const more = seen.length > HEADERS_SHOWN ? say('inputs.andMore', { count: seen.length - HEADERS_SHOWN }) : '';
  const headers = seen.length === 0 ? say('inputs.columns.blankHeader') : say('inputs.columns.headersAre', { headers: shown, more });
  return say('inputs.columns.noItems', { questionnaire: q.id, headers, example: String(q.items[0]?.id) });
}

/** A header as shown in a message: safe to print, and shortened when it is a long question. */
export function describeHeader(title: string): string {
  const safe = safeText(title.trim());
  return `"${safe.length > 60 ? `${safe.slice(0, 57)}...` : safe}"`;
}

type KeyTarget = { kind: 'item'; item: Item } | { kind: 'importance'; themeId: string };

/** Per questionnaire (never changed once loaded), its keyIndex: a header is matched against each candidate, then again by the reader. */
const keyIndexes = new WeakMap<Questionnaire, Map<string, KeyTarget | null>>();

/** Item texts and importance questions by headerKey; a text shared by two items matches neither. */
function keyIndex(q: Questionnaire): Map<string, KeyTarget | null> {
  const known = keyIndexes.get(q);
  if (known !== undefined) return known;
  const index = new Map<string, KeyTarget | null>();
  keyIndexes.set(q, index);
  const add = (key: string, target: KeyTarget) => index.set(key, index.has(key) ? null : target);
  for (const item of q.items) add(headerKey(item.text), { kind: 'item', item });
  if (q.importance) {
    for (const theme of q.themes) add(headerKey(q.importance.question.replaceAll('{theme}', theme.title)), { kind: 'importance', themeId: theme.id });
  }
  return index;
}

/**
 * What one column holds, by the readings of its header: the one place a column's role is
 * decided. In order: an item id (any reading: `sv1`, Qualtrics' tag, LimeSurvey's `SV[sv1]`) or
 * `importance:THEME-ID`; an item's text or the importance question (any reading); a grid asking
 * importance with a theme as its row; a well-known column (the header itself, or a row of a
 * contact-details question); a part of the respondent's name; else an attribute. Items come
 * before the well-known patterns, so a statement is never taken for a name or relationship.
 */
function roleOf(readings: readonly Reading[], q: Questionnaire, byKey: Map<string, KeyTarget | null>): ColumnRole {
  const wholes = readings.filter((reading) => reading.question === undefined);
  for (const { text } of readings) {
    const lower = text.toLowerCase();
    const item = q.items.find((it) => it.id === lower);
    if (item) return { kind: 'item', item };
  }
  for (const { text } of wholes) {
    const importance = /^importance\s*[:.]\s*(.+)$/i.exec(text);
    const theme = importance && q.importance ? q.themes.find((t) => t.id === importance[1]!.trim().toLowerCase()) : undefined;
    if (theme) return { kind: 'importance', themeId: theme.id };
  }
  for (const { text } of readings) {
    const target = byKey.get(headerKey(text));
    if (target) return target;
  }
  for (const reading of readings) {
    const theme = importanceTheme(reading, q);
    if (theme) return { kind: 'importance', themeId: theme.id };
  }
  const numberedRow = readings[0] && numberedRowTheme(readings[0].text, q);
  if (numberedRow) return { kind: 'importance', themeId: numberedRow.id };
  for (const { text } of wholes) {
    const finished = finishedColumn(text);
    if (finished) return { kind: 'finished', by: finished };
  }
  for (const reading of readings) {
    if (reading.question !== undefined && !isContactDetails(reading.question)) continue;
    const known = wellKnownColumn(reading.text);
    if (known) return { kind: known };
  }
  for (const { text } of wholes) {
    const part = namePart(text);
    if (part) return { kind: 'name-part', part, name: text };
  }
  return { kind: 'attribute', name: readings[0]?.text ?? '' };
}
