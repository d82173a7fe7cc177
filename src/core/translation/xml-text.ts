import { safeText } from '../safe-text.js';

/**
 * Text for XML 1.0 content: the characters a shared file could use against a reader neutralised
 * as everywhere (safeText, keeping line breaks and tabs), then markup escaped. XML 1.0 cannot hold
 * most control characters at all, so none may pass raw. Quotes stay as they are in content, where
 * a translator reads them (Welsh has an apostrophe in every other sentence).
 */
export function xmlText(text: string): string {
  return safeText(text, { keepNewlines: true }).replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
}

/** As xmlText, for an attribute's value in double quotes. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
