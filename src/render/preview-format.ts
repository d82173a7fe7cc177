import type { PreviewForm, PreviewSection, PreviewStatement, QuestionnairePreview } from '../core/preview/model.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { joinLanguages, madeFromEach, type Said } from './bilingual.js';

/** What every format of a preview says the same way: plain words, still to be neutralised by the format. */

/** syslead's own words in the preview, in its first language (not the one spoken now: the preview's model carries it). */
export function previewSays(preview: Pick<QuestionnairePreview, 'presentation'>): (key: MessageKey, values?: MessageValues) => string {
  const language = preview.presentation.languages[0]!;
  return (key, values) => sayIn(language, key, values);
}

/** The HTML lang tags of the preview: of syslead's words, and of the questionnaire's texts when they differ (else null). */
export function previewTags(preview: Pick<QuestionnairePreview, 'presentation'>): { words: string; texts: string | null } {
  const { presentation } = preview;
  const words = wordsTag(presentation, presentation.languages[0]!);
  return { words, texts: words === presentation.language ? null : presentation.language };
}

/** The note under the preview's title. */
export function previewNote(preview: QuestionnairePreview): string {
  return previewSays(preview)('authoring.preview.note');
}

/** "Self form" or "Observer form": how a form's column or line is headed. */
export function formLabel(preview: QuestionnairePreview, form: Pick<PreviewForm, 'form'>): string {
  return previewSays(preview)(form.form === 'self' ? 'authoring.preview.selfForm' : 'authoring.preview.observerForm');
}

/** The preview's title: the first form's, naming the pair when there is one. */
export function previewTitle(preview: QuestionnairePreview): string {
  return previewSays(preview)(preview.forms.length === 1 ? 'authoring.preview.title' : 'authoring.preview.titlePair', { title: preview.forms[0]!.title });
}

/** A form's facts in one line: id, version, minutes. */
export function formFacts(preview: QuestionnairePreview, form: PreviewForm): string {
  // As before: the numbers written as given, without separators.
  return previewSays(preview)('authoring.preview.facts', { id: form.id, version: String(form.version), minutes: String(form.minutes) });
}

/** A section's title: the first form's that has it. */
export function sectionTitle(section: PreviewSection): string {
  return section.titles.find((t) => t !== null) ?? section.id;
}

/**
 * The lines a section, or one of its statements, has per form, each with its form's label when
 * the preview has two forms; the same text in both forms is said once, for both. `missing` (a
 * message key) says what a form without it shows; `own` is false for a line in syslead's words
 * (the renderers mark the questionnaire's own texts with its language).
 */
export function perForm(preview: QuestionnairePreview, values: readonly (string | null)[], missing: MessageKey = 'authoring.preview.notOnForm'): { label: string | null; text: string; own: boolean }[] {
  const say = previewSays(preview);
  if (preview.forms.length === 1) return values[0] === null || values[0] === undefined ? [] : [{ label: null, text: values[0], own: true }];
  if (values.every((v) => v === values[0]) && values[0] !== null) return [{ label: say('authoring.preview.bothForms'), text: values[0]!, own: true }];
  return preview.forms.map((f, i) => {
    const value = values[i];
    return value === null || value === undefined ? { label: formLabel(preview, f), text: `(${say(missing)})`, own: false } : { label: formLabel(preview, f), text: value, own: true };
  });
}

/** How a statement is scored: once when every form scores it alike. */
export function statementScoring(preview: QuestionnairePreview, statement: PreviewStatement): { label: string | null; text: string }[] {
  const scorings = statement.wordings.map((w) => w?.scoring ?? null);
  const present = scorings.filter((s) => s !== null);
  if (present.every((s) => s === present[0])) return [{ label: null, text: present[0]! }];
  return perForm(preview, scorings);
}

/** Whether the preview shows a section's titles per form (they differ). */
export function titlesDiffer(section: PreviewSection): boolean {
  const present = section.titles.filter((t) => t !== null);
  return present.some((t) => t !== present[0]);
}

/** The mark a reverse-scored statement gets in every format, before its scoring in words, so a reader scanning the list sees it. */
export function reversedMark(preview: QuestionnairePreview): string {
  return previewSays(preview)('authoring.preview.reversed');
}

/** Whether any form reverse-scores the statement. */
export function isReversed(statement: PreviewStatement): boolean {
  return statement.wordings.some((w) => w?.keyed === 'minus');
}

/**
 * How the renderers speak in a preview's languages (bilingual.ts): in one, the preview alone; in
 * two (--lang cy,en), the preview made in each (`inEach`), the first first. `said` gives a text made
 * from each, each once, with syslead's words' language; `texts` with the questionnaire's; `both`
 * joins them on one line ("… / …"); `lines` gives every language's lines (a statement's wordings,
 * a description), a language's left out when they are the first's again, each with its text's
 * language tag and its syslead words' (a label's).
 */
export interface PreviewVoice {
  previews: readonly QuestionnairePreview[];
  said: (make: (preview: QuestionnairePreview, n: number) => string) => Said[];
  texts: (make: (preview: QuestionnairePreview, n: number) => string) => Said[];
  both: (make: (preview: QuestionnairePreview, n: number) => string) => string;
  lines: <T extends { text: string; own?: boolean }>(make: (preview: QuestionnairePreview, n: number) => readonly T[]) => (T & { tag: string; words: string })[];
}

export function previewVoice(preview: QuestionnairePreview): PreviewVoice {
  const previews = preview.inEach ?? [preview];
  const wordsOf = (p: QuestionnairePreview) => wordsTag(p.presentation, p.presentation.languages[0]!);
  const tagged = (tag: (p: QuestionnairePreview) => string) => (make: (p: QuestionnairePreview, n: number) => string) => madeFromEach(previews, make, tag);
  const said = tagged(wordsOf);
  return {
    previews,
    said,
    texts: tagged((p) => p.presentation.language),
    both: (make) => joinLanguages(said(make).map((s) => s.text)),
    lines: (make) => {
      const made = previews.map((p, n) => make(p, n).map((line) => ({ ...line, tag: line.own === true ? p.presentation.language : wordsOf(p), words: wordsOf(p) })));
      const key = (lines: readonly { text: string }[]) => JSON.stringify(lines.map((l) => l.text));
      return made.filter((lines, i) => made.findIndex((m) => key(m) === key(lines)) === i).flat();
    },
  };
}
