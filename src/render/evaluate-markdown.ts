import type { Evaluation } from '../core/evaluate/build.js';
import { mdText } from '../core/safe-text.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Said } from './bilingual.js';
import { cellText, linesEach, notesEach, personColumnsEach, personRowsEach, sectionColumnsEach, sectionTableEach, titleOf } from './evaluate-rows.js';

const row = (cells: readonly string[]) => `| ${cells.map((c, i) => `${i === 0 && c.startsWith('  ') ? '↳ ' : ''}${mdText(c.trim()).replace(/\|/g, '\\|')}`).join(' | ')} |`;
const table = (head: readonly string[], rows: string[][]) => [row(head), `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(row)];

/** The evaluation as Markdown: the same tables and notes as the text (in both languages as the text gives them). */
export function renderEvaluationMarkdown(model: Evaluation): string {
  const lines = (said: readonly Said[]) => said.map((s) => s.text);
  const out = [`# ${mdText(cellText(linesEach(model, (m) => titleOf(m))))}`, ''];
  if (model.withheld !== null) out.push(...linesEach(model, (m, language) => `**${mdText(sayIn(language, 'evaluate.withheldLabel'))}** ${mdText(m.withheld ?? '')}`).map((s) => s.text), '');
  const { rows, reasons } = sectionTableEach(model);
  out.push(
    ...table(
      sectionColumnsEach(model).map(cellText),
      rows.map((r) => r.map(cellText)),
    ),
    '',
    ...reasons.flatMap((r) => lines(r).map((x) => `${mdText(x)}  `)),
    '',
  );
  for (const note of notesEach(model)) out.push(...lines(note).map((x) => `- ${mdText(x)}`));
  if (model.people !== null)
    out.push(
      '',
      `## ${mdText(cellText(linesEach(model, (_m, language) => sayIn(language, 'evaluate.perPersonHeading'))))}`,
      '',
      ...table(
        personColumnsEach(model).map(cellText),
        personRowsEach(model).map((r) => r.map(cellText)),
      ),
    );
  return `${out.join('\n')}\n`;
}
