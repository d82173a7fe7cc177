import { sayIn } from '../i18n/voice.js';
import type { FeedbackIndex, FeedbackReport } from './schema.js';

/**
 * The index of a folder of feedback reports: per subject, the file and how many raters each group
 * shown has, counts only (as in the reports), and every error that left a respondent out. Written
 * in the reports' languages (English without a report).
 */
export function feedbackIndex(reports: readonly FeedbackReport[], files: readonly string[], errors: readonly string[]): FeedbackIndex {
  const titles = new Set(reports.map((r) => r.title));
  const languages = reports[0]?.presentation?.languages ?? ['en'];
  const count = sayIn(languages[0]!, 'feedback.index.reports', { count: reports.length });
  return {
    title: titles.size === 1 ? `${[...titles][0]}: ${count}` : sayIn(languages[0]!, 'feedback.index.title', { reports: count }),
    language: reports[0]?.language ?? 'en',
    reports: reports.map((r, i) => ({
      file: files[i]!,
      subject: r.subject,
      self: r.raters.self,
      groups: r.raters.groups.map((g) => ({ role: g.role, label: g.label, n: g.n })),
      leftOut: r.raters.leftOut,
    })),
    errors: [...errors],
    presentation: { languages },
  };
}
