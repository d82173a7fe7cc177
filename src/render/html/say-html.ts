import type { MessageKey } from '../../core/i18n/en.js';
import type { UiLanguage } from '../../core/i18n/messages.js';
import { sayIn } from '../../core/i18n/voice.js';
import { escapeHtml } from '../../core/safe-text.js';

/**
 * A message as HTML: its own words escaped, each {place} filled with markup the caller made (and
 * escaped) already, so a place may hold a link, a <span lang> or <strong>.
 */
export function sayHtml(language: UiLanguage, key: MessageKey, markup: Readonly<Record<string, string>> = {}, count?: number): string {
  // A plural message takes its form from `count`, said (as a number) before the markup goes in.
  return escapeHtml(sayIn(language, key, count === undefined ? {} : { count })).replace(/\{([a-z][A-Za-z]*)\}/g, (place, name: string) => markup[name] ?? place);
}
