import type { ComparisonReport } from '../core/compare.js';
import { sayIn } from '../core/i18n/voice.js';
import { bandLabelOf, compareNote, compareWordsOf, changeCell, changeWords, comparisonsOf, eachOf, judgementNote, percentCell, rowsOf } from './compare-text.js';
import { joinLanguages } from './bilingual.js';
import { mdText } from '../core/safe-text.js';
import { dateIn, shownDate } from './dates.js';

/** The comparison as Markdown: when each result was completed, then a table of themes and facets. */
export function renderCompareMarkdown(report: ComparisonReport): string {
  if (report.alongside !== undefined) return bilingualMarkdown(report);
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

/** A bilingual comparison as Markdown: each heading and cell in the first language, then the second; each line of prose in each. */
function bilingualMarkdown(report: ComparisonReport): string {
  const c = report.comparison;
  const both = (texts: readonly string[]) => joinLanguages([...new Set(texts)]);
  // The table's head is one Markdown row in each language: its cells are joined, column by column.
  const heads = eachOf(report, (_r, l) => sayIn(l, 'evaluate.compare.tableHead')).map((row) =>
    row
      .split('|')
      .slice(1, -1)
      .map((h) => h.trim()),
  );
  const head = `| ${heads[0]!.map((_, i) => both(heads.map((h) => h[i]!))).join(' | ')} |`;
  const rows = rowsOf(report).map(({ sections, indent }) => {
    const g = sections[0]!;
    const title = both(sections.map((s) => mdText(s.title)));
    const words = both(comparisonsOf(report).map((r, n) => mdText(changeWords(sections[n]!, bandLabelOf(r), compareWordsOf(r)))));
    return `| ${indent ? `↳ ${title}` : `**${title}**`} | ${percentCell(g.before)} | ${percentCell(g.after)} | ${changeCell(g)} | ${words} |`;
  });
  return [
    `# ${both(eachOf(report, (r, l) => sayIn(l, 'evaluate.compare.title', { title: mdText(r.comparison.questionnaire.title) })))}`,
    '',
    ...eachOf(report, (_r, l) => `- ${sayIn(l, 'evaluate.compare.sourceBefore', { date: dateIn(c.before.completed, l), source: mdText(c.before.source) })}`),
    ...eachOf(report, (_r, l) => `- ${sayIn(l, 'evaluate.compare.sourceAfter', { date: dateIn(c.after.completed, l), source: mdText(c.after.source) })}`),
    '',
    head,
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    ...eachOf(report, (_r, l) => `*${compareNote(l)}*\n`),
    ...eachOf(report, (r, l) => `*${mdText(judgementNote(r.comparison, l))}*\n`),
  ].join('\n');
}
