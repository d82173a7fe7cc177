import type { ComparisonReport } from '../core/compare.js';
import { sayIn } from '../core/i18n/voice.js';
import { bandLabelOf, compareNote, compareWordsOf, changeCell, changeWords, judgementNote, percentCell } from './compare-text.js';
import { mdText } from '../core/safe-text.js';
import { shownDate } from './dates.js';

/** The comparison as Markdown: when each result was completed, then a table of themes and facets. */
export function renderCompareMarkdown(report: ComparisonReport): string {
  const c = report.comparison;
  const language = compareWordsOf(report);
  const labelOf = bandLabelOf(report);
  const rows = c.themes.flatMap((t) => [
    `| **${mdText(t.title)}** | ${percentCell(t.before)} | ${percentCell(t.after)} | ${changeCell(t)} | ${mdText(changeWords(t, labelOf, language))} |`,
    ...t.facets.map((f) => `| ↳ ${mdText(f.title)} | ${percentCell(f.before)} | ${percentCell(f.after)} | ${changeCell(f)} | ${mdText(changeWords(f, labelOf, language))} |`),
  ]);
  return [
    `# ${sayIn(language, 'evaluate.compare.title', { title: mdText(c.questionnaire.title) })}`,
    '',
    `- ${sayIn(language, 'evaluate.compare.sourceBefore', { date: shownDate(c.before.completed), source: mdText(c.before.source) })}`,
    `- ${sayIn(language, 'evaluate.compare.sourceAfter', { date: shownDate(c.after.completed), source: mdText(c.after.source) })}`,
    '',
    sayIn(language, 'evaluate.compare.tableHead'),
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `*${compareNote(language)}*`,
    '',
    `*${mdText(judgementNote(report.comparison, language))}*`,
    '',
  ].join('\n');
}
