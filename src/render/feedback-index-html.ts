import type { FeedbackIndex } from '../core/feedback/schema.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { escapeHtml } from '../core/safe-text.js';
import { feedbackErrorsNote, indexRaters } from './feedback-index-markdown.js';
import { htmlPage } from './html/page.js';
import { relativeHref } from './index-markdown.js';

/** The index of a feedback folder as a self-contained HTML page in the reports' own style, in their language. */
export function renderFeedbackIndexHtml(index: FeedbackIndex): string {
  const language = index.presentation?.languages[0] ?? 'en';
  const say = (key: Parameters<typeof sayIn>[1]) => escapeHtml(sayIn(language, key));
  const pageTag = wordsTag(index, language);
  // not said: HTML markup (element and attribute names)
  const rows = index.reports.map((e) => `<tr><th scope="row"><a href="${escapeHtml(relativeHref(e.file))}">${escapeHtml(e.subject)}</a></th><td>${escapeHtml(indexRaters(e, language))}</td></tr>`);
  const body = [
    `<h1>${escapeHtml(index.title)}</h1>`,
    // not said: HTML markup (element and attribute names)
    `<div class="table-wrap" role="region" tabindex="0" aria-label="${say('feedback.index.reportsLabel')}"><table>\n<thead><tr><th scope="col">${say('feedback.index.report')}</th><th scope="col">${say('feedback.feedbackFrom')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`,
  ];
  if (index.errors.length > 0) {
    body.push(`<h2>${say('feedback.index.errors')}</h2>`, `<p>${escapeHtml(feedbackErrorsNote(language))}</p>`, `<ul>\n${index.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ul>`);
  }
  return htmlPage({ language: pageTag, title: index.title, body: body.join('\n') });
}
