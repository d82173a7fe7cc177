import { safeText } from '../../core/safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from a questionnaire, an answer file or a CSV, made safe to place between tags or inside a
 * quoted attribute. Control characters and bidi overrides are shown as \uXXXX (as in the terminal
 * report) so a shared file cannot hide or reorder what the reader sees; markup characters become
 * entities, so no text can open a tag or leave an attribute.
 */
export function escapeHtml(text: string): string {
  return safeText(text, { keepNewlines: true }).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

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
