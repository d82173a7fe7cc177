/** A moment as people read it, in the local time zone: "25 Nov 2026, 10:00"; "date unknown" without one. */
export function shownDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
