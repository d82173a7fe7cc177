import type { Message } from '../../src/core/i18n/message.js';

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));

/**
 * Every English text of a catalogue part's keys (the pieces between {places}) of two words or
 * more, unless the Welsh says the same: what must not appear in that part's Welsh output.
 */
export function englishOf<T extends Record<string, Message>>(english: T, welsh: { readonly [K in keyof T]: Message }, keys: (key: string) => boolean = () => true): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(english) as [keyof T & string, Message][]) {
    if (!keys(key)) continue;
    const cy = texts(welsh[key]).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !cy.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}

/** The English texts of `english` that `output` holds. */
export function englishIn(output: string, english: readonly string[]): string[] {
  const plain = output
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return english.filter((text) => plain.includes(text));
}
