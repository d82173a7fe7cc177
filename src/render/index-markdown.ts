import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn, speakingNow } from '../core/i18n/voice.js';
import type { ReportIndex } from '../core/report/report-index.js';
import { mdText } from '../core/safe-text.js';
import { lineBatches } from './line-batches.js';
import { joinLanguages, madeInEach, type Said, saidInEach, wordsText } from './bilingual.js';
import { wordsTag } from '../core/report/presentation.js';

/** The language of an index's own words: its first, else the one syslead speaks now. */
export function indexLanguage(index: Pick<ReportIndex, 'languages'>): UiLanguage {
  return index.languages?.[0] ?? speakingNow();
}

/**
 * The index's title in each language of the reports, each once, with its tag: the questionnaire's
 * title (made by `mark` in HTML, to give it its own lang where the words' differs) and the count, or
 * the count alone for reports of several questionnaires.
 */
export function indexTitles(index: Pick<ReportIndex, 'language' | 'languages' | 'heading'>, mark: (title: string, tag: string) => string = (title) => title): Said[] {
  const presentation = { language: index.language, languages: index.languages ?? [indexLanguage(index)] };
  const { questionnaireTitle, count } = index.heading ?? { questionnaireTitle: null, count: 0 };
  return madeInEach(presentation, (l) => {
    const reports = sayIn(l, 'results.batch.reports', { count });
    return questionnaireTitle !== null ? `${mark(questionnaireTitle, wordsTag(presentation, l))}: ${reports}` : sayIn(l, 'results.batch.indexTitle', { reports });
  });
}

/** A relative link to a file beside the index, percent-encoded so that any name stays one link. */
export function relativeHref(file: string): string {
  return encodeURIComponent(file);
}

/** The index as Markdown (GitHub-flavoured: the reports are a table), in pieces made as they are written. */
export function* renderIndexMarkdown(index: ReportIndex): Generator<string> {
  const language = indexLanguage(index);
  // In every language of the reports: "Adroddiad / Report".
  const say = (key: Parameters<typeof sayIn>[1]) => wordsText({ language: index.language, languages: index.languages ?? [language] }, key);
  yield `# ${mdText(index.heading ? joinLanguages(indexTitles(index).map((t) => t.text)) : index.title)}\n\n| ${say('person.index.report')} | ${say('person.index.from')} |\n| --- | --- |`;
  // The rows on the lines after the table's head (no reports, no rows: not an empty line).
  let first = true;
  for (const rows of lineBatches(index.reports, (entry) => `| [${mdText(entry.label)}](${relativeHref(entry.file)}) | ${mdText(entry.source)} |`)) {
    yield first ? `\n${rows}` : rows;
    first = false;
  }
  if (index.errors.length > 0) {
    const out = ['', `## ${say('person.index.errors')}`, ''];
    for (const note of saidInEach({ language: index.language, languages: index.languages ?? [language] }, 'person.index.errorsNote')) out.push(note.text, '');
    for (const error of index.errors) out.push(`- ${mdText(error)}`);
    yield `\n${out.join('\n')}`;
  }
  yield '\n';
}
