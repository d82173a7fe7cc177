import type { Evaluation } from '../core/evaluate/build.js';
import { csvText } from '../core/safe-text.js';

const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/**
 * The evaluation as CSV: a row per theme and facet at full precision, an empty cell for a figure
 * withheld with its reason in the row's last column; with --per-respondent, a row per person and
 * theme or facet after them.
 */
export function renderEvaluationCsv(model: Evaluation): string {
  const head = [
    'row',
    'id',
    'title',
    'kind',
    'pairs',
    'mean_before',
    'mean_after',
    'change',
    'ci_lower',
    'ci_upper',
    't',
    'df',
    'p',
    'dz',
    'dz_ci_lower',
    'dz_ci_upper',
    'baseline_sd',
    'alpha',
    'se_diff',
    'improved',
    'no_reliable_change',
    'declined',
    'person',
    'before',
    'after',
    'rci',
    'class',
    'withheld',
  ];
  const lines = [head.join(',')];
  for (const s of model.sections) {
    const c = s.change;
    const e = s.effect;
    const r = s.reliableChange;
    const why = [s.changeWithheld, s.effectWithheld === s.changeWithheld ? null : s.effectWithheld, s.reliableChangeWithheld === s.changeWithheld ? null : s.reliableChangeWithheld].filter((x) => x !== null).join('; ');
    lines.push(
      [
        'section',
        csvText(s.id),
        csvText(s.title),
        s.kind,
        num(s.pairs),
        num(s.meanBefore),
        num(s.meanAfter),
        num(c?.estimate),
        num(c?.ciLower),
        num(c?.ciUpper),
        num(c?.statistic),
        num(c?.df),
        num(c?.pValue),
        num(e?.dz),
        num(e?.ciLower),
        num(e?.ciUpper),
        num(r?.baselineSd),
        num(r?.alpha),
        num(r?.seDiff),
        num(r?.improved),
        num(r?.noReliableChange),
        num(r?.declined),
        '',
        '',
        '',
        '',
        '',
        csvText(why),
      ].join(','),
    );
  }
  const titles = new Map(model.sections.map((s) => [s.id, s] as const));
  for (const p of model.people ?? []) {
    for (const s of p.sections) {
      const blank = Array.from({ length: 17 }, () => '');
      lines.push(
        [
          'person',
          csvText(s.id),
          csvText(titles.get(s.id)?.title ?? s.id),
          titles.get(s.id)?.kind ?? '',
          '',
          '',
          '',
          num(s.change),
          ...blank.slice(0, 14),
          csvText(p.name),
          num(s.before),
          num(s.after),
          num(s.rci),
          s.class ?? '',
          '',
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
