import { safeText } from '../../core/safe-text.js';

/**
 * A questionnaire text as one line of a platform's import file: unsafe characters shown, line
 * breaks and runs of spaces as one space (an import reads a line break as the next field or tag).
 */
export function oneLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * oneLine for a platform that shows question texts as HTML (LimeSurvey, Qualtrics, REDCap): a "<"
 * that could open a tag, and an "&" that could start an entity, escaped, so a text can never add
 * markup or script to the survey; other characters stay as written, so texts without them are
 * unchanged and the export heads their columns exactly as syslead matches them.
 */
export function markupFreeLine(text: string): string {
  return oneLine(text)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;');
}
