/**
 * Neutralises control characters and escape sequences in text that came from a file, so a shared
 * questionnaire or CSV cannot clear the screen, set the clipboard or forge a link (CSI, OSC, C1, lone
 * ESC). Tabs and newlines are kept only where the caller allows them.
 */
export function safeText(text: string, { keepNewlines = false } = {}): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (keepNewlines && (c === '\n' || c === '\t')) return c;
    if (c === '\n' || c === '\r' || c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
