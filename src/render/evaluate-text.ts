import type { Evaluation } from '../core/evaluate/build.js';
import { safeText } from '../core/safe-text.js';
import { notes, PERSON_COLUMNS, personRows, SECTION_COLUMNS, sectionTable, titleOf } from './evaluate-rows.js';

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
  const out = [safeText(titleOf(model)), ''];
  out.push(`Before: ${model.before.sources.map((s) => safeText(s)).join(', ')}   After: ${model.after.sources.map((s) => safeText(s)).join(', ')}`, '');
  if (model.withheld !== null) out.push(`Withheld: ${safeText(model.withheld)}`, '');
  const { rows, reasons } = sectionTable(model);
  out.push(...table(SECTION_COLUMNS, rows), ...reasons.map((r) => safeText(r)), '');
  for (const note of notes(model)) out.push(safeText(note));
  if (model.people !== null) out.push('', 'Per person (--per-respondent)', ...table(PERSON_COLUMNS, personRows(model)));
  return `${out.join('\n')}\n`;
}
