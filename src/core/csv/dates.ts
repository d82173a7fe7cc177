/**
 * Dates as survey platforms write them in their downloads, read into ISO 8601.
 *
 * - ISO forms (Qualtrics `2024-01-15 10:23:45`, LimeSurvey `2025-03-04 09:16:34`, REDCap
 *   `2025-03-04 09:16`, Excel dates converted from an xlsx) and year-first forms (Google Forms
 *   `2025/03/04 9:16:34 AM GMT`) are read as they stand.
 * - Day and month with the year last (`04/03/2025 09:16`, `11/3/25 9:20:00`) are read when they can
 *   only be one way round: a first part over 12 is a day, a second part over 12 is a day, equal
 *   parts are both; dots (`04.03.2025`) are day first wherever they are written. Both parts 12 or
 *   under is ambiguous (4 March in the UK, April 3 in the US): read only by the order the rest of
 *   the file's dates show (`order`), else kept as written.
 * - A month's name (`4 Mar 2025`, `March 4, 2025 9:16 AM`) is read.
 * - A two-digit year is in this century (`25` is 2025).
 * - A time with a zone (`Z`, `GMT`, `UTC`, `GMT+1`, `+01:00`, or one of the unambiguous
 *   abbreviations below) gets its offset; a time without one is kept without an offset, as the
 *   wall-clock time the platform wrote (the zone of the survey's account, which syslead cannot
 *   know: taking the zone of the computer running syslead would shift every time by a guess).
 *   An abbreviation that means several zones (CST, IST) is not read.
 */

/** Which part comes first in a day/month date with the year last. */
export type DateOrder = 'day-first' | 'month-first';

export type DateReading =
  /** ISO 8601: `2025-03-04`, `2025-03-04T09:16:34` (no zone given), `2025-03-04T09:16:34+01:00`. */
  | { kind: 'read'; iso: string }
  /** Day and month could be either way round, and nothing says which. */
  | { kind: 'ambiguous' }
  /** Not a date as any platform writes one. */
  | { kind: 'unread' };

/** Zone abbreviations that mean one offset wherever they are written, in minutes east of UTC. */
const ZONES = new Map<string, number>([
  ['Z', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['UT', 0],
  ['WET', 0],
  ['BST', 60],
  ['WEST', 60],
  ['CET', 60],
  ['CEST', 120],
  ['EET', 120],
  ['EEST', 180],
  ['EST', -300],
  ['EDT', -240],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['AEST', 600],
  ['AEDT', 660],
  ['NZST', 720],
  ['NZDT', 780],
]);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// A time: 9:16, 09:16:34, 09:16:34.123, with AM/PM; then a zone: Z, GMT, GMT+1, UTC-05:00, +0100, BST.
const TIME = String.raw`(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp]\.?[Mm]\.?)?\s*(Z|[A-Za-z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const DAY_NAMED = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2}),?${TIME}$`);
const MONTH_NAMED = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);

/** Reads a date cell (see the module comment); `order` settles day/month dates that could be either. */
export function readDate(text: string, order?: DateOrder): DateReading {
  return readNormal(normal(text), order).reading;
}

/**
 * A cell trimmed with each run of white space as one space. Most cells need nothing done, and are
 * told so without a new string being made: the export's every row has its dates.
 */
function normal(text: string): string {
  const cell = text.trim();
  return SPACING.test(cell) ? cell.replace(/\s+/g, ' ') : cell;
}
/** White space that is not one space alone. */
const SPACING = /[^\S ]| {2}/;

/**
 * readDate of a normal cell, with what it shows of its file's order of day and month
 * (`04/13/2025` can only be month first, `13/04/2025` only day first; nothing for ISO, ambiguous or
 * equal parts, or not a date): one match, as each row's dates are read once.
 */
function readNormal(cell: string, order?: DateOrder): { reading: DateReading; shown?: DateOrder } {
  let m = YEAR_FIRST.exec(cell);
  if (m) return { reading: assemble(Number(m[1]), Number(m[3]), Number(m[4]), m, 5) };
  m = YEAR_LAST.exec(cell);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const shown = m[2] === '.' ? undefined : first > 12 && second <= 12 ? 'day-first' : second > 12 && first <= 12 ? 'month-first' : undefined;
    const dayFirst = m[2] === '.' || first > 12 || (second <= 12 && first === second) ? true : second > 12 ? false : order === undefined ? undefined : order === 'day-first';
    if (dayFirst === undefined) return { reading: { kind: 'ambiguous' } };
    const reading = dayFirst ? assemble(year(m[4]!), second, first, m, 5) : assemble(year(m[4]!), first, second, m, 5);
    return shown === undefined ? { reading } : { reading, shown };
  }
  m = DAY_NAMED.exec(cell);
  if (m) return { reading: assemble(year(m[3]!), monthNamed(m[2]!), Number(m[1]), m, 4) };
  m = MONTH_NAMED.exec(cell);
  if (m) return { reading: assemble(Number(m[3]), monthNamed(m[1]!), Number(m[2]), m, 4) };
  return { reading: { kind: 'unread' } };
}

/**
 * A date cell as the answers keep it (dateValue with no order) and what it shows of its column's
 * order of day and month, read in one pass: how a survey export's rows read their dates.
 */
export function readDateCell(text: string): { value: string; shown?: DateOrder } {
  const { reading, shown } = readNormal(normal(text));
  const value = reading.kind === 'read' ? reading.iso : text.trim();
  return shown === undefined ? { value } : { value, shown };
}

/** A date cell as the answers keep it: ISO 8601 when read, otherwise the text as written. */
export function dateValue(text: string, order?: DateOrder): string {
  const reading = readDate(text, order);
  return reading.kind === 'read' ? reading.iso : text.trim();
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** A month's number from its English name or an abbreviation of three letters or more ("Mar", "Sept"); 0 when it is none. */
function monthNamed(name: string): number {
  const key = name.toLowerCase();
  return MONTHS.findIndex((month) => key.length >= 3 && month.startsWith(key)) + 1;
}

/** The ISO text of a checked date and time (the time from `match`'s groups from `time` on), or unread when a part is out of range (30 February, 25:00). */
function assemble(y: number, month: number, day: number, match: RegExpExecArray, time: number): DateReading {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(y, month)) return { kind: 'unread' };
  const date = `${pad(y, 4)}-${pad(month)}-${pad(day)}`;
  // TIME's groups: hours, minutes, seconds, fraction, meridiem, zone.
  const h = match[time];
  const min = match[time + 1];
  const s = match[time + 2];
  const fraction = match[time + 3];
  const meridiem = match[time + 4];
  const zone = match[time + 5];
  if (h === undefined) return { kind: 'read', iso: date };
  let hours = Number(h);
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return { kind: 'unread' };
    hours = (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const minutes = Number(min);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return { kind: 'unread' };
  const offset = zone === undefined ? '' : zoneOffset(zone);
  if (offset === undefined) return { kind: 'unread' };
  const fractionText = fraction === undefined ? '' : `.${fraction}`;
  return { kind: 'read', iso: `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fractionText}${offset}` };
}

/** "Z", "GMT+1", "UTC-05:00", "+0100", "BST" as an ISO offset ("Z", "+01:00"); undefined when not one zone. */
function zoneOffset(zone: string): string | undefined {
  const m = /^([A-Za-z]*)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(zone);
  if (!m) return undefined;
  const base = m[1] === '' ? 0 : ZONES.get(m[1]!.toUpperCase());
  if (base === undefined) return undefined;
  // An offset is added only to UTC or GMT ("GMT+1"), never to a zone of its own ("BST+1").
  if (m[2] !== undefined && base !== 0) return undefined;
  const shift = m[2] === undefined ? 0 : (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] ?? 0));
  const minutes = base + shift;
  if (Math.abs(minutes) > 14 * 60 || Number(m[4] ?? 0) > 59) return undefined;
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

function daysIn(y: number, month: number): number {
  return month === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A whole number of 0 or more, padded with zeros to `width`. */
function pad(n: number, width = 2): string {
  return width === 2 && n < 10 ? `0${n}` : String(n).padStart(width, '0');
}

/**
 * A respondent's times with the dates that could be either way round read in the order their file
 * showed (see SurveyRowReader.dateOrder), known only once the whole file is read; times already
 * read stay as they are.
 */
export function withDateOrder<T extends { started?: string; completed?: string }>(facts: T, order: DateOrder | undefined): T {
  if (order === undefined) return facts;
  const settled = { ...facts };
  if (facts.started !== undefined) settled.started = dateValue(facts.started, order);
  if (facts.completed !== undefined) settled.completed = dateValue(facts.completed, order);
  return settled;
}
