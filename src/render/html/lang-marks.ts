import { escapeHtml } from '../../core/safe-text.js';
import { pageLanguage } from './page.js';

// A text in another language than the page's, marked inside a plain string so that it can go
// through a message's {place} and the escaping of the table and figure builders, then become a
// <span lang> around its escaped text. Private-use characters: escaping leaves them as they are.
const OPEN = '\ue010';
const SEP = '\ue011';
const CLOSE = '\ue012';
const MARKED = /\ue010([^\ue011\ue012]*)\ue011([^\ue010\ue012]*)\ue012/g;
const ANY_MARK = /[\ue010-\ue012]/g;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The lang tag to mark a questionnaire's texts with on a page in `page`'s language: null when both are
 * one language (nothing to mark).
 */
export function otherLanguage(page: string, texts: string): string | null {
  const theirs = pageLanguage(texts);
  return theirs === pageLanguage(page) ? null : theirs;
}

/** `text` marked as being in `tag` (unchanged when tag is null), for withLanguageSpans to wrap once escaped. */
export function inLanguage(tag: string | null, text: string): string {
  // A text's own marks (from a file) are dropped, so that it cannot end its span or open another.
  return tag === null ? text : `${OPEN}${tag}${SEP}${text.replace(ANY_MARK, '')}${CLOSE}`;
}

/** Escaped HTML with each marked text made a <span lang="TAG">; markup without marks is returned as it is. */
export function withLanguageSpans(html: string): string {
  if (!html.includes(OPEN)) return html;
  // not said: markup
  return html.replace(MARKED, (_whole, tag: string, inner: string) => (LANGUAGE_TAG.test(tag) ? `<span lang="${escapeHtml(tag)}">${inner}</span>` : inner));
}

/** The text without its marks: for an attribute (aria-label) or a plain-text title, which cannot hold a span. */
export function withoutMarks(text: string): string {
  if (!text.includes(OPEN)) return text;
  return text.replace(MARKED, (_whole, _tag: string, inner: string) => inner);
}

/** A text escaped for HTML, its marked parts in their own language. */
export function escapeMarked(text: string): string {
  return withLanguageSpans(escapeHtml(text));
}
