import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import { safeText } from '../core/safe-text.js';
import type { RenderOptions } from './options.js';
import { formFacts, formLabel, isReversed, perForm, PREVIEW_NOTE, previewTitle, REVERSED, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';
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
  const rule = () => out.push('', style.dim((options.plain ? '-' : '─').repeat(width)));

  wrap(style.bold(safe(previewTitle(preview))));
  wrap(style.italic(PREVIEW_NOTE));
  for (const form of preview.forms) {
    out.push('');
    wrap(style.bold(`${formLabel(form)}: ${safe(form.title)}`));
    wrap(style.dim(safe(formFacts(form))), INDENT);
    wrap(safe(form.description), INDENT);
    wrap(`${style.bold('Scoring:')} ${safe(form.scoring)}`, INDENT);
    wrap(style.bold('Scales:'), INDENT);
    for (const scale of form.scales) wrap(safe(scale), `${INDENT}    `, `${INDENT}  • `);
    wrap(style.bold('Bands:'), INDENT);
    for (const band of form.bands) wrap(`${safe(band.label)} (${safe(band.range)})${band.meaning ? `: ${safe(band.meaning)}` : ''}`, `${INDENT}    `, `${INDENT}  • `);
  }

  const reflection = (r: Reflection, indent: string) => {
    wrap(`${style.bold('What it may mean:')} ${safe(r.meaning)}`, indent);
    wrap(style.bold('Questions to sit with:'), indent);
    for (const q of r.questions) wrap(safe(q), `${indent}    `, `${indent}  • `);
    wrap(`${style.bold('One thing to try:')} ${safe(r.try)}`, indent);
  };
  const resource = (res: Resource, indent: string) => {
    const about = [res.authors, res.publisher, res.year].filter((x) => x !== undefined).map((x) => safe(String(x)));
    wrap(`${safe(res.title)}: ${about.join(', ')}${res.note ? `. ${safe(res.note)}` : ''}`, `${indent}    `, `${indent}  • `);
    // A URL on a line of its own, never broken, so it can be copied whole.
    if (res.url) out.push(`${indent}    ${safe(res.url)}`);
  };
  const section = (s: PreviewSection, indent: string) => {
    if (titlesDiffer(s)) labelled(perForm(preview, s.titles), indent);
    labelled(perForm(preview, s.descriptions, 'no description'), indent);
    if (s.method.some((m) => m !== null)) labelled(perForm(preview, s.method, 'scored as the form says'), indent);
    if (s.importance.some((q) => q !== null)) {
      wrap(style.bold('Importance question:'), indent);
      labelled(perForm(preview, s.importance, 'not asked'), indent + INDENT);
    }
    if (s.statements.length > 0) {
      out.push('');
      wrap(style.bold('Statements:'), indent);
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
      const mark = isReversed(statement) ? `${style.bold(REVERSED)} ` : '';
      statementScoring(preview, statement).forEach(({ label, text }, i) => wrap(`${i === 0 ? mark : ''}${style.dim(`${label === null ? '' : `${label}: `}${safe(text)}`)}`, rest));
    }
    for (const facet of s.facets) {
      out.push('');
      wrap(style.bold(`Facet: ${safe(sectionTitle(facet))}`), indent);
      section(facet, indent + INDENT);
    }
    if (s.reflections.length > 0) {
      out.push('');
      wrap(style.bold(`Reflections on ${safe(sectionTitle(s))}, by band:`), indent);
    }
    for (const { band, reflections } of s.reflections) {
      out.push('');
      wrap(style.bold(`${safe(band.label)}${band.range ? ` (${safe(band.range)})` : ''}`), indent + INDENT);
      preview.forms.forEach((form, i) => {
        const r = reflections[i];
        if (preview.forms.length > 1) wrap(style.bold(`${formLabel(form)}${r ? ':' : ': (no reflection for this band)'}`), indent + INDENT + INDENT);
        if (r) reflection(r, indent + INDENT + (preview.forms.length > 1 ? INDENT + INDENT : INDENT));
      });
    }
    if (s.resources.length > 0) {
      out.push('');
      wrap(style.bold(`Read next, for ${safe(sectionTitle(s))}:`), indent);
      for (const res of s.resources) resource(res, indent);
    }
  };

  preview.sections.forEach((theme, i) => {
    rule();
    wrap(style.bold(`Theme ${i + 1}: ${safe(sectionTitle(theme))}`));
    section(theme, '');
  });
  return `${out.join('\n')}\n`;
}
