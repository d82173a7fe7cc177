import { shownPercent } from '../core/score/bands.js';

/**
 * A percent as every report shows it: rounded down, so a number never looks like a higher band
 * than it is in; `missing` where there is no score.
 */
export function percentText(percent: number | null, missing = 'no score'): string {
  return percent === null ? missing : `${shownPercent(percent)}%`;
}
