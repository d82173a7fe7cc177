import { shownPercent } from '../../core/score/bands.js';

/** A percent as people see it in every report (rounded down, so never in a higher band than it is). */
export function percentText(percent: number | null): string {
  return percent === null ? 'no score' : `${shownPercent(percent)}%`;
}

/** A score or statistic to two decimals, the way tables show them. */
export function decimalText(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}
