import type { PreviewForm, PreviewSection, PreviewStatement, QuestionnairePreview } from '../core/preview/model.js';

/** What every format of a preview says the same way: plain words, still to be neutralised by the format. */

export const PREVIEW_NOTE = 'Everything the questionnaire shows a person, in the order it is asked, with how each answer is scored, and what the results pages say for each band. Nothing here has been answered.';

/** "Self form" or "Observer form": how a form's column or line is headed. */
export function formLabel(form: Pick<PreviewForm, 'form'>): string {
  return form.form === 'self' ? 'Self form' : 'Observer form';
}

/** The preview's title: the first form's, naming the pair when there is one. */
export function previewTitle(preview: QuestionnairePreview): string {
  return preview.forms.length === 1 ? `Preview: ${preview.forms[0]!.title}` : `Preview: ${preview.forms[0]!.title}, with its observer form`;
}

/** A form's facts in one line: id, version, minutes. */
export function formFacts(form: PreviewForm): string {
  return `${form.id}, version ${form.version}, about ${form.minutes} minutes`;
}

/** A section's title: the first form's that has it. */
export function sectionTitle(section: PreviewSection): string {
  return section.titles.find((t) => t !== null) ?? section.id;
}

/**
 * The lines a section, or one of its statements, has per form, each with its form's label when
 * the preview has two forms; the same text in both forms is said once, for both.
 */
export function perForm(preview: QuestionnairePreview, values: readonly (string | null)[], missing = 'not on this form'): { label: string | null; text: string }[] {
  if (preview.forms.length === 1) return values[0] === null || values[0] === undefined ? [] : [{ label: null, text: values[0] }];
  if (values.every((v) => v === values[0]) && values[0] !== null) return [{ label: 'Both forms', text: values[0]! }];
  return preview.forms.map((f, i) => ({ label: formLabel(f), text: values[i] ?? `(${missing})` }));
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
export const REVERSED = 'Reverse-scored.';

/** Whether any form reverse-scores the statement. */
export function isReversed(statement: PreviewStatement): boolean {
  return statement.wordings.some((w) => w?.keyed === 'minus');
}
