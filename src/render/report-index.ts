import { mdText } from '../core/safe-text.js';

/** The index of a folder of reports: a link to each, and the errors that left someone out. */
export interface ReportIndex {
  /** Plain text, e.g. "Systems leadership self-assessment: 30 reports". */
  title: string;
  /** The questionnaire's language tag, for HTML. */
  language: string;
  reports: IndexEntry[];
  /** Every error found while reading, one plain-text line each ("cohort.csv:4:7: error: ..."). */
  errors: string[];
}

export interface IndexEntry {
  /** The report's file name in the same folder (already safe: see core/file-names.ts). */
  file: string;
  /** Whom the report is for, as the link text. */
  label: string;
  /** Where the answers came from: "cohort.csv, line 4" or "sam.yaml". */
  source: string;
}

export const ERRORS_NOTE = 'A row or answer file with an error has no report; correct it and run syslead score again.';

/** A relative link to a file beside the index, percent-encoded so that any name stays one link. */
export function relativeHref(file: string): string {
  return encodeURIComponent(file);
}

/** The index as Markdown (GitHub-flavoured: the reports are a table). */
export function renderIndexMarkdown(index: ReportIndex): string {
  const out = [`# ${mdText(index.title)}`, '', '| Report | From |', '| --- | --- |'];
  for (const entry of index.reports) out.push(`| [${mdText(entry.label)}](${relativeHref(entry.file)}) | ${mdText(entry.source)} |`);
  if (index.errors.length > 0) {
    out.push('', '## Errors', '', ERRORS_NOTE, '');
    for (const error of index.errors) out.push(`- ${mdText(error)}`);
  }
  return `${out.join('\n')}\n`;
}
