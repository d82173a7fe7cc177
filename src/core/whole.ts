/**
 * A count as en-GB writes it, thousands apart by commas: "12,345", as n.toLocaleString('en-GB')
 * writes it, but without Intl, whose first use loads ICU's number data (about 3 ms at every start).
 * Anything but a safe integer (a fraction, -0, NaN, a huge number) is left to toLocaleString.
 */
export function whole(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
