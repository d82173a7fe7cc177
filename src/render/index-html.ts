import type { sayIn } from '../core/i18n/voice.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPageAround } from './html/page.js';
import type { ReportIndex } from '../core/report/report-index.js';
import { indexLanguage, indexTitles, relativeHref } from './index-markdown.js';
import { lineBatches } from './line-batches.js';
import { wordsTag } from '../core/report/presentation.js';
import { betweenOf, blocksHtml, langSpan, saidInEach, wordsHtml, wordsText } from './bilingual.js';
import { escapeMarked, inLanguage, otherLanguage, withoutMarks } from './html/lang-marks.js';

/** An index's title as HTML: one language's as the page's, the questionnaire's title in its own lang where it differs; two each in a <span lang>. */
export function titleHtml(index: ReportIndex, pageLang: string): string {
  if (index.heading === undefined) return escapeHtml(index.title);
  const titles = indexTitles(index, (title, tag) => inLanguage(otherLanguage(tag, index.language), title));
  const html = (t: { text: string }) => escapeMarked(t.text);
  if (titles.length === 1) return titles[0]!.tag === pageLang ? html(titles[0]!) : langSpan(titles[0]!.tag, html(titles[0]!));
  return titles.map((t) => langSpan(t.tag, html(t))).join(betweenOf(titles.map((t) => withoutMarks(t.text))));
}

/**
 * The index as a self-contained HTML page in the reports' own style, in pieces made as they are
 * written (an index of 100,000 reports is never held whole).
 */
export function* renderIndexHtml(index: ReportIndex): Generator<string> {
  const language = indexLanguage(index);
  // The page is in the language of syslead's words (the questionnaire's own tag when it is in it); a second language's words each have their lang.
  const presentation = { language: index.language, languages: index.languages ?? [language] };
  const pageLang = wordsTag(presentation, language);
  const say = (key: Parameters<typeof sayIn>[1]) => wordsHtml(presentation, pageLang, key);
  const page = htmlPageAround({ language: pageLang, title: index.title });
  yield page.before;
  yield `<h1>${titleHtml(index, pageLang)}</h1>\n`;
  // not said: markup
  yield `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(wordsText(presentation, 'person.index.reports'))}"><table>\n<thead><tr><th scope="col">${say('person.index.report')}</th><th scope="col">${say('person.index.from')}</th></tr></thead>\n<tbody>\n`;
  // not said: markup
  yield* lineBatches(index.reports, (e) => `<tr><th scope="row"><a href="${escapeHtml(relativeHref(e.file))}">${escapeHtml(e.label)}</a></th><td>${escapeHtml(e.source)}</td></tr>`);
  yield '\n</tbody>\n</table></div>';
  if (index.errors.length > 0) {
    yield [
      '',
      `<h2>${say('person.index.errors')}</h2>`,
      blocksHtml(saidInEach(presentation, 'person.index.errorsNote'), pageLang, 'p'),
      `<ul>\n${index.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ul>`,
    ].join('\n');
  }
  yield page.after;
}
