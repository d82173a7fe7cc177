export { percentText } from '../percent.js';

/** A score or statistic to two decimals, the way tables show them. */
export function decimalText(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}
