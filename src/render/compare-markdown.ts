import type { Comparison } from '../core/compare.js';
import { COMPARE_NOTE, changeCell, changeWords, percentCell, type CompareRenderOptions } from './compare-text.js';
import { mdText } from '../core/safe-text.js';
import { shownDate } from './dates.js';

/** The comparison as Markdown: when each result was completed, then a table of themes and facets. */
export function renderCompareMarkdown(c: Comparison, options: CompareRenderOptions): string {
  const rows = c.themes.flatMap((t) => [
    `| **${mdText(t.title)}** | ${percentCell(t.before)} | ${percentCell(t.after)} | ${changeCell(t)} | ${mdText(changeWords(t, options.bandLabel))} |`,
    ...t.facets.map((f) => `| ↳ ${mdText(f.title)} | ${percentCell(f.before)} | ${percentCell(f.after)} | ${changeCell(f)} | ${mdText(changeWords(f, options.bandLabel))} |`),
  ]);
  return [
    `# What changed: ${mdText(c.questionnaire.title)}`,
    '',
    `- Before: ${shownDate(c.before.completed)} (${mdText(c.before.source)})`,
    `- After: ${shownDate(c.after.completed)} (${mdText(c.after.source)})`,
    '',
    '| Theme or facet | Before | After | Change (points) | In words |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `*${COMPARE_NOTE}*`,
    '',
  ].join('\n');
}
