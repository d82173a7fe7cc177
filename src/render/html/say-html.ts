import type { MessageKey } from '../../core/i18n/en.js';
import type { UiLanguage } from '../../core/i18n/messages.js';
import { sayIn } from '../../core/i18n/voice.js';
import { escapeHtml } from '../../core/safe-text.js';

/**
 * A message as HTML: its own words escaped, each {place} filled with markup the caller made (and
 * escaped) already, so a place may hold a link, a <span lang> or <strong>.
 */
export function sayHtml(language: UiLanguage, key: MessageKey, markup: Readonly<Record<string, string>> = {}): string {
  return escapeHtml(sayIn(language, key)).replace(/\{([a-z][A-Za-z]*)\}/g, (place, name: string) => markup[name] ?? place);
}
