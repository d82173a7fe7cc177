import type { FeedbackIndex } from '../core/feedback/schema.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { mdText } from '../core/safe-text.js';
import { relativeHref } from './index-markdown.js';

/** What the errors under an index are. */
export const feedbackErrorsNote = (language: UiLanguage) => sayIn(language, 'feedback.index.errorsNote');

/** "Self 1 · Manager 1 · Peers 3 · left out 2": counts only. */
export function indexRaters(entry: FeedbackIndex['reports'][number], language: UiLanguage): string {
  const parts = [`${sayIn(language, 'feedback.group.self')} ${entry.self}`, ...entry.groups.map((g) => `${g.label} ${g.n}`)];
  if (entry.leftOut > 0) parts.push(sayIn(language, 'feedback.raters.leftOut', { count: String(entry.leftOut) }));
  return parts.join(' · ');
}

/** The index of a feedback folder as Markdown: a link to each subject's report and their raters per group. */
export function renderFeedbackIndexMarkdown(index: FeedbackIndex): string {
  const language = index.presentation?.languages[0] ?? 'en';
  const say = (key: Parameters<typeof sayIn>[1]) => sayIn(language, key);
  const out = [`# ${mdText(index.title)}`, '', `| ${say('feedback.index.report')} | ${say('feedback.feedbackFrom')} |`, '| --- | --- |'];
  for (const entry of index.reports) out.push(`| [${mdText(entry.subject)}](${relativeHref(entry.file)}) | ${mdText(indexRaters(entry, language))} |`);
  if (index.errors.length > 0) {
    out.push('', `## ${say('feedback.index.errors')}`, '', feedbackErrorsNote(language), '');
    for (const error of index.errors) out.push(`- ${mdText(error)}`);
  }
  return `${out.join('\n')}\n`;
}
