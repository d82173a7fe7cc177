import type { Evaluation, SectionEvaluation, WaveMatching } from '../core/evaluate/build.js';

/** The figures of an evaluation as plain-text cells, shared by its renderers (each neutralises them for its format). */

const fixed = (x: number, digits = 1) => (Object.is(Math.round(x * 10 ** digits), -0) ? 0 : x).toFixed(digits);
const signed = (x: number, digits = 1) => `${x > 0 ? '+' : ''}${fixed(x, digits)}`;

export const SECTION_COLUMNS = ['Theme / facet', 'n', 'Before', 'After', 'Change [95% CI]', 't (df)', 'p', 'd_z [95% CI]', 'Improved', 'No reliable change', 'Declined'] as const;

/** The section table's rows, a withheld figure as "withheld [n]" with its reason the n-th of `reasons` (each reason listed once). */
export function sectionTable(model: Evaluation): { rows: string[][]; reasons: string[] } {
  const reasons: string[] = [];
  const mark = (why: string | null) => {
    const text = why ?? 'no figure';
    const at = reasons.indexOf(text);
    return `withheld [${at < 0 ? reasons.push(text) : at + 1}]`;
  };
  return { rows: model.sections.map((s) => sectionCells(s, mark)), reasons: reasons.map((r, i) => `[${i + 1}] ${r}`) };
}

export function sectionCells(s: SectionEvaluation, mark: (why: string | null) => string = (why) => `withheld: ${why ?? 'no figure'}`): string[] {
  const name = s.kind === 'facet' ? `  ${s.title}` : s.title;
  const c = s.change;
  const e = s.effect;
  const r = s.reliableChange;
  const withheld = mark;
  return [
    name,
    String(s.pairs),
    s.meanBefore === null ? '-' : fixed(s.meanBefore),
    s.meanAfter === null ? '-' : fixed(s.meanAfter),
    c ? `${signed(c.estimate)} [${signed(c.ciLower)}, ${signed(c.ciUpper)}]` : withheld(s.changeWithheld),
    c ? `${fixed(c.statistic, 2)} (${c.df})` : '-',
    c ? pText(c.pValue) : '-',
    e ? `${fixed(e.dz, 2)} [${fixed(e.ciLower, 2)}, ${fixed(e.ciUpper, 2)}]` : withheld(s.effectWithheld),
    r ? String(r.improved) : withheld(s.reliableChangeWithheld),
    r ? String(r.noReliableChange) : '-',
    r ? String(r.declined) : '-',
  ];
}

export function pText(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

export function waveLine(label: string, other: string, column: string, w: WaveMatching): string {
  return `${label}: ${w.respondents} respondent(s): ${w.matched} matched, ${w.unmatched} not in ${other}, ${w.duplicatedInOther} whose value ${other} holds more than once, ${w.withoutKey} without a value in "${column}", ${w.duplicated} sharing a value with another of the same wave (${w.duplicateKeys} value(s); not matched, as which is the person's answer cannot be told)`;
}

/** The notes every format carries: what was matched, on what the figures are, and how. */
export function notes(model: Evaluation): string[] {
  const m = model.matching;
  return [
    `Matched ${m.matched} people by "${m.column}": ${m.rule}.`,
    waveLine('BEFORE', 'AFTER', m.column, m.before),
    waveLine('AFTER', 'BEFORE', m.column, m.after),
    `Figures are on the ${model.basis}; changes are in percentage points.`,
    `Change: ${model.methods.change}.`,
    `Effect size: ${model.methods.effect}.`,
    `Reliable change: ${model.methods.reliableChange}.`,
    `Anonymity floor: ${model.minGroup} matched people (--min-group); nobody is named without --per-respondent.`,
  ];
}

export const PERSON_COLUMNS = ['Person', 'Theme / facet', 'Before', 'After', 'Change', 'RCI', 'Reliable change'] as const;

export function personRows(model: Evaluation): string[][] {
  const titles = new Map(model.sections.map((s) => [s.id, s.title] as const));
  return (model.people ?? []).flatMap((p) =>
    p.sections.map((s) => [
      p.name,
      titles.get(s.id) ?? s.id,
      s.before === null ? '-' : fixed(s.before),
      s.after === null ? '-' : fixed(s.after),
      s.change === null ? '-' : signed(s.change),
      s.rci === null ? '-' : fixed(s.rci, 2),
      s.class ?? '-',
    ]),
  );
}

export const titleOf = (model: Evaluation) => `Programme evaluation: ${model.questionnaire.title}`;
