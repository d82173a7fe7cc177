import { escapeHtml } from '../../core/safe-text.js';
import { remembered } from '../../core/remembered.js';

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * The address to link to, or null when it must not be a link: only absolute https:, http: and
 * mailto: addresses pass. The URL parser removes the tabs, newlines and leading spaces a browser would
 * also ignore, so "java\tscript:" is judged as the "javascript:" it would become. The result is
 * the parsed (normalised) address, still to be escaped as an attribute.
 */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/**
 * A link when the address is safe, else the text alone. The address is written in the print
 * stylesheet after the link text (a[href]::after), so a printed report keeps it.
 */
export function linkOrText(text: string, url: string | undefined): string {
  const href = safeUrl(url);
  return href === null ? escapeHtml(text) : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** escapeHtml(text), remembered for the next report (see remembered). */
export const escapeHtmlOnce = remembered(escapeHtml);
