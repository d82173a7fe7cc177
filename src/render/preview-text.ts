import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import { safeText } from '../core/safe-text.js';
import type { RenderOptions } from './options.js';
import { formFacts, formLabel, isReversed, perForm, previewNote, previewSays, previewTitle, reversedMark, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';
import { wrapIndented } from './wrap.js';

const INDENT = '  ';

/** A questionnaire's preview as terminal text, wrapped to the width; every text from a file made safe. */
export function renderPreviewText(preview: QuestionnairePreview, options: RenderOptions): string {
  const { style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const wrap = (text: string, indent = '', firstIndent = indent) => out.push(wrapIndented(text, width, indent, firstIndent));
  const safe = (text: string) => safeText(text);
  /** Lines per form: "Self form: ..." with two forms, the text alone with one. */
  const labelled = (lines: readonly { label: string | null; text: string }[], indent: string) => {
    for (const { label, text } of lines) wrap(label === null ? safe(text) : `${style.bold(`${label}:`)} ${safe(text)}`, indent);
  };
  const say = previewSays(preview);
  const rule = () => out.push('', style.dim((options.plain ? '-' : '─').repeat(width)));

  wrap(style.bold(safe(previewTitle(preview))));
  wrap(style.italic(previewNote(preview)));
  for (const form of preview.forms) {
    out.push('');
    wrap(style.bold(`${formLabel(preview, form)}: ${safe(form.title)}`));
    wrap(style.dim(safe(formFacts(preview, form))), INDENT);
    wrap(safe(form.description), INDENT);
    wrap(`${style.bold(say('authoring.preview.scoringLabel'))} ${safe(form.scoring)}`, INDENT);
    wrap(style.bold(say('authoring.preview.scalesLabel')), INDENT);
    for (const scale of form.scales) wrap(safe(scale), `${INDENT}    `, `${INDENT}  • `);
    wrap(style.bold(say('authoring.preview.bandsLabel')), INDENT);
    for (const band of form.bands) wrap(`${safe(band.label)} (${safe(band.range)})${band.meaning ? `: ${safe(band.meaning)}` : ''}`, `${INDENT}    `, `${INDENT}  • `);
  }

  const reflection = (r: Reflection, indent: string) => {
    wrap(`${style.bold(say('authoring.preview.meaningLabel'))} ${safe(r.meaning)}`, indent);
    wrap(style.bold(say('authoring.preview.questionsLabel')), indent);
    for (const q of r.questions) wrap(safe(q), `${indent}    `, `${indent}  • `);
    wrap(`${style.bold(say('authoring.preview.tryLabel'))} ${safe(r.try)}`, indent);
  };
  const resource = (res: Resource, indent: string) => {
    const about = [res.authors, res.publisher, res.year].filter((x) => x !== undefined).map((x) => safe(String(x)));
    wrap(`${safe(res.title)}: ${about.join(', ')}${res.note ? `. ${safe(res.note)}` : ''}`, `${indent}    `, `${indent}  • `);
    // A URL on a line of its own, never broken, so it can be copied whole.
    if (res.url) out.push(`${indent}    ${safe(res.url)}`);
  };
  const section = (s: PreviewSection, indent: string) => {
    if (titlesDiffer(s)) labelled(perForm(preview, s.titles), indent);
    labelled(perForm(preview, s.descriptions, 'authoring.preview.noDescription'), indent);
    if (s.method.some((m) => m !== null)) labelled(perForm(preview, s.method, 'authoring.preview.scoredAsForm'), indent);
    if (s.importance.some((q) => q !== null)) {
      wrap(style.bold(say('authoring.preview.importanceLabel')), indent);
      labelled(perForm(preview, s.importance, 'authoring.preview.notAsked'), indent + INDENT);
    }
    if (s.statements.length > 0) {
      out.push('');
      wrap(style.bold(say('authoring.preview.statementsLabel')), indent);
    }
    for (const statement of s.statements) {
      const first = `${indent}${String(statement.number).padStart(3)}. `;
      const rest = ' '.repeat(first.length);
      const wordings = perForm(
        preview,
        statement.wordings.map((w) => w?.text ?? null),
      );
      wordings.forEach(({ label, text }, i) => wrap(`${label === null ? '' : `${style.bold(`${label}:`)} `}${safe(text)}`, rest, i === 0 ? first : rest));
      wrap(style.dim(`[${safe(statement.id)}]`), rest);
      const mark = isReversed(statement) ? `${style.bold(reversedMark(preview))} ` : '';
      statementScoring(preview, statement).forEach(({ label, text }, i) => wrap(`${i === 0 ? mark : ''}${style.dim(`${label === null ? '' : `${label}: `}${safe(text)}`)}`, rest));
    }
    for (const facet of s.facets) {
      out.push('');
      wrap(style.bold(say('authoring.preview.facet', { title: safe(sectionTitle(facet)) })), indent);
      section(facet, indent + INDENT);
    }
    if (s.reflections.length > 0) {
      out.push('');
      wrap(style.bold(say('authoring.preview.reflectionsLabel', { title: safe(sectionTitle(s)) })), indent);
    }
    for (const { band, reflections } of s.reflections) {
      out.push('');
      wrap(style.bold(`${safe(band.label)}${band.range ? ` (${safe(band.range)})` : ''}`), indent + INDENT);
      preview.forms.forEach((form, i) => {
        const r = reflections[i];
        if (preview.forms.length > 1) wrap(style.bold(r ? `${formLabel(preview, form)}:` : say('authoring.preview.noReflectionText', { form: formLabel(preview, form) })), indent + INDENT + INDENT);
        if (r) reflection(r, indent + INDENT + (preview.forms.length > 1 ? INDENT + INDENT : INDENT));
      });
    }
    if (s.resources.length > 0) {
      out.push('');
      wrap(style.bold(say('authoring.preview.readNextLabel', { title: safe(sectionTitle(s)) })), indent);
      for (const res of s.resources) resource(res, indent);
    }
  };

  preview.sections.forEach((theme, i) => {
    rule();
    wrap(style.bold(say('authoring.preview.theme', { number: String(i + 1), title: safe(sectionTitle(theme)) })));
    section(theme, '');
  });
  return `${out.join('\n')}\n`;
}
