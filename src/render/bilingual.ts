import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag, type Presentation } from '../core/report/presentation.js';
import { escapeHtml } from '../core/safe-text.js';
import type { ChartLabel, ChartText } from './html/charts/svg.js';

/**
 * What every renderer needs to write in two languages (--lang cy,en): syslead's own words said in
 * each of a report's `presentation.languages`, the first first, and a questionnaire's text beside
 * its translation. A report in one language gives exactly what it gave before: each helper then
 * says one thing, and in HTML adds a lang only where the text's language is not the one around it.
 *
 * Text and Markdown join the two with " / " ("Cryfderau / Strengths"); HTML gives each part its own
 * lang (`<span lang="cy">Cryfderau</span> / <span lang="en">Strengths</span>`), so that a screen
 * reader says each in its own voice. Longer texts (statements, descriptions) are given whole in the
 * first language, then whole in the second: see `blocksHtml` (and the renderers' own `twice`).
 */

/** Between a text and its translation on one line. */
export const BETWEEN = ' / ';

/**
 * Between a text and its translation when one of them holds BETWEEN itself ("Theme / facet"): a
 * separator that tells the languages apart ("Thema / agwedd // Theme / facet").
 */
export const BETWEEN_APART = ' // ';

/** The separator for these texts of each language on one line: BETWEEN, or BETWEEN_APART when one of them holds BETWEEN. */
export function betweenOf(texts: readonly string[]): string {
  return texts.length > 1 && texts.some((text) => text.includes(BETWEEN)) ? BETWEEN_APART : BETWEEN;
}

/** Texts of each language joined on one line, told apart (see betweenOf). */
export function joinLanguages(texts: readonly string[]): string {
  return texts.join(betweenOf(texts));
}

/** Each text once, the first of those alike kept: a text both languages give alike is given once. */
export function eachTextOnce<T extends { text: string }>(said: readonly T[]): T[] {
  return said.filter((x, i) => said.findIndex((y) => y.text === x.text) === i);
}

/**
 * A text made from each language's version of a report (`inEach`, the first first), each once,
 * tagged with `tag` of the version it was made from: what every report's voice gives its renderers.
 */
export function madeFromEach<R>(versions: readonly R[], make: (version: R, n: number) => string, tag: (version: R) => string): Said[] {
  return eachTextOnce(versions.map((version, n) => ({ text: make(version, n), tag: tag(version) })));
}

/** A text of syslead's or of a questionnaire's, and the language tag it is in (for HTML's lang). */
export interface Said {
  text: string;
  tag: string;
}

/** A questionnaire's text and its translation, each tagged: the text alone when there is no translation, or it is the same. */
export function textAndTranslation(text: string, tag: string, translation: string | undefined, translationTag: string | undefined): Said[] {
  return translation === undefined || translation === text || translationTag === undefined
    ? [{ text, tag }]
    : [
        { text, tag },
        { text: translation, tag: translationTag },
      ];
}

/** A message of syslead's in each language, each once, the first first (one for a report in one language). */
export function saidInEach(presentation: Pick<Presentation, 'language' | 'languages'>, key: MessageKey, values?: MessageValues): Said[] {
  const said: Said[] = [];
  for (const language of presentation.languages) {
    const text = sayIn(language, key, values);
    if (!said.some((s) => s.text === text)) said.push({ text, tag: wordsTag(presentation, language) });
  }
  // A label's colon once, after the last: "Y thema gryfaf / Strongest theme:".
  if (said.length > 1 && said.every((s) => s.text.endsWith(':'))) return said.map((s, i) => (i === said.length - 1 ? s : { ...s, text: s.text.slice(0, -1) }));
  return said;
}

/**
 * A text made in each language of the report, each once, the first first: a sentence whose values
 * are said too ("240 read · 236 scored" inside "Respondents: ..."), which `saidInEach` cannot make.
 */
export function madeInEach(presentation: Pick<Presentation, 'language' | 'languages'>, make: (language: UiLanguage) => string): Said[] {
  const said: Said[] = [];
  for (const language of presentation.languages) {
    const text = make(language);
    if (!said.some((s) => s.text === text)) said.push({ text, tag: wordsTag(presentation, language) });
  }
  return said;
}

/** A message of syslead's as plain text in every language of the report: "Cryfderau / Strengths". */
export function wordsText(presentation: Pick<Presentation, 'language' | 'languages'>, key: MessageKey, values?: MessageValues): string {
  return joinLanguages(saidInEach(presentation, key, values).map((s) => s.text));
}

/** A questionnaire's short text (a title, a band label) and its translation, as plain text: "Teitl / Title"; the text alone when there is none or it is the same. */
export function pairText(text: string, alongside: string | undefined): string {
  return alongside === undefined || alongside === text ? text : joinLanguages([text, alongside]);
}

/** Markup (escaped already) in a <span> with its language's tag. */
export function langSpan(tag: string, html: string): string {
  // not said: markup
  return `<span lang="${escapeHtml(tag)}">${html}</span>`;
}

/** Markup in each language (escaped already), each in its <span lang>, joined as betweenOf tells. */
export function spansJoined(parts: readonly { tag: string; html: string }[]): string {
  return parts.map((p) => langSpan(p.tag, p.html)).join(betweenOf(parts.map((p) => p.html)));
}

/**
 * Markup in a language: as it is when `tag` is the language around it (`context`), else in a
 * <span lang>. `html` is markup already escaped.
 */
export function inLanguage(html: string, tag: string, context: string): string {
  return tag === context ? html : langSpan(tag, html);
}

/**
 * Short texts as HTML on one line, escaped here: one text as `inLanguage` gives it; two, each in a
 * <span lang> of its own, joined by " / " (" // " when one holds " / " itself; or `between`: "<br>" for lines). `context` is the language tag of the element they go in.
 */
export function pairHtml(said: readonly Said[], context: string, toHtml: (text: string) => string = escapeHtml, between: string = betweenOf(said.map((s) => s.text))): string {
  if (said.length === 1) return inLanguage(toHtml(said[0]!.text), said[0]!.tag, context);
  return said.map((s) => langSpan(s.tag, toHtml(s.text))).join(between);
}

/** A message of syslead's as HTML in every language of the report (see pairHtml). */
export function wordsHtml(presentation: Pick<Presentation, 'language' | 'languages'>, context: string, key: MessageKey, values?: MessageValues): string {
  return pairHtml(saidInEach(presentation, key, values), context);
}

/**
 * A longer text as HTML blocks (`<p>`, `<li>`...): the first, then its translation in a block of its
 * own; each block has a lang when its language is not `context`. `inner` makes a block's content
 * from the escaped text; `open` is the element's name and attributes ("p class=\"lead\"").
 */
export function blocksHtml(said: readonly Said[], context: string, open: string, toHtml: (text: string) => string = escapeHtml, inner: (html: string) => string = (html) => html): string {
  const name = open.split(' ')[0]!;
  return said.map((s) => `<${open}${s.tag === context ? '' : ` lang="${escapeHtml(s.tag)}"`}>${inner(toHtml(s.text))}</${name}>`).join('');
}

/**
 * A chart's <title> and <desc> in each language of the report: `make` gives them in a language
 * (`index` 0 for the first, 1 for the second, to take the questionnaire's texts in it). One language
 * gives the label as before; two give `languages`, each its own lang (charts/svg.ts).
 */
export function chartLabelIn(presentation: Pick<Presentation, 'language' | 'languages'>, id: string, make: (language: UiLanguage, index: number) => { title: string; desc: string }): ChartLabel {
  const made = presentation.languages.map((language, index) => ({ ...make(language, index), tag: wordsTag(presentation, language) }));
  const first = made[0]!;
  return made.length > 1 ? { id, title: first.title, desc: first.desc, languages: made } : { id, title: first.title, desc: first.desc };
}

/**
 * Short texts as a chart's text (a row's label), as `pairHtml` gives them to HTML: one, as it is when
 * in the chart's language (`context`), else with its lang; two, each with its lang, the first first.
 */
export function chartText(said: readonly Said[], context: string): ChartText {
  if (said.length === 1) return said[0]!.tag === context ? said[0]!.text : [{ text: said[0]!.text, lang: said[0]!.tag }];
  return said.map((s) => ({ text: s.text, lang: s.tag }));
}
