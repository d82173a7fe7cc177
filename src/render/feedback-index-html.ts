import type { FeedbackIndex } from '../core/feedback/schema.js';
import { escapeHtml } from '../core/safe-text.js';
import { FEEDBACK_ERRORS_NOTE, indexRaters } from './feedback-index-markdown.js';
import { htmlPage } from './html/page.js';
import { relativeHref } from './index-markdown.js';

/** The index of a feedback folder as a self-contained HTML page in the reports' own style. */
export function renderFeedbackIndexHtml(index: FeedbackIndex): string {
  const rows = index.reports.map((e) => `<tr><th scope="row"><a href="${escapeHtml(relativeHref(e.file))}">${escapeHtml(e.subject)}</a></th><td>${escapeHtml(indexRaters(e))}</td></tr>`);
  const body = [
    `<h1>${escapeHtml(index.title)}</h1>`,
    `<div class="table-wrap" role="region" tabindex="0" aria-label="Reports"><table>\n<thead><tr><th scope="col">Report</th><th scope="col">Feedback from</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`,
  ];
  if (index.errors.length > 0) {
    body.push('<h2>Errors</h2>', `<p>${escapeHtml(FEEDBACK_ERRORS_NOTE)}</p>`, `<ul>\n${index.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ul>`);
  }
  return htmlPage({ language: index.language, title: index.title, body: body.join('\n') });
}
