import { shownPercent } from '../core/score/bands.js';
import { say } from '../core/i18n/voice.js';

/**
 * A percent as every report shows it: rounded down, so a number never looks like a higher band
 * than it is in; `missing` where there is no score
 * (by default "no score" in the language syslead speaks now; a report passes its own language's).
 */
export function percentText(percent: number | null, missing = say('person.noScore')): string {
  return percent === null ? missing : `${shownPercent(percent)}%`;
}
