import { shortDateTime } from '../core/date-time.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { say, sayIn, speakingNow } from '../core/i18n/voice.js';

/** A moment as people read it, in the local time zone: "25 Nov 2026, 10:00"; "date unknown" without one (`unknown`: by default
 * in the language syslead speaks now), its month named in `language` (by default that one too). */
export function shownDate(iso: string | null | undefined, unknown = say('person.date.unknown'), language: UiLanguage = speakingNow()): string {
  if (!iso) return unknown;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTime(date, language);
}

/** A moment as shownDate gives it, all of it in `language` (a bilingual report's each). */
export const dateIn = (iso: string | null | undefined, language: UiLanguage): string => shownDate(iso, sayIn(language, 'person.date.unknown'), language);

/**
 * The day a person's answers were completed, as written in an ISO 8601 time ("2025-03-04" of
 * "2025-03-04T09:16:34+01:00": the day where they were answered); a date a survey export gave
 * that syslead could not read (day and month either way round, "04/03/2025 09:16") is shown
 * whole, as written, never cut short.
 */
export function completedDay(completed: string): string {
  return /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(completed) ? completed.slice(0, 10) : completed;
}
