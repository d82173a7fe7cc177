import type { CohortSectionFigures, FormFigures, ItemFigures } from '../core/report/cohort.js';
import type { Interval } from '../core/stats/alpha-extras.js';
import { fixed, whole } from './cohort-format.js';

// The figures of psych::alpha() beyond alpha, for the statistics appendix of every human format:
// plain strings (texts from files unescaped: each renderer makes them safe for its format).

const FIGURE_NAMES: Record<string, string> = {
  alphaSE: "alpha's standard error",
  alphaFeldt: "Feldt's interval of alpha",
  alphaDuhachek: "Duhachek's interval of alpha",
  averageR: 'average inter-item r',
  medianR: 'median inter-item r',
  signalNoise: 'signal/noise',
  g6: 'G6(smc)',
  meanSE: "the mean's standard error",
  meanCI: "the mean's interval",
  rawR: 'raw.r',
  stdR: 'std.r',
  rCor: 'r.cor',
  r: 'r',
  corrected: 'corrected r',
};

/** "0.69 to 0.72", or "–". */
export const interval = (i: Interval | null, digits = 2) => (i === null ? '–' : `${fixed(i.lower, digits)} to ${fixed(i.upper, digits)}`);

/** The section's reliability and mean figures, a line each. */
export function reliabilityLines(g: CohortSectionFigures): string[] {
  return [
    `Alpha 95% CI: Feldt ${interval(g.alphaFeldt, 3)} · Duhachek ${interval(g.alphaDuhachek, 3)} (ase ${fixed(g.alphaSE, 3)})`,
    `Inter-item r: average ${fixed(g.averageR, 3)}, median ${fixed(g.medianR, 3)} · S/N ${fixed(g.signalNoise)} · G6(smc) ${fixed(g.g6, 3)}`,
    `Mean score ${fixed(g.mean)} · SE ${fixed(g.meanSE, 3)} · 95% CI ${interval(g.meanCI)} (t distribution, as t.test)`,
  ];
}

/** "Not computed: G6(smc): the reason" for each null figure with a reason; `what` names whose (an item). */
export function reasonLines(reasons: Record<string, string>, what = ''): string[] {
  return Object.entries(reasons).map(([name, reason]) => `Not computed: ${what}${FIGURE_NAMES[name] ?? name}: ${reason}`);
}

export const ITEM_CORRELATION_HEADER = ['Statement', 'raw.r', 'std.r', 'r.cor', 'r.drop'];

/** Per item: psych's four item-total correlations. */
export function itemCorrelationRows(items: readonly ItemFigures[]): string[][] {
  return items.map((i) => [`${i.text}${i.reverseKeyed ? ' (reverse-keyed)' : ''}`, fixed(i.rawR), fixed(i.stdR), fixed(i.rCor), fixed(i.rDrop)]);
}

/** Every null item figure's reason, naming the statement. */
export function itemReasonLines(items: readonly ItemFigures[]): string[] {
  return items.flatMap((i) => reasonLines(i.reasons, `“${i.text}”: `));
}

export const CORRELATION_HEADER = ['Theme or facet', 'With', 'n', 'r', 'Corrected r'];

/** Every pair of themes and facets: titles, n, r and r corrected for attenuation. */
export function correlationRows(f: FormFigures): string[][] {
  const title = sectionTitles(f);
  return f.correlations.map((c) => [title.get(c.a) ?? c.a, title.get(c.b) ?? c.b, whole(c.n), fixed(c.r), fixed(c.corrected)]);
}

export const CORRELATION_NOTE =
  'Correlations of the person scores over the respondents scored on both (pairwise); corrected for attenuation: r / sqrt(alpha × alpha), each with its raw alpha (as psych::correct.cor; above 1 when the two scales share more than their reliabilities allow).';

/** Every null correlation's reason, naming the pair. */
export function correlationReasonLines(f: FormFigures): string[] {
  const title = sectionTitles(f);
  return f.correlations.flatMap((c) => reasonLines(c.reasons, `${title.get(c.a) ?? c.a} with ${title.get(c.b) ?? c.b}: `));
}

/** A warning per item that correlates negatively with the rest of its theme or facet. */
export function negativeItemLines(f: FormFigures): string[] {
  return f.negativeItems.map((i) => `“${i.text}” correlates negatively with the rest of ${i.sectionTitle} (r.drop ${fixed(i.rDrop)}): probably keyed the wrong way.`);
}

/** Theme and facet id -> title. */
function sectionTitles(f: FormFigures): Map<string, string> {
  return new Map(f.themes.flatMap((t) => [t, ...t.facets]).map((s) => [s.id, s.title] as const));
}
