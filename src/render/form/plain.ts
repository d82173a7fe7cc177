import { safeText } from '../../core/safe-text.js';

/**
 * A questionnaire text as one line of a platform's import file: unsafe characters shown, line
 * breaks and runs of spaces as one space (an import reads a line break as the next field or tag).
 */
export function oneLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}
