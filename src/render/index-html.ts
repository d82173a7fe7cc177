import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import type { ReportIndex } from '../core/report/report-index.js';
import { ERRORS_NOTE, relativeHref } from './index-markdown.js';
import { joinedLines } from './joined-lines.js';

/** The index as a self-contained HTML page in the reports' own style. */
export function renderIndexHtml(index: ReportIndex): string {
  const rows = joinedLines(index.reports, (e) => `<tr><th scope="row"><a href="${escapeHtml(relativeHref(e.file))}">${escapeHtml(e.label)}</a></th><td>${escapeHtml(e.source)}</td></tr>`);
  const body = [
    `<h1>${escapeHtml(index.title)}</h1>`,
    `<div class="table-wrap" role="region" tabindex="0" aria-label="Reports"><table>\n<thead><tr><th scope="col">Report</th><th scope="col">From</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`,
  ];
  if (index.errors.length > 0) {
    body.push('<h2>Errors</h2>', `<p>${escapeHtml(ERRORS_NOTE)}</p>`, `<ul>\n${index.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('\n')}\n</ul>`);
  }
  return htmlPage({ language: index.language, title: index.title, body: body.join('\n') });
}
