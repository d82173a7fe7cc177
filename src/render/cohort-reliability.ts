import type { CohortSectionFigures, FormFigures, ItemFigures } from '../core/report/cohort.js';
import type { Interval } from '../core/stats/alpha-extras.js';
import { fixed, whole } from './cohort-format.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';

// The figures of psych::alpha() beyond alpha, for the statistics appendix of every human format:
// plain strings (texts from files unescaped: each renderer makes them safe for its format).

/** Figures named in words, by the catalogue; the others by psych's names. */
const FIGURE_WORDS: Record<string, MessageKey> = {
  alphaSE: 'cohort.figure.alphaSE',
  alphaFeldt: 'cohort.figure.alphaFeldt',
  alphaDuhachek: 'cohort.figure.alphaDuhachek',
  averageR: 'cohort.figure.averageR',
  medianR: 'cohort.figure.medianR',
  meanSE: 'cohort.figure.meanSE',
  meanCI: 'cohort.figure.meanCI',
  corrected: 'cohort.figure.corrected',
  mean: 'cohort.figure.mean',
  sd: 'cohort.figure.sd',
  min: 'cohort.figure.min',
  median: 'cohort.figure.median',
  max: 'cohort.figure.max',
  alpha: 'cohort.figure.alpha',
  alphaStandardized: 'cohort.figure.alphaStandardized',
  alphaIfDropped: 'cohort.figure.alphaIfDropped',
  meanPercent: 'cohort.figure.meanPercent',
  difference: 'cohort.figure.difference',
  gap: 'cohort.figure.gap',
  importancePercent: 'cohort.figure.importancePercent',
  self: 'cohort.figure.self',
  others: 'cohort.figure.others',
};
const FIGURE_CODES: Record<string, string> = { signalNoise: 'signal/noise', g6: 'G6(smc)', rawR: 'raw.r', stdR: 'std.r', rCor: 'r.cor', rDrop: 'r.drop', r: 'r' };

function figureName(language: UiLanguage, name: string): string {
  const key = FIGURE_WORDS[name];
  return key === undefined ? (FIGURE_CODES[name] ?? name) : sayIn(language, key);
}

/** "0.69 to 0.72", or "–". */
export const interval = (i: Interval | null, language: UiLanguage, digits = 2) => (i === null ? '–' : sayIn(language, 'cohort.reliability.interval', { lower: fixed(i.lower, digits), upper: fixed(i.upper, digits) }));

/** The section's reliability and mean figures, a line each. */
export function reliabilityLines(g: CohortSectionFigures, language: UiLanguage): string[] {
  return [
    sayIn(language, 'cohort.reliability.alphaCI', { feldt: interval(g.alphaFeldt, language, 3), duhachek: interval(g.alphaDuhachek, language, 3), ase: fixed(g.alphaSE, 3) }),
    sayIn(language, 'cohort.reliability.interItem', { average: fixed(g.averageR, 3), median: fixed(g.medianR, 3), signalNoise: fixed(g.signalNoise), guttman: fixed(g.g6, 3) }),
    sayIn(language, 'cohort.reliability.meanCI', { mean: fixed(g.mean), se: fixed(g.meanSE, 3), ci: interval(g.meanCI, language) }),
  ];
}

/** "Not computed: G6(smc): the reason" for each null figure with a reason; `what` names whose (an item). */
export function reasonLines(reasons: Record<string, string>, language: UiLanguage, what = ''): string[] {
  return Object.entries(reasons).map(([name, reason]) => sayIn(language, 'cohort.reliability.notComputed', { what, figure: figureName(language, name), reason: sayAgain(language, reason) }));
}

export const itemCorrelationHeader = (language: UiLanguage) => [sayIn(language, 'cohort.reliability.statement'), 'raw.r', 'std.r', 'r.cor', 'r.drop'];

/** Per item: psych's four item-total correlations. */
export function itemCorrelationRows(items: readonly ItemFigures[], language: UiLanguage): string[][] {
  return items.map((i) => [`${i.text}${i.reverseKeyed ? sayIn(language, 'cohort.format.reverseKeyed') : ''}`, fixed(i.rawR), fixed(i.stdR), fixed(i.rCor), fixed(i.rDrop)]);
}

/** Every null item figure's reason, naming the statement. */
export function itemReasonLines(items: readonly ItemFigures[], language: UiLanguage): string[] {
  return items.flatMap((i) => reasonLines(i.reasons, language, `“${i.text}”: `));
}

export const correlationHeader = (language: UiLanguage) => [sayIn(language, 'cohort.reliability.section'), sayIn(language, 'cohort.reliability.with'), 'n', 'r', sayIn(language, 'cohort.reliability.correctedR')];

/** Every pair of themes and facets: titles, n, r and r corrected for attenuation. */
export function correlationRows(f: FormFigures): string[][] {
  const title = sectionTitles(f);
  return f.correlations.map((c) => [title.get(c.a) ?? c.a, title.get(c.b) ?? c.b, whole(c.n), fixed(c.r), fixed(c.corrected)]);
}

/** What psych's item figures (raw.r, std.r, r.cor, r.drop, alpha if dropped) are, said once by the appendix. */
export const itemFiguresNote = (language: UiLanguage) => sayIn(language, 'cohort.reliability.itemFigures');

export const correlationNote = (language: UiLanguage) => sayIn(language, 'cohort.reliability.note');

/** Every null correlation's reason, naming the pair. */
export function correlationReasonLines(f: FormFigures, language: UiLanguage): string[] {
  const title = sectionTitles(f);
  return f.correlations.flatMap((c) => reasonLines(c.reasons, language, sayIn(language, 'cohort.reliability.pair', { a: title.get(c.a) ?? c.a, b: title.get(c.b) ?? c.b })));
}

/** A warning per item that correlates negatively with the rest of its theme or facet. */
export function negativeItemLines(f: FormFigures, language: UiLanguage): string[] {
  return f.negativeItems.map((i) => sayIn(language, 'cohort.reliability.negativeItem', { text: i.text, section: i.sectionTitle, rDrop: fixed(i.rDrop) }));
}

/** Theme and facet id -> title. */
function sectionTitles(f: FormFigures): Map<string, string> {
  return new Map(f.themes.flatMap((t) => [t, ...t.facets]).map((s) => [s.id, s.title] as const));
}
