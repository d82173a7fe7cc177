import type { UiLanguage } from '../i18n/messages.js';

/** The index of a folder of reports (`score --out-dir`): a link to each, and the errors that left someone out. */
export interface ReportIndex {
  /** Plain text, e.g. "Systems leadership self-assessment: 30 reports". */
  title: string;
  /**
   * What the title is made of, for the renderers to say it in each language of the reports: the
   * questionnaire's title (null for reports of several) and the number of reports. Without, `title` alone.
   */
  heading?: { questionnaireTitle: string | null; count: number };
  /** The questionnaire's language tag, for HTML. */
  language: string;
  /** The languages of syslead's own words (headings), the first first; by default the one it speaks now. */
  languages?: readonly UiLanguage[];
  /**
   * One entry per report, in order: made as the index is rendered, so that 100,000 of them need
   * not be held at once.
   */
  reports: Iterable<IndexEntry>;
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
