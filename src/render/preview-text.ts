import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import type { MessageKey } from '../core/i18n/en.js';
import { safeText } from '../core/safe-text.js';
import type { RenderOptions } from './options.js';
import { formFacts, formLabel, isReversed, perForm, previewNote, previewSays, previewTitle, previewVoice, reversedMark, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';
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
  const v = previewVoice(preview);
  /** syslead's words in each language on one line: "Sgorio: / Scoring:". */
  const both = (key: MessageKey) => v.both((p) => previewSays(p)(key));
  const rule = () => out.push('', style.dim((options.plain ? '-' : '─').repeat(width)));

  wrap(style.bold(v.both((p) => safe(previewTitle(p)))));
  for (const note of v.said((p) => previewNote(p))) wrap(style.italic(note.text));
  preview.forms.forEach((_, f) => {
    const form = (p: QuestionnairePreview) => p.forms[f]!;
    out.push('');
    wrap(style.bold(v.both((p) => `${formLabel(p, form(p))}: ${safe(form(p).title)}`)));
    wrap(style.dim(v.both((p) => safe(formFacts(p, form(p))))), INDENT);
    for (const d of v.texts((p) => form(p).description)) wrap(safe(d.text), INDENT);
    for (const line of v.said((p) => `${style.bold(previewSays(p)('authoring.preview.scoringLabel'))} ${safe(form(p).scoring)}`)) wrap(line.text, INDENT);
    wrap(style.bold(both('authoring.preview.scalesLabel')), INDENT);
    form(preview).scales.forEach((_, k) =>
      wrap(
        v.both((p) => safe(form(p).scales[k] ?? '')),
        `${INDENT}    `,
        `${INDENT}  • `,
      ),
    );
    wrap(style.bold(both('authoring.preview.bandsLabel')), INDENT);
    form(preview).bands.forEach((_, k) =>
      wrap(
        v.both((p) => {
          const band = form(p).bands[k]!;
          return `${safe(band.label)} (${safe(band.range)})${band.meaning ? `: ${safe(band.meaning)}` : ''}`;
        }),
        `${INDENT}    `,
        `${INDENT}  • `,
      ),
    );
  });

  const reflection = (p: QuestionnairePreview, r: Reflection, indent: string) => {
    const say = previewSays(p);
    wrap(`${style.bold(say('authoring.preview.meaningLabel'))} ${safe(r.meaning)}`, indent);
    wrap(style.bold(say('authoring.preview.questionsLabel')), indent);
    for (const q of r.questions) wrap(safe(q), `${indent}    `, `${indent}  • `);
    wrap(`${style.bold(say('authoring.preview.tryLabel'))} ${safe(r.try)}`, indent);
  };
  const resource = (res: readonly Resource[], indent: string) => {
    const first = res[0]!;
    const about = [first.authors, first.publisher, first.year].filter((x) => x !== undefined).map((x) => safe(String(x)));
    const note = v.both((_, n) => (res[n]?.note ? `. ${safe(res[n].note)}` : ''));
    wrap(`${v.both((_, n) => safe((res[n] ?? first).title))}: ${about.join(', ')}${note}`, `${indent}    `, `${indent}  • `);
    // A URL on a line of its own, never broken, so it can be copied whole.
    if (first.url) out.push(`${indent}    ${safe(first.url)}`);
  };
  /** A section as each preview has it (`ss[n]` of `v.previews[n]`). */
  const section = (ss: readonly PreviewSection[], indent: string) => {
    const s = ss[0]!;
    const of = (_: QuestionnairePreview, n: number) => ss[n] ?? s;
    if (titlesDiffer(s))
      labelled(
        v.lines((p, n) => perForm(p, of(p, n).titles)),
        indent,
      );
    labelled(
      v.lines((p, n) => perForm(p, of(p, n).descriptions, 'authoring.preview.noDescription')),
      indent,
    );
    if (s.method.some((m) => m !== null))
      labelled(
        v.lines((p, n) => perForm(p, of(p, n).method, 'authoring.preview.scoredAsForm')),
        indent,
      );
    if (s.importance.some((q) => q !== null)) {
      wrap(style.bold(both('authoring.preview.importanceLabel')), indent);
      labelled(
        v.lines((p, n) => perForm(p, of(p, n).importance, 'authoring.preview.notAsked')),
        indent + INDENT,
      );
    }
    if (s.statements.length > 0) {
      out.push('');
      wrap(style.bold(both('authoring.preview.statementsLabel')), indent);
    }
    s.statements.forEach((statement, j) => {
      const at = (p: QuestionnairePreview, n: number) => of(p, n).statements[j] ?? statement;
      const first = `${indent}${String(statement.number).padStart(3)}. `;
      const rest = ' '.repeat(first.length);
      const wordings = v.lines((p, n) =>
        perForm(
          p,
          at(p, n).wordings.map((w) => w?.text ?? null),
        ),
      );
      wordings.forEach(({ label, text }, i) => wrap(`${label === null ? '' : `${style.bold(`${label}:`)} `}${safe(text)}`, rest, i === 0 ? first : rest));
      wrap(style.dim(`[${safe(statement.id)}]`), rest);
      const mark = isReversed(statement) ? `${style.bold(v.both((p) => reversedMark(p)))} ` : '';
      v.lines((p, n) => statementScoring(p, at(p, n))).forEach(({ label, text }, i) => wrap(`${i === 0 ? mark : ''}${style.dim(`${label === null ? '' : `${label}: `}${safe(text)}`)}`, rest));
    });
    s.facets.forEach((_, k) => {
      const facets = v.previews.map((p, n) => of(p, n).facets[k]!);
      out.push('');
      wrap(style.bold(v.both((p, n) => previewSays(p)('authoring.preview.facet', { title: safe(sectionTitle(facets[n]!)) }))), indent);
      section(facets, indent + INDENT);
    });
    if (s.reflections.length > 0) {
      out.push('');
      wrap(style.bold(v.both((p, n) => previewSays(p)('authoring.preview.reflectionsLabel', { title: safe(sectionTitle(of(p, n))) }))), indent);
    }
    s.reflections.forEach(({ band }, k) => {
      const entry = (p: QuestionnairePreview, n: number) => of(p, n).reflections[k] ?? s.reflections[k]!;
      out.push('');
      wrap(style.bold(v.both((p, n) => `${safe(entry(p, n).band.label)}${band.range ? ` (${safe(entry(p, n).band.range)})` : ''}`)), indent + INDENT);
      preview.forms.forEach((_, i) => {
        const r = s.reflections[k]!.reflections[i];
        if (preview.forms.length > 1)
          wrap(style.bold(v.both((p) => (r ? `${formLabel(p, p.forms[i]!)}:` : previewSays(p)('authoring.preview.noReflectionText', { form: formLabel(p, p.forms[i]!) })))), indent + INDENT + INDENT);
        if (!r) return;
        // Each language's reflection whole, the first first; a translation's the same as the first is not said again.
        const seen: string[] = [];
        v.previews.forEach((p, n) => {
          const own = entry(p, n).reflections[i] ?? r;
          const key = JSON.stringify([own, previewSays(p)('authoring.preview.meaningLabel')]);
          if (seen.includes(key)) return;
          seen.push(key);
          reflection(p, own, indent + INDENT + (preview.forms.length > 1 ? INDENT + INDENT : INDENT));
        });
      });
    });
    if (s.resources.length > 0) {
      out.push('');
      wrap(style.bold(v.both((p, n) => previewSays(p)('authoring.preview.readNextLabel', { title: safe(sectionTitle(of(p, n))) }))), indent);
      s.resources.forEach((_, k) =>
        resource(
          v.previews.map((p, n) => of(p, n).resources[k]!),
          indent,
        ),
      );
    }
  };

  preview.sections.forEach((_, i) => {
    const themes = v.previews.map((p) => p.sections[i]!);
    rule();
    wrap(style.bold(v.both((p, n) => previewSays(p)('authoring.preview.theme', { number: String(i + 1), title: safe(sectionTitle(themes[n]!)) }))));
    section(themes, '');
  });
  return `${out.join('\n')}\n`;
}
