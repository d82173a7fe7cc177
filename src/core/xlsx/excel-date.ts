/**
 * Excel's dates: a number of days (the fraction is the time of day) in a cell whose number format
 * shows a date, with no time zone: Excel stores none. So a date becomes ISO 8601 text without an
 * offset, read as the wall-clock time it shows.
 */

/** Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** How a number format shows a number: as a date and time, a date, a time, or as a number. */
export type DateShape = 'datetime' | 'date' | 'time' | undefined;

/** The shape of format `id`, with `code` its format code when it is a custom one. */
export function dateShape(id: number, code: string | undefined): DateShape {
  if (code === undefined) {
    if (!DATE_FORMAT_IDS.has(id)) return undefined;
    if (id === 22) return 'datetime';
    return (id >= 18 && id <= 21) || (id >= 45 && id <= 47) ? 'time' : 'date';
  }
  // Quoted text, escaped characters and [colours]/[$-locales] say nothing of dates; [h] [mm] [ss] are elapsed times.
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/AM\/PM|A\/P/gi, 'h');
  const hasDate = /[dy]/i.test(bare) || /m/i.test(bare.replace(/h[^a-z]*m+|m+[^a-z]*s/gi, ''));
  const hasTime = /[hs]/i.test(bare);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  return hasTime ? 'time' : undefined;
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system, as Excel counts after its 29 February 1900 (day 60, a day that never was). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The serial date as ISO 8601 text without offset, to the second (milliseconds when there are some). */
export function excelDateText(serial: number, shape: Exclude<DateShape, undefined>, date1904: boolean): string {
  // Serials before 1 March 1900 count from a day later, past the day that never was.
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  // Rounded to the millisecond: a time stored as a fraction of a day is a little off (09:30:59.9999...).
  const ms = Math.round(serial * DAY_MS);
  const iso = new Date(epoch + ms).toISOString(); // e.g. 2025-11-03T09:20:00.000Z
  const time = iso.endsWith('.000Z') ? iso.slice(11, 19) : iso.slice(11, 23);
  if (shape === 'time' && serial < 1) return time;
  if (shape === 'date' && ms % DAY_MS === 0) return iso.slice(0, 10);
  return `${iso.slice(0, 10)}T${time}`;
}
