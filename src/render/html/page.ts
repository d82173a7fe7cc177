import { escapeHtml } from '../../core/safe-text.js';
import { palette } from './palette.js';

/**
 * No script may run and nothing may be fetched: the report is a file people forward and open
 * anywhere, built from text they did not write. Inline styles are the one exception (the page's
 * own <style>); images only as data: URLs.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem 1rem 3rem; color: ${palette.text}; background: ${palette.page};
  font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.375rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 1rem; border-top: 2px solid ${palette.rule}; }
h3 { font-size: 1.125rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
p, ul, ol, dl { margin: 0.5rem 0 1rem; }
a { color: ${palette.link}; text-decoration-thickness: 1px; text-underline-offset: 2px; }
.muted { color: ${palette.muted}; }
.lead { font-size: 1.125rem; }
.caution { border-left: 5px solid ${palette.rule}; padding: 0.25rem 0 0.25rem 1rem; margin: 1.5rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure { margin: 1rem 0 1.5rem; }
figure svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
ul.legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.9375rem; }
ul.legend svg { vertical-align: -2px; margin-right: 0.375rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; font-variant-numeric: tabular-nums; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: ${palette.muted}; padding-bottom: 0.25rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid ${palette.rule}; }
thead th { border-bottom-width: 2px; }
.num { text-align: right; white-space: nowrap; }
/* A long column heading over short numbers wraps, leaving room for the text column. */
thead th.num { white-space: normal; }
article + article { margin-top: 3rem; border-top: 4px double ${palette.rule}; }
blockquote { margin: 0.5rem 0 1rem; padding-left: 1rem; border-left: 3px solid ${palette.rule}; white-space: pre-line; }
@media (max-width: 30rem) {
  body { padding: 0.75rem 0.75rem 2rem; }
  h1 { font-size: 1.5rem; }
  th, td { padding: 0.25rem 0.35rem; }
}
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { margin-top: 1.25rem; }
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  article + article { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
  section.theme, section.keep, figure, tr, blockquote, .caution { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: ${palette.text}; }
  a[href]::after { content: " (" attr(href) ")"; color: ${palette.muted}; font-size: 0.85em; overflow-wrap: anywhere; }
}
`;

/** A language tag fit for lang="": the questionnaire's, or "en" if it is not a well-formed tag. */
export function pageLanguage(language: string): string {
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(language) ? language : 'en';
}

export interface PageContent {
  /** The questionnaire's language tag. */
  language: string;
  /** Plain text for <title>; escaped here. */
  title: string;
  /** Markup of the body, already escaped by the caller. */
  body: string;
}

/** A whole, self-contained HTML document: inline CSS, inline SVG, no script, nothing fetched. */
export function htmlPage({ language, title, body }: PageContent): string {
  return `<!doctype html>
<html lang="${escapeHtml(pageLanguage(language))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
