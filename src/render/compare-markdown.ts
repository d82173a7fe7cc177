import type { ComparisonReport } from '../core/compare.js';
import { bandLabelOf, COMPARE_NOTE, changeCell, changeWords, judgementNote, percentCell } from './compare-text.js';
import { mdText } from '../core/safe-text.js';
import { shownDate } from './dates.js';

/** The comparison as Markdown: when each result was completed, then a table of themes and facets. */
export function renderCompareMarkdown(report: ComparisonReport): string {
  const c = report.comparison;
  const labelOf = bandLabelOf(report);
  const rows = c.themes.flatMap((t) => [
    `| **${mdText(t.title)}** | ${percentCell(t.before)} | ${percentCell(t.after)} | ${changeCell(t)} | ${mdText(changeWords(t, labelOf))} |`,
    ...t.facets.map((f) => `| ↳ ${mdText(f.title)} | ${percentCell(f.before)} | ${percentCell(f.after)} | ${changeCell(f)} | ${mdText(changeWords(f, labelOf))} |`),
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
    `*${mdText(judgementNote(report.comparison))}*`,
    '',
  ].join('\n');
}
