import type { Evaluation } from '../core/evaluate/build.js';
import { safeText } from '../core/safe-text.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Said } from './bilingual.js';
import { cellText, linesEach, notesEach, personColumnsEach, personRowsEach, sectionColumnsEach, sectionTableEach, titleOf } from './evaluate-rows.js';

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

/**
 * The evaluation for the terminal: the notes, a table per theme and facet, the people with
 * --per-respondent. A bilingual one (--lang cy,en) gives each heading and cell in both languages
 * ("Cyn / Before") and each line of prose in the first language, then in the second.
 */
export function renderEvaluationText(model: Evaluation): string {
  const lines = (said: readonly Said[]) => said.map((s) => s.text);
  const out = [...lines(linesEach(model, (m) => safeText(titleOf(m)))), ''];
  out.push(
    ...lines(linesEach(model, (m, language) => sayIn(language, 'evaluate.sources', { before: m.before.sources.map((s) => safeText(s)).join(', '), after: m.after.sources.map((s) => safeText(s)).join(', ') }))),
    '',
  );
  if (model.withheld !== null) out.push(...lines(linesEach(model, (m, language) => sayIn(language, 'evaluate.withheld', { why: safeText(m.withheld ?? '') }))), '');
  const { rows, reasons } = sectionTableEach(model);
  out.push(
    ...table(
      sectionColumnsEach(model).map(cellText),
      rows.map((r) => r.map(cellText)),
    ),
    ...reasons.flatMap((r) => lines(r).map((x) => safeText(x))),
    '',
  );
  for (const note of notesEach(model)) out.push(...lines(note).map((x) => safeText(x)));
  if (model.people !== null)
    out.push(
      '',
      ...lines(linesEach(model, (_m, language) => sayIn(language, 'evaluate.perPerson'))),
      ...table(
        personColumnsEach(model).map(cellText),
        personRowsEach(model).map((r) => r.map(cellText)),
      ),
    );
  return `${out.join('\n')}\n`;
}
