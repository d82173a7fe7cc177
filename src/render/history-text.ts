import type { HistoryGroup } from '../core/report/history.js';
import { bandLabel } from '../core/report/presentation.js';
import { safeText } from '../core/safe-text.js';
import { shownDate } from './dates.js';
import type { RenderOptions } from './options.js';
import { percentText } from './percent.js';
import { say } from '../core/i18n/voice.js';

/** Saved results for a terminal: per questionnaire, each result's date, file and theme scores with their bands. */
export function renderHistoryText(groups: readonly HistoryGroup[], { style }: RenderOptions): string {
  return groups.map((group) => groupText(group, style)).join('\n');
}

function groupText({ id, title, bands, entries }: HistoryGroup, style: RenderOptions['style']): string {
  const label = (band: string | null) => (band === null ? '' : safeText(bandLabel(bands, band)));
  const heading = title === null ? safeText(id) : `${safeText(title)} (${safeText(id)})`;
  const lines = [style.bold(say('results.history.heading', { heading, count: entries.length })), ''];
  for (const entry of entries) {
    lines.push(`  ${style.bold(entry.completed ? shownDate(entry.completed) : say('results.history.dateUnknown'))}  ${style.dim(safeText(entry.file))}`);
    if (!entry.themes) {
      lines.push(`    ${style.yellow(safeText(entry.problem ?? ''))}`, '');
      continue;
    }
    const width = Math.max(...entry.themes.map((t) => safeText(t.title).length));
    for (const t of entry.themes) {
      const percent = percentText(t.percent);
      lines.push(`    ${safeText(t.title).padEnd(width)}  ${percent.padStart(8)}  ${label(t.band)}`.trimEnd());
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
