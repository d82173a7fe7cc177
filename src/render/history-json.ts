import type { HistoryGroup } from '../core/report/history.js';
import { safeJson } from '../core/safe-text.js';

/** Every saved result as one JSON array, the questionnaires one after another, each newest first. */
export function renderHistoryJson(groups: readonly HistoryGroup[]): string {
  return safeJson(groups.flatMap((g) => g.entries));
}
