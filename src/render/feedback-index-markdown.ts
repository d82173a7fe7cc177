import type { FeedbackIndex } from '../core/feedback/schema.js';
import { mdText } from '../core/safe-text.js';
import { relativeHref } from './index-markdown.js';

export const FEEDBACK_ERRORS_NOTE = 'The rows and answer files below are in no report: correct them and run syslead feedback again.';

/** "Self 1 · Manager 1 · Peers 3 · left out 2": counts only. */
export function indexRaters(entry: FeedbackIndex['reports'][number]): string {
  const parts = [`Self ${entry.self}`, ...entry.groups.map((g) => `${g.label} ${g.n}`)];
  if (entry.leftOut > 0) parts.push(`left out ${entry.leftOut}`);
  return parts.join(' · ');
}

/** The index of a feedback folder as Markdown: a link to each subject's report and their raters per group. */
export function renderFeedbackIndexMarkdown(index: FeedbackIndex): string {
  const out = [`# ${mdText(index.title)}`, '', '| Report | Feedback from |', '| --- | --- |'];
  for (const entry of index.reports) out.push(`| [${mdText(entry.subject)}](${relativeHref(entry.file)}) | ${mdText(indexRaters(entry))} |`);
  if (index.errors.length > 0) {
    out.push('', '## Errors', '', FEEDBACK_ERRORS_NOTE, '');
    for (const error of index.errors) out.push(`- ${mdText(error)}`);
  }
  return `${out.join('\n')}\n`;
}
