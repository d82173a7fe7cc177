import { entryLanguages, type HistoryGroup } from '../core/report/history.js';
import type { MessageKey } from '../core/i18n/en.js';
import { spokenLanguage, type UiLanguage } from '../core/i18n/messages.js';
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
    const written = languagesText(entryLanguages(entry));
    lines.push(`  ${style.bold(entry.completed ? shownDate(entry.completed) : say('results.history.dateUnknown'))}  ${written ? `${written}  ` : ''}${style.dim(safeText(entry.file))}`);
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

/** Each language's name after "in", and after "and" (Welsh mutates them differently). */
const LANGUAGE_NAMES: Record<UiLanguage, { after: MessageKey; afterAnd: MessageKey }> = {
  en: { after: 'results.language.en', afterAnd: 'results.languageAfterAnd.en' },
  cy: { after: 'results.language.cy', afterAnd: 'results.languageAfterAnd.cy' },
};

/** "in Welsh", "in Welsh and English": the languages a result was written in; empty when it does not say. A tag syslead has no name for is shown as it is. */
function languagesText(tags: readonly string[]): string {
  const name = (tag: string, form: 'after' | 'afterAnd') => {
    const known = spokenLanguage(tag);
    return known === undefined ? safeText(tag) : say(LANGUAGE_NAMES[known][form]);
  };
  const [first, ...rest] = tags;
  if (first === undefined) return '';
  if (rest.length === 0) return say('results.history.language', { language: name(first, 'after') });
  return say('results.history.languages', { first: name(first, 'after'), second: rest.map((tag) => name(tag, 'afterAnd')).join(', ') });
}
