import type { Evaluation } from '../core/evaluate/build.js';
import { safeText } from '../core/safe-text.js';
import { sayIn } from '../core/i18n/voice.js';
import { notes, personColumns, personRows, sectionColumns, sectionTable, titleOf, wordsOf } from './evaluate-rows.js';

/** Columns padded to their widest cell. */
function table(head: readonly string[], rows: string[][]): string[] {
  const all = [head.map((h) => safeText(h)), ...rows.map((r) => r.map((c) => safeText(c)))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The evaluation for the terminal: the notes, a table per theme and facet, the people with --per-respondent. */
export function renderEvaluationText(model: Evaluation): string {
  const language = wordsOf(model);
  const out = [safeText(titleOf(model)), ''];
  out.push(sayIn(language, 'evaluate.sources', { before: model.before.sources.map((s) => safeText(s)).join(', '), after: model.after.sources.map((s) => safeText(s)).join(', ') }), '');
  if (model.withheld !== null) out.push(sayIn(language, 'evaluate.withheld', { why: safeText(model.withheld) }), '');
  const { rows, reasons } = sectionTable(model);
  out.push(...table(sectionColumns(language), rows), ...reasons.map((r) => safeText(r)), '');
  for (const note of notes(model)) out.push(safeText(note));
  if (model.people !== null) out.push('', sayIn(language, 'evaluate.perPerson'), ...table(personColumns(language), personRows(model)));
  return `${out.join('\n')}\n`;
}
