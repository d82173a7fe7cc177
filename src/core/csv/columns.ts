import type { Item, Questionnaire } from '../questionnaire/model.js';
import type { Problem } from '../problem.js';
import { safeText } from '../safe-text.js';
import { headerKey, headerVariants } from './header-key.js';

export type WellKnown = 'respondent' | 'role' | 'subject' | 'started' | 'completed';

/** What a CSV column holds. */
export type ColumnRole = { kind: 'item'; item: Item } | { kind: 'importance'; themeId: string } | { kind: WellKnown } | { kind: 'finished'; by: FinishedBy } | { kind: 'attribute'; name: string } | { kind: 'ignored' };

/**
 * How a column tells a finished response from an unfinished one: Qualtrics' `Finished` flag (1 or
 * 0, True or False), LimeSurvey's submission date (`Date submitted`, `submitdate`: empty until
 * submitted), REDCap's form status (`<instrument>_complete`, labels export `Complete?`: 2 or
 * Complete; 0 Incomplete, 1 Unverified).
 */
export type FinishedBy = 'flag' | 'submit-date' | 'form-status';

/** The kind of finished column a header names, if any (see FinishedBy). */
export function finishedColumn(title: string): FinishedBy | undefined {
  const key = headerKey(title);
  if (key === 'finished') return 'flag';
  if (key === 'date submitted' || key === 'submitdate') return 'submit-date';
  // REDCap's variable names are letters, digits and underscores only.
  if (key === 'complete' || /^[a-z][a-z0-9_]*_complete$/.test(title.trim())) return 'form-status';
  return undefined;
}

/**
 * Headers that survey tools write and syslead understands, by headerKey. Microsoft Forms writes
 * ID, Start time, Completion time, Email, Name; Google Forms writes Timestamp.
 */
const WELL_KNOWN = new Map<string, WellKnown>([
  ['respondent', 'respondent'],
  ['name', 'respondent'],
  ['full name', 'respondent'],
  ['your name', 'respondent'],
  ['role', 'role'],
  ['rater role', 'role'],
  ['relationship', 'role'],
  ['subject', 'subject'],
  ['subject name', 'subject'],
  ['ratee', 'subject'],
  ['start time', 'started'],
  ['started', 'started'],
  ['completion time', 'completed'],
  ['completed', 'completed'],
  ['timestamp', 'completed'],
]);

/** The respondent fact that a well-known header holds ("Name": respondent, "Timestamp": completed), if any. */
export function wellKnownColumn(title: string): WellKnown | undefined {
  return WELL_KNOWN.get(headerKey(title));
}

/** Headers of columns that name or identify a person, besides the respondent and subject columns. */
const IDENTIFYING = new Set(['email', 'e mail', 'email address', 'e mail address', 'id', 'respondent id', 'response id', 'employee id', 'staff id', 'user', 'username', 'user name', 'first name', 'last name', 'surname']);

/**
 * Whether a column or attribute names or identifies people (Name, Email, ID, the subject...), so
 * that grouping by it would print who is who.
 */
export function identifiesPeople(title: string, subjectColumn: string): boolean {
  const key = headerKey(title);
  const known = WELL_KNOWN.get(key);
  return known === 'respondent' || known === 'subject' || key === headerKey(subjectColumn) || IDENTIFYING.has(key);
}

export interface ColumnMap {
  columns: ColumnRole[];
  /** Header problems: duplicate columns (error), items without a column (warning), no items at all (error). */
  problems: Problem[];
}

/**
 * Matches a survey export's header row to a questionnaire: an item by its id or by its text
 * (compared by headerKey, so case, spacing, punctuation and curly quotes do not matter), an
 * importance answer by `importance:THEME-ID` or by the importance question with the theme's title
 * in it, well-known respondent columns, and any other column as a respondent attribute.
 */
export function mapColumns(header: readonly string[], q: Questionnaire, file: string, line: number): ColumnMap {
  const problems: Problem[] = [];
  const byKey = keyIndex(q);
  const claimed = new Map<string, number>(); // what a column holds -> the first column holding it
  const attributeNames = new Set<string>();

  const columns = header.map((raw, index): ColumnRole => {
    const title = raw.trim();
    if (title === '') return { kind: 'ignored' };
    const role = roleOf(title, q, byKey);
    // REDCap writes a form status per instrument: the reader chooses among them.
    const claim =
      role.kind === 'item' ? `item ${role.item.id}` : role.kind === 'importance' ? `importance ${role.themeId}` : role.kind === 'attribute' ? undefined : role.kind === 'finished' ? `finished ${index}` : role.kind;
    if (claim === undefined) {
      // Two columns with the same header keep both values, the second under its column number.
      const name = attributeNames.has(title) ? `${title} (column ${index + 1})` : title;
      attributeNames.add(name);
      return { kind: 'attribute', name };
    }
    const first = claimed.get(claim);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        column: index + 1,
        severity: 'warning',
        message: `column ${index + 1} ${describeHeader(title)} holds ${claim} again (already in column ${first + 1}); the later column is ignored: only the first one's answers count`,
      });
      return { kind: 'ignored' };
    }
    claimed.set(claim, index);
    return role;
  });

  const itemColumns = columns.filter((c) => c.kind === 'item').length;
  if (itemColumns === 0) {
    const example = q.items[0];
    problems.push({ file, line, column: 1, severity: 'error', message: `no column matches an item of questionnaire "${q.id}": name columns by item id (e.g. "${example?.id}") or by the item's text` });
  } else {
    const missing = q.items.filter((item) => item.kind === 'likert' && !claimed.has(`item ${item.id}`)).map((item) => item.id);
    if (missing.length > 0) {
      problems.push({ file, line, column: 1, severity: 'warning', message: `no column for item(s) ${missing.join(', ')}: their answers count as missing` });
    }
  }
  return { columns, problems };
}

/** A header as shown in a message: safe to print, and shortened when it is a long question. */
export function describeHeader(title: string): string {
  const safe = safeText(title.trim());
  return `"${safe.length > 60 ? `${safe.slice(0, 57)}...` : safe}"`;
}

type KeyTarget = { kind: 'item'; item: Item } | { kind: 'importance'; themeId: string };

/** Item texts and importance questions by headerKey; a text shared by two items matches neither. */
function keyIndex(q: Questionnaire): Map<string, KeyTarget | null> {
  const index = new Map<string, KeyTarget | null>();
  const add = (key: string, target: KeyTarget) => index.set(key, index.has(key) ? null : target);
  for (const item of q.items) add(headerKey(item.text), { kind: 'item', item });
  if (q.importance) {
    for (const theme of q.themes) add(headerKey(q.importance.question.replaceAll('{theme}', theme.title)), { kind: 'importance', themeId: theme.id });
  }
  return index;
}

function roleOf(title: string, q: Questionnaire, byKey: Map<string, KeyTarget | null>): ColumnRole {
  const lower = title.toLowerCase();
  const item = q.items.find((it) => it.id === lower);
  if (item) return { kind: 'item', item };
  const importance = /^importance\s*[:.]\s*(.+)$/i.exec(title);
  if (importance && q.importance) {
    const theme = q.themes.find((t) => t.id === importance[1]!.trim().toLowerCase());
    if (theme) return { kind: 'importance', themeId: theme.id };
  }
  const wellKnown = wellKnownColumn(title);
  if (wellKnown) return { kind: wellKnown };
  const finished = finishedColumn(title);
  if (finished) return { kind: 'finished', by: finished };
  const key = headerKey(title);
  for (const candidate of [key, ...headerVariants(title).map(headerKey)]) {
    const target = byKey.get(candidate);
    if (target) return target;
  }
  return { kind: 'attribute', name: title };
}
