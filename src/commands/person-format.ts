import { extname } from 'node:path';
import type { FormatOf } from '../render/registry.js';

/** A format of the person report (`score`, `run`): text, md, json, html or pdf (html printed). */
export type PersonFormat = FormatOf<'person'> | 'pdf';

/** The format of a person report's file: --format when given, else from its extension (.md, .json, .html, .pdf; text otherwise). */
export function personFormatFor(file: string, format: PersonFormat | undefined): PersonFormat {
  if (format) return format;
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : ext === '.pdf' ? 'pdf' : 'text';
}
