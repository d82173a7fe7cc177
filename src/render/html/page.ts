import { escapeHtml } from '../../core/safe-text.js';
import { palette } from './palette.js';

/**
 * No script may run and nothing may be fetched: the report is a file people forward and open
 * anywhere, built from text they did not write. Inline styles are the one exception (the page's
 * own <style>); images only as data: URLs.
 */
// not said: a Content-Security-Policy
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// not said: CSS
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
  /* A4 for whoever prints the page; syslead's PDF sets the paper itself (--paper). */
  @page { size: A4; margin: 16mm 14mm 14mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; orphans: 3; widows: 3; }
  h1 { font-size: 18pt; margin-top: 0; }
  h2 { font-size: 14pt; margin: 1.1rem 0 0.4rem; padding-top: 0.5rem; }
  h3 { font-size: 11.5pt; margin: 0.8rem 0 0.3rem; }
  h4 { font-size: 10.5pt; margin: 0.6rem 0 0.2rem; }
  p, ul, ol, dl { margin: 0.2rem 0 0.5rem; }
  ul, ol { padding-left: 1.25rem; }
  .lead { font-size: 11pt; }
  .caution { margin: 0.75rem 0; }
  figure { margin: 0.5rem 0 0.75rem; }
  /* Charts small enough to leave room for their table on the page; still vector, so sharp at any size. */
  figure svg.chart { width: auto; max-height: 62mm; }
  table { font-size: 8.5pt; line-height: 1.3; margin: 0.3rem 0 0.6rem; }
  th, td { padding: 0.15rem 0.4rem; }
  thead { display: table-header-group; }
  /* The row's text gets the room: a figure and its words may wrap under it. */
  tbody th[scope="row"] { width: 36%; font-weight: 500; }
  td.num { white-space: normal; }
  /*
   * Breaks only where they help: no section is kept whole (that left pages nearly empty); a
   * heading stays with what follows it, and small blocks (a chart, a row, a quotation, a list
   * item, the caution) are not split. So a section starts a new page only when what it begins
   * with does not fit in what is left of the page.
   */
  h1, h2, h3, h4, figcaption, caption, p:has(+ ul, + ol, + blockquote) { break-after: avoid; page-break-after: avoid; }
  svg.chart, ul.legend, tr, li, blockquote, .caution, dl.facts, p { break-inside: avoid; page-break-inside: avoid; }
  article + article { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
  .table-wrap { overflow: visible; }
  section.theme { columns: 2; column-gap: 7mm; }
  section.theme > h2, section.theme > figure, section.theme .table-wrap { column-span: all; }
  a { color: ${palette.text}; }
  a[href]::after { content: " (" attr(href) ")"; color: ${palette.muted}; font-size: 0.8em; overflow-wrap: anywhere; }
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
  /** CSS of this kind of page alone, after the shared style (no text from a file). */
  style?: string;
}

/** A whole, self-contained HTML document: inline CSS, inline SVG, no script, nothing fetched. */
export function htmlPage({ body, ...page }: PageContent): string {
  const { before, after } = htmlPageAround(page);
  return `${before}${body}${after}`;
}

/**
 * The document of htmlPage without its body: what comes before the body's markup and after it, for
 * a page whose body is written piece by piece as it is made (an index of 100,000 reports).
 */
export function htmlPageAround({ language, title, style = '' }: Omit<PageContent, 'body'>): { before: string; after: string } {
  // not said: markup
  const before = `<!doctype html>
<html lang="${escapeHtml(pageLanguage(language))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}${style}</style>
</head>
<body>
`;
  // not said: markup
  return { before, after: '\n</body>\n</html>\n' };
}
