import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport } from '../core/report/cohort.js';
import type { CohortView, FormTexts } from '../core/report/cohort-view.js';
import { wordsTag, type Presentation } from '../core/report/presentation.js';
import { sayAgain } from '../core/report/stable-text.js';
import { escapeHtml } from '../core/safe-text.js';
import { BETWEEN, blocksHtml, eachTextOnce, chartLabelIn, chartText, saidInEach, textAndTranslation, type Said } from './bilingual.js';
import { cohortVoice, type CohortVoice } from './cohort-languages.js';
import type { ChartLabel, ChartText } from './html/charts/svg.js';
import { zoneLegend, type LegendEntry } from './html/figure.js';
import { inLanguage as markLanguage, otherLanguage } from './html/lang-marks.js';
import { pageLanguage } from './html/page.js';

// How the cohort page and its 360 view speak (cohort-html.ts, cohort-360-html.ts): in the
// report's language, or in two (--lang cy,en), each part not in the page's language marked.

/**
 * What the page's parts need to speak: syslead's words in the report's language (its first), the
 * model's own texts said again in it, and the questionnaire's texts marked with their language
 * where it is not the page's.
 */
export interface Words {
  language: UiLanguage;
  say: (key: MessageKey, values?: MessageValues) => string;
  /** A model's text (a reason, a note, a group's name) in the report's language. */
  again: (text: string) => string;
  /** ` lang="..."` for an element that holds only the questionnaire's texts, when their language is not the page's; else nothing. */
  formLang: string;
  /** A text of the questionnaire, escaped, in a <span lang> when its language is not the page's. */
  theirs: (text: string) => string;
  /** Whether the report is in two languages (--lang cy,en). */
  bilingual: boolean;
  voice: CohortVoice;
  /** A text made in each language (from the report in it), marked with each part's language (lang-marks.ts); the first alone in one language. */
  made: (make: (language: UiLanguage, report: CohortReport, index: number) => string) => string;
  /** A text made in each language, each a block of its own (`open`: "p", "li"...), escaped here. */
  blocks: (open: string, make: (language: UiLanguage, report: CohortReport, index: number) => string) => string;
  /** A theme's or facet's title, a statement's text or a band's label, with its translation in a bilingual report, marked with its language. */
  title: (x: { id: string; title: string }) => string;
  text: (x: { id: string; text: string }) => string;
  band: (x: { id: string; label: string }) => string;
  /** A title as a chart's label: with its translation in a bilingual report, each part with its lang where not the page's (the chart's). */
  chartTitle: (x: { id: string; title: string }) => ChartText;
  /** A text made in each language as a chart's label, each part with its lang; the first alone in one language. */
  chartMade: (make: (language: UiLanguage, report: CohortReport, index: number) => string) => ChartText;
  /** A chart's title and description in each language. */
  chart: (id: string, make: (language: UiLanguage, report: CohortReport, index: number) => { title: string; desc: string }) => ChartLabel;
  /** A title or statement in the language of `index` (0 the first): the translation by id, else the text. */
  titleIn: (x: { id: string; title: string }, index: number) => string;
  textIn: (x: { id: string; text: string }, index: number) => string;
  /** The band zones' legend in each language. */
  zones: (bands: readonly Band[]) => LegendEntry[];
  /** The lang tag of syslead's words in a language. */
  tagOf: (language: UiLanguage) => string;
  /** Lines made in each language, each with its translation on the same line, marked with their languages. */
  lines: (make: (language: UiLanguage, index: number) => string[]) => string[];
  /** An item's scale labels in the language of `index`, when the form in it has them. */
  scaleIn: (id: string, index: number) => readonly string[] | undefined;
}

/** A report's words in one language alone (for its 360 view drawn by itself). */
export function wordsIn(report: CohortReport, language: UiLanguage, bands: readonly Band[]): Words {
  const view: CohortView = { report, presentations: [{ language, languages: [language], bands }], scales: [] };
  return wordsFor(language, language, view.presentations[0]!, cohortVoice(view), view);
}

/** Texts marked with their language where it is not the page's (`context`), joined by " / ". */
function marked(said: readonly Said[], context: string): string {
  return said.map((s) => markLanguage(otherLanguage(context, s.tag), s.text)).join(BETWEEN);
}

export function wordsFor(language: UiLanguage, pageTag: string, presentation: Presentation, voice: CohortVoice, view: CohortView, fi = 0): Words {
  const formTag = pageLanguage(presentation.language);
  // not said: markup
  const formLang = formTag === pageLanguage(pageTag) ? '' : ` lang="${escapeHtml(formTag)}"`;
  const bilingual = voice.languages.length > 1;
  const texts = view.texts?.[fi];
  const main = view.presentations[0]!;
  const made = (make: (language: UiLanguage, report: CohortReport, index: number) => string) => (bilingual ? marked(voice.made(make), pageTag) : make(language, view.report, 0));
  /** A questionnaire's text and its translation (by id in `pick`), marked, in a bilingual report; the text alone in one. */
  const pair = (text: string, id: string, pick: (t: FormTexts) => ReadonlyMap<string, string>) => {
    if (!bilingual || texts === undefined) return text;
    return marked(textAndTranslation(text, texts.first.language, pick(texts.second).get(id), texts.second.language), pageTag);
  };
  /** A questionnaire's text and its translation as a chart's text (see `pair`). */
  const chartPair = (text: string, id: string, pick: (t: FormTexts) => ReadonlyMap<string, string>): ChartText => {
    if (!bilingual || texts === undefined) return formLang ? [{ text, lang: formTag }] : text;
    return chartText(textAndTranslation(text, texts.first.language, pick(texts.second).get(id), texts.second.language), pageTag);
  };
  return {
    language,
    say: (key, values) => (bilingual ? marked(saidInEach(main, key, values), pageTag) : sayIn(language, key, values)),
    again: (text) => made((l) => sayAgain(l, text)),
    formLang,
    // not said: markup
    theirs: (text) => (formLang ? `<span${formLang}>${escapeHtml(text)}</span>` : escapeHtml(text)),
    bilingual,
    voice,
    made,
    blocks: (open, make) => (bilingual ? blocksHtml(voice.made(make), pageTag, open) : `<${open}>${escapeHtml(make(language, view.report, 0))}</${open.split(' ')[0]}>`),
    title: (x) => pair(x.title, x.id, (t) => t.titles),
    text: (x) => pair(x.text, x.id, (t) => t.items),
    band: (x) => pair(x.label, x.id, (t) => t.bands),
    chartTitle: (x) => chartPair(x.title, x.id, (t) => t.titles),
    chartMade: (make) => (bilingual ? chartText(voice.made(make), pageTag) : make(language, view.report, 0)),
    chart: (id, make) => chartLabelIn(main, id, (l, i) => make(l, voice.reports[i] ?? view.report, i)),
    tagOf: (l) => wordsTag(main, l),
    lines: (make) => {
      if (!bilingual) return make(language, 0);
      const each = voice.languages.map((l, i) => make(l, i));
      return each[0]!.map((line, n) => {
        const said = voice.languages.map((l, i) => ({ text: each[i]![n] ?? line, tag: wordsTag(main, l) }));
        return marked(eachTextOnce(said), pageTag);
      });
    },
    scaleIn: (id, index) => (texts === undefined ? undefined : texts[index === 0 ? 'first' : 'second'].scales.get(id)),
    titleIn: (x, index) => (index === 0 || texts === undefined ? x.title : (texts.second.titles.get(x.id) ?? x.title)),
    textIn: (x, index) => (index === 0 || texts === undefined ? x.text : (texts.second.items.get(x.id) ?? x.text)),
    zones: (bands) => {
      if (!bilingual) return zoneLegend(bands, language);
      const each = voice.languages.map((l, i) => zoneLegend(texts === undefined ? bands : bands.map((b) => ({ ...b, label: texts[i === 0 ? 'first' : 'second'].bands.get(b.id) ?? b.label })), l));
      return each[0]!.map((entry, k) => {
        const said = voice.languages.map((l, i) => ({ text: each[i]![k]!.label, tag: wordsTag(main, l) }));
        return {
          ...entry,
          label: marked(eachTextOnce(said), pageTag),
        };
      });
    },
  };
}
