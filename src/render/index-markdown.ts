import type { ReportIndex } from '../core/report/report-index.js';
import { mdText } from '../core/safe-text.js';
import { joinedLines } from './joined-lines.js';

export const ERRORS_NOTE = 'A row or answer file with an error has no report; correct it and run syslead score again.';

/** A relative link to a file beside the index, percent-encoded so that any name stays one link. */
export function relativeHref(file: string): string {
  return encodeURIComponent(file);
}

/** The index as Markdown (GitHub-flavoured: the reports are a table). */
export function renderIndexMarkdown(index: ReportIndex): string {
  const out = [`# ${mdText(index.title)}`, '', '| Report | From |', '| --- | --- |'];
  const rows = joinedLines(index.reports, (entry) => `| [${mdText(entry.label)}](${relativeHref(entry.file)}) | ${mdText(entry.source)} |`);
  // No reports, no rows: not an empty line.
  if (rows !== '') out.push(rows);
  if (index.errors.length > 0) {
    out.push('', '## Errors', '', ERRORS_NOTE, '');
    for (const error of index.errors) out.push(`- ${mdText(error)}`);
  }
  return `${out.join('\n')}\n`;
}
