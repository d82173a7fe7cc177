import type { Evaluation } from '../core/evaluate/build.js';
import { mdText } from '../core/safe-text.js';
import { sayIn } from '../core/i18n/voice.js';
import { notes, personColumns, personRows, sectionColumns, sectionTable, titleOf, wordsOf } from './evaluate-rows.js';

const row = (cells: readonly string[]) => `| ${cells.map((c, i) => `${i === 0 && c.startsWith('  ') ? '↳ ' : ''}${mdText(c.trim()).replace(/\|/g, '\\|')}`).join(' | ')} |`;
const table = (head: readonly string[], rows: string[][]) => [row(head), `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(row)];

/** The evaluation as Markdown: the same tables and notes as the text. */
export function renderEvaluationMarkdown(model: Evaluation): string {
  const language = wordsOf(model);
  const out = [`# ${mdText(titleOf(model))}`, ''];
  if (model.withheld !== null) out.push(`**${mdText(sayIn(language, 'evaluate.withheldLabel'))}** ${mdText(model.withheld)}`, '');
  const { rows, reasons } = sectionTable(model);
  out.push(...table(sectionColumns(language), rows), '', ...reasons.map((r) => `${mdText(r)}  `), '');
  for (const note of notes(model)) out.push(`- ${mdText(note)}`);
  if (model.people !== null) out.push('', `## ${mdText(sayIn(language, 'evaluate.perPersonHeading'))}`, '', ...table(personColumns(language), personRows(model)));
  return `${out.join('\n')}\n`;
}
