import type { ChangeSize, Comparison, ComparisonReport, SectionChange } from '../core/compare.js';
import { changeClassWords } from '../core/evaluate/paired.js';
import { rciMethodWords } from '../core/evaluate/reliability.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { bandLabel } from '../core/report/presentation.js';
import { safeText } from '../core/safe-text.js';
import { dateIn, shownDate } from './dates.js';
import type { RenderOptions } from './options.js';
import { percentText } from './percent.js';
import { wrapText } from './wrap-text.js';
import { joinLanguages } from './bilingual.js';
import { textWidth } from './text-width.js';

/** Said under every comparison, in every format. */
export const compareNote = (language: UiLanguage) => sayIn(language, 'evaluate.compare.note');

/** The note in English. */
export const COMPARE_NOTE = compareNote('en');

/** The language of a comparison's own words: the first of its presentation's. */
export const compareWordsOf = (report: ComparisonReport): UiLanguage => report.presentation.languages[0] ?? 'en';

export const percentCell = (percent: number | null) => percentText(percent);

/** The change as a signed whole number of points: "+12", "-3", "0"; "—" without one. */
export function changeCell(g: SectionChange): string {
  if (g.change === null || g.direction === null) return '—';
  if (g.direction === 'same') return '0';
  const points = Math.max(1, Math.round(Math.abs(g.change)));
  return `${g.direction === 'up' ? '+' : '-'}${points}`;
}

const CHANGE_WORDS: Record<ChangeSize, readonly [MessageKey, MessageKey]> = {
  negligible: ['evaluate.compare.negligibleRise', 'evaluate.compare.negligibleFall'],
  small: ['evaluate.compare.smallRise', 'evaluate.compare.smallFall'],
  moderate: ['evaluate.compare.moderateRise', 'evaluate.compare.moderateFall'],
  large: ['evaluate.compare.largeRise', 'evaluate.compare.largeFall'],
};

/** The change in words: "moderate rise", "no change", "no score before"; with the bands when they differ. */
export function changeWords(g: SectionChange, bandLabel: (id: string) => string, language: UiLanguage = 'en'): string {
  const say = (key: MessageKey) => sayIn(language, key);
  if (g.change === null) return say(g.before === null && g.after === null ? 'evaluate.compare.noScoreEither' : g.before === null ? 'evaluate.compare.noScoreBefore' : 'evaluate.compare.noScoreAfter');
  const words = g.direction === 'same' ? say('evaluate.compare.noChange') : say(CHANGE_WORDS[g.size ?? 'negligible'][g.direction === 'up' ? 0 : 1]);
  const bands = g.bandBefore !== null && g.bandAfter !== null && g.bandBefore !== g.bandAfter ? ` (${safeText(bandLabel(g.bandBefore))} → ${safeText(bandLabel(g.bandAfter))})` : '';
  const j = g.judgement;
  const reliable = j.method === 'rci' && j.rci !== null && j.class !== null ? `; ${changeClassWords(language, j.class)} (RCI ${j.rci.toFixed(2)})` : '';
  return `${words}${bands}${reliable}`;
}

/** Which rule judged the changes, said in every format: the RCI from --reliability, or the rule of thumb, and where either fell back. */
export function judgementNote(c: Comparison, language: UiLanguage = 'en'): string {
  const all = c.themes.flatMap((t) => [t, ...t.facets]);
  const byRci = all.filter((g) => g.judgement.method === 'rci');
  if (c.reliability === null) return sayIn(language, 'evaluate.compare.byThumb');
  const rest = all.filter((g) => g.judgement.method !== 'rci').map((g) => `${g.title}: ${g.judgement.why}`);
  return [
    byRci.length > 0
      ? sayIn(language, 'evaluate.compare.byRci', { rci: String(byRci.length), all: String(all.length), method: rciMethodWords(language), source: c.reliability.source })
      : sayIn(language, 'evaluate.compare.noRci', { source: c.reliability.source }),
    ...rest.map((r) => `${r}.`),
  ].join(' ');
}

/** A band id as its label in the comparison's questionnaire. */
export function bandLabelOf(report: ComparisonReport): (id: string) => string {
  return (id) => bandLabel(report.presentation.bands, id);
}

// A bilingual comparison (--lang cy,en, one with `alongside`): each heading and cell in the first
// language, then in the second ("Cyn / Before"), each line of prose in the first, then the second.

/** The comparison and the one beside it (its second language), in order; one alone for one language. */
export const comparisonsOf = (report: ComparisonReport): ComparisonReport[] => (report.alongside ? [report, report.alongside] : [report]);

/** A text made from each language's comparison, each once, the first first. */
export function eachOf(report: ComparisonReport, make: (r: ComparisonReport, language: UiLanguage) => string): string[] {
  const texts = comparisonsOf(report).map((r) => make(r, compareWordsOf(r)));
  return texts.filter((text, i) => texts.indexOf(text) === i);
}

/** The rows of a comparison's table, themes each followed by its facets, with the same rows of each language's comparison. */
export function rowsOf(report: ComparisonReport): { sections: SectionChange[]; indent: string }[] {
  const each = comparisonsOf(report).map((r) => r.comparison.themes.flatMap((t) => [t, ...t.facets]));
  return report.comparison.themes.flatMap((t) => [{ indent: '' }, ...t.facets.map(() => ({ indent: '  ' }))]).map((row, i) => ({ ...row, sections: each.map((e) => e[i]!) }));
}

/** The comparison as terminal text: one line per theme and facet, then the note. */
export function renderCompareText(report: ComparisonReport, options: RenderOptions): string {
  if (report.alongside !== undefined) return bilingualText(report, options);
  const c = report.comparison;
  const language = compareWordsOf(report);
  const say = (key: MessageKey) => sayIn(language, key);
  const labelOf = bandLabelOf(report);
  const { style } = options;
  const width = Math.max(40, options.width);
  const rows = c.themes.flatMap((t) => [{ section: t, indent: '' }, ...t.facets.map((f) => ({ section: f, indent: '  ' }))]);
  const names = rows.map((r) => `${r.indent}${safeText(r.section.title)}`);
  const nameWidth = Math.max(5, ...names.map((n) => textWidth(n)));
  const cell = (text: string, w: number) => ' '.repeat(Math.max(0, w - textWidth(text))) + text;
  const arrow = (g: SectionChange) => (g.direction === 'up' ? style.green('▲') : g.direction === 'down' ? style.yellow('▼') : g.direction === 'same' ? '=' : ' ');

  const header = `${' '.repeat(nameWidth)}  ${cell(say('evaluate.compare.beforeHead'), 8)}  ${cell(say('evaluate.compare.afterHead'), 8)}  ${cell(say('evaluate.compare.changeHead'), 8)}`;
  const lines = rows.map(({ section, indent }, i) => {
    const name = names[i]! + ' '.repeat(nameWidth - textWidth(names[i]!));
    const shownName = indent ? name : style.bold(name);
    return `${shownName}  ${cell(percentCell(section.before), 8)}  ${cell(percentCell(section.after), 8)}  ${arrow(section)}${cell(changeCell(section), 7)}  ${style.dim(changeWords(section, labelOf, language))}`;
  });
  const when = (label: string, r: Comparison['before']) => `  ${label}  ${shownDate(r.completed)}  ${style.dim(safeText(r.source))}`;
  return [
    style.bold(sayIn(language, 'evaluate.compare.title', { title: safeText(c.questionnaire.title) })),
    when(say('evaluate.compare.beforeLine'), c.before),
    when(say('evaluate.compare.afterLine'), c.after),
    '',
    style.dim(header),
    ...lines,
    '',
    wrapText(style.dim(compareNote(language)), width),
    wrapText(style.dim(safeText(judgementNote(c, language))), width),
    '',
  ].join('\n');
}

/** A bilingual comparison as terminal text: the single-language layout with each text in both languages. */
function bilingualText(report: ComparisonReport, options: RenderOptions): string {
  const c = report.comparison;
  const { style } = options;
  const width = Math.max(40, options.width);
  const both = (make: (r: ComparisonReport, language: UiLanguage) => string) => joinLanguages(eachOf(report, make));
  const rows = rowsOf(report);
  const names = rows.map((r) => `${r.indent}${joinLanguages([...new Set(r.sections.map((g) => safeText(g.title)))])}`);
  const nameWidth = Math.max(5, ...names.map((n) => textWidth(n)));
  const cell = (text: string, w: number) => ' '.repeat(Math.max(0, w - textWidth(text))) + text;
  const arrow = (g: SectionChange) => (g.direction === 'up' ? style.green('▲') : g.direction === 'down' ? style.yellow('▼') : g.direction === 'same' ? '=' : ' ');
  const heads = (['evaluate.compare.beforeHead', 'evaluate.compare.afterHead', 'evaluate.compare.changeHead'] as const).map((key) => both((_r, l) => sayIn(l, key)));
  const widths = heads.map((h) => Math.max(8, textWidth(h)));
  const header = `${' '.repeat(nameWidth)}  ${heads.map((h, i) => cell(h, widths[i]!)).join('  ')}`;
  const lines = rows.map(({ sections, indent }, i) => {
    const section = sections[0]!;
    const name = names[i]! + ' '.repeat(nameWidth - textWidth(names[i]!));
    const shownName = indent ? name : style.bold(name);
    const words = joinLanguages([...new Set(comparisonsOf(report).map((r, n) => changeWords(sections[n]!, bandLabelOf(r), compareWordsOf(r))))]);
    return `${shownName}  ${cell(percentCell(section.before), widths[0]!)}  ${cell(percentCell(section.after), widths[1]!)}  ${arrow(section)}${cell(changeCell(section), widths[2]! - 1)}  ${style.dim(words)}`;
  });
  const when = (l: UiLanguage, label: string, r: Comparison['before']) => `  ${label}  ${dateIn(r.completed, l)}  ${style.dim(safeText(r.source))}`;
  return [
    ...eachOf(report, (r, l) => style.bold(sayIn(l, 'evaluate.compare.title', { title: safeText(r.comparison.questionnaire.title) }))),
    ...eachOf(report, (_r, l) => `${when(l, sayIn(l, 'evaluate.compare.beforeLine'), c.before)}\n${when(l, sayIn(l, 'evaluate.compare.afterLine'), c.after)}`),
    '',
    style.dim(header),
    ...lines,
    '',
    ...eachOf(report, (_r, l) => wrapText(style.dim(compareNote(l)), width)),
    ...eachOf(report, (r, l) => wrapText(style.dim(safeText(judgementNote(r.comparison, l))), width)),
    '',
  ].join('\n');
}
