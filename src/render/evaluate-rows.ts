import type { Evaluation, SectionEvaluation, WaveMatching } from '../core/evaluate/build.js';
import { changeClassWords } from '../core/evaluate/paired.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { joinLanguages, type Said } from './bilingual.js';

/** The figures of an evaluation as plain-text cells, shared by its renderers (each neutralises them for its format). */

const fixed = (x: number, digits = 1) => (Object.is(Math.round(x * 10 ** digits), -0) ? 0 : x).toFixed(digits);
const signed = (x: number, digits = 1) => `${x > 0 ? '+' : ''}${fixed(x, digits)}`;

/** The language of the evaluation's own words: the first of its presentation's. */
export const wordsOf = (model: Evaluation): UiLanguage => model.presentation.languages[0] ?? 'en';

export function sectionColumns(language: UiLanguage): string[] {
  const say = (key: Parameters<typeof sayIn>[1]) => sayIn(language, key);
  return [
    say('evaluate.column.section'),
    'n',
    say('evaluate.column.before'),
    say('evaluate.column.after'),
    say('evaluate.column.changeCi'),
    't (df)',
    'p',
    'd_z [95% CI]',
    say('evaluate.column.improved'),
    say('evaluate.column.noReliableChange'),
    say('evaluate.column.declined'),
  ];
}

/** The section table's rows, a withheld figure as "withheld [n]" with its reason the n-th of `reasons` (each reason listed once). */
export function sectionTable(model: Evaluation): { rows: string[][]; reasons: string[] } {
  const language = wordsOf(model);
  const reasons: string[] = [];
  const mark = (why: string | null) => {
    const text = why ?? sayIn(language, 'evaluate.noFigure');
    const at = reasons.indexOf(text);
    return sayIn(language, 'evaluate.withheldMark', { n: String(at < 0 ? reasons.push(text) : at + 1) });
  };
  return { rows: model.sections.map((s) => sectionCells(s, mark, language)), reasons: reasons.map((r, i) => `[${i + 1}] ${r}`) };
}

export function sectionCells(s: SectionEvaluation, mark?: (why: string | null) => string, language: UiLanguage = 'en'): string[] {
  const name = s.kind === 'facet' ? `  ${s.title}` : s.title;
  const c = s.change;
  const e = s.effect;
  const r = s.reliableChange;
  const withheld = mark ?? ((why: string | null) => sayIn(language, 'evaluate.withheldWhy', { why: why ?? sayIn(language, 'evaluate.noFigure') }));
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

export function waveLine(language: UiLanguage, label: string, other: string, column: string, w: WaveMatching): string {
  return sayIn(language, 'evaluate.waveLine', {
    label,
    other,
    column,
    respondents: sayIn(language, 'evaluate.count.respondents', { count: w.respondents }),
    matched: String(w.matched),
    unmatched: String(w.unmatched),
    duplicatedInOther: String(w.duplicatedInOther),
    withoutKey: String(w.withoutKey),
    duplicated: String(w.duplicated),
    duplicateKeys: sayIn(language, 'evaluate.count.values', { count: w.duplicateKeys }),
  });
}

/** The notes every format carries: what was matched, on what the figures are, and how. */
export function notes(model: Evaluation): string[] {
  const language = wordsOf(model);
  const m = model.matching;
  const before = sayIn(language, 'evaluate.wave.before');
  const after = sayIn(language, 'evaluate.wave.after');
  return [
    sayIn(language, 'evaluate.note.matched', { matched: String(m.matched), column: m.column, rule: m.rule }),
    waveLine(language, before, after, m.column, m.before),
    waveLine(language, after, before, m.column, m.after),
    sayIn(language, 'evaluate.note.basis', { basis: model.basis }),
    sayIn(language, 'evaluate.note.change', { method: model.methods.change }),
    sayIn(language, 'evaluate.note.effect', { method: model.methods.effect }),
    sayIn(language, 'evaluate.note.reliable', { method: model.methods.reliableChange }),
    sayIn(language, 'evaluate.note.floor', { floor: String(model.minGroup) }),
  ];
}

export function personColumns(language: UiLanguage): string[] {
  const say = (key: Parameters<typeof sayIn>[1]) => sayIn(language, key);
  return [say('evaluate.column.person'), say('evaluate.column.section'), say('evaluate.column.before'), say('evaluate.column.after'), say('evaluate.column.change'), 'RCI', say('evaluate.column.reliableChange')];
}

export function personRows(model: Evaluation): string[][] {
  const language = wordsOf(model);
  const titles = new Map(model.sections.map((s) => [s.id, s.title] as const));
  return (model.people ?? []).flatMap((p) =>
    p.sections.map((s) => [
      p.name,
      titles.get(s.id) ?? s.id,
      s.before === null ? '-' : fixed(s.before),
      s.after === null ? '-' : fixed(s.after),
      s.change === null ? '-' : signed(s.change),
      s.rci === null ? '-' : fixed(s.rci, 2),
      s.class === null ? '-' : changeClassWords(language, s.class),
    ]),
  );
}

export const titleOf = (model: Evaluation) => sayIn(wordsOf(model), 'evaluate.title', { title: model.questionnaire.title });

// A bilingual evaluation (--lang cy,en, one with `alongside`): each text in the first language, then
// in the second, as bilingual.ts gives them. The figures are the same in both, so a cell holding
// only figures is said once.

/** The evaluation and the one beside it (its second language), in order; one alone for one language. */
export const inEach = (model: Evaluation): Evaluation[] => (model.alongside ? [model, model.alongside] : [model]);

/** The same cell of each language's rows as texts with their tags, each once: syslead's words tagged as its words, column `textColumn` (a title) as the questionnaire's. */
function zipped(model: Evaluation, rowsOf: (m: Evaluation) => string[][], textColumn: number): Said[][][] {
  const each = inEach(model).map((m) => ({ m, rows: rowsOf(m) }));
  return each[0]!.rows.map((row, r) =>
    row.map((_, c) => {
      const said: Said[] = [];
      for (const { m, rows } of each) {
        const text = rows[r]?.[c] ?? '';
        const tag = c === textColumn ? m.presentation.language : wordsTag(m.presentation, wordsOf(m));
        if (!said.some((s) => s.text === text)) said.push({ text, tag });
      }
      return said;
    }),
  );
}

/** A list of texts of each language (notes, reasons) as pairs: the first language's, then the second's. */
const zippedList = (model: Evaluation, listOf: (m: Evaluation) => string[]): Said[][] => zipped(model, (m) => listOf(m).map((text) => [text]), -1).map((row) => row[0]!);

/** The section table in each language: its rows and the reasons for its withheld figures. */
export function sectionTableEach(model: Evaluation): { rows: Said[][][]; reasons: Said[][] } {
  return { rows: zipped(model, (m) => sectionTable(m).rows, 0), reasons: zippedList(model, (m) => sectionTable(m).reasons) };
}

export const notesEach = (model: Evaluation): Said[][] => zippedList(model, notes);
export const personRowsEach = (model: Evaluation): Said[][][] => zipped(model, personRows, 1);
export const sectionColumnsEach = (model: Evaluation): Said[][] => zipped(model, (m) => [sectionColumns(wordsOf(m))], -1)[0]!;
export const personColumnsEach = (model: Evaluation): Said[][] => zipped(model, (m) => [personColumns(wordsOf(m))], -1)[0]!;
/** A line of syslead's in each language (a title, the sources), each made by `line` from its evaluation. */
export const linesEach = (model: Evaluation, line: (m: Evaluation, language: UiLanguage) => string): Said[] => zippedList(model, (m) => [line(m, wordsOf(m))])[0]!;

/** A cell's texts as one line of text: "Cryfder / Strength", an indent (a facet's) kept once, before the first. */
export function cellText(said: readonly Said[]): string {
  const [first, ...rest] = said;
  return joinLanguages([first?.text ?? '', ...rest.map((s) => s.text.trimStart())]);
}
