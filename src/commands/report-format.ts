import { extname } from 'node:path';

export const REPORT_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The format of a report file: --format when given, else from its extension (.md, .json, .html; text otherwise). */
export function reportFormatFor(file: string, format: ReportFormat | undefined): ReportFormat {
  if (format) return format;
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
}
