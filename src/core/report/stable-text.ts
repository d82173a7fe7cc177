import type { MessageKey } from '../i18n/en.js';
import type { MessageValues, UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';

/**
 * A report's own texts in its model (reasons, notes, the caution) are English: its JSON form is
 * for machines and keeps them stable (schema/report.schema.json). Each is said from the catalogue
 * in English and remembered with its key and values, so that a human format can say it again in
 * its own language. A text this process did not say (a model read back from JSON) stays as it is.
 */
const remembered = new Map<string, { key: MessageKey; values: MessageValues | undefined }>();

/** A text of the model: said in English, remembered so a renderer can say it in another language. */
export function stableText(key: MessageKey, values?: MessageValues): string {
  const text = sayIn('en', key, values);
  if (!remembered.has(text)) remembered.set(text, { key, values });
  return text;
}

/** A model's text (from `stableText`) in `language`; its values said again too, any other text as it is. */
export function sayAgain(language: UiLanguage, text: string): string {
  if (language === 'en') return text;
  const said = remembered.get(text);
  if (said === undefined) return text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {})) values[name] = typeof value === 'string' ? sayAgain(language, value) : value;
  return sayIn(language, said.key, values);
}
