const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * A moment in the local time zone as en-GB's medium date and short time write it, "5 Sept 2026,
 * 07:03": what toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) gives with
 * Node's ICU, without Intl, whose first use loads ICU's date data (about 4 ms at every start). A
 * year before 1 is written as ICU writes it without its era: year 0 is 1 (BC).
 * tests/core/date-time.test.ts compares the two.
 */
export function shortDateTime(date: Date): string {
  const year = date.getFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${year > 0 ? year : 1 - year}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}
