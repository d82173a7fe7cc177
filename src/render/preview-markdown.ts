import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import type { MessageKey } from '../core/i18n/en.js';
import { mdText, mdUrl } from '../core/safe-text.js';
import { safeUrl } from './html/escape.js';
import { formFacts, formLabel, isReversed, perForm, previewNote, previewSays, previewTitle, previewVoice, reversedMark, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';

/** A questionnaire's preview as Markdown: the forms' rules, then each theme with its statements, reflections and resources. */
export function renderPreviewMarkdown(preview: QuestionnairePreview): string {
  const v = previewVoice(preview);
  /** syslead's words in each language on one line: "Sgorio: / Scoring:". */
  const both = (key: MessageKey) => v.both((p) => previewSays(p)(key));
  const out: string[] = [`# ${v.both((p) => mdText(previewTitle(p)))}`];
  for (const note of v.said((p) => previewNote(p))) out.push('', `*${mdText(note.text)}*`);
  const labelled = (lines: readonly { label: string | null; text: string }[], bullet = '') => lines.map(({ label, text }) => `${bullet}${label === null ? '' : `**${mdText(label)}:** `}${mdText(text)}`);

  preview.forms.forEach((_, f) => {
    const form = (p: QuestionnairePreview) => p.forms[f]!;
    out.push('', `## ${v.both((p) => `${mdText(formLabel(p, form(p)))}: ${mdText(form(p).title)}`)}`, '', `*${v.both((p) => mdText(formFacts(p, form(p))))}*`);
    for (const d of v.texts((p) => form(p).description)) out.push('', mdText(d.text));
    for (const line of v.said((p) => `**${previewSays(p)('authoring.preview.scoringLabel')}** ${mdText(form(p).scoring)}`)) out.push('', line.text);
    out.push('', `**${both('authoring.preview.scalesLabel')}**`, '', ...form(preview).scales.map((_, k) => `- ${v.both((p) => mdText(form(p).scales[k] ?? ''))}`));
    out.push(
      '',
      `**${both('authoring.preview.bandsLabel')}**`,
      '',
      ...form(preview).bands.map(
        (_, k) =>
          `- ${v.both((p) => {
            const b = form(p).bands[k]!;
            return `**${mdText(b.label)}** (${mdText(b.range)})${b.meaning ? `: ${mdText(b.meaning)}` : ''}`;
          })}`,
      ),
    );
  });

  const reflection = (p: QuestionnairePreview, r: Reflection) => {
    const say = previewSays(p);
    return [
      `*${say('authoring.preview.meaningLabel')}* ${mdText(r.meaning)}`,
      '',
      `*${say('authoring.preview.questionsLabel')}*`,
      '',
      ...r.questions.map((q) => `- ${mdText(q)}`),
      '',
      `*${say('authoring.preview.tryLabel')}* ${mdText(r.try)}`,
    ];
  };
  const resource = (res: readonly Resource[]) => {
    const first = res[0]!;
    const about = [first.authors, first.publisher, first.year].filter((x) => x !== undefined).map((x) => mdText(String(x)));
    // Only an address a reader can safely follow is a link (the loader allows http(s) alone, and the renderer does not rely on it).
    const url = safeUrl(first.url);
    const text = v.both((_, n) => mdText((res[n] ?? first).title));
    const title = url === null ? text : `[${text}](${mdUrl(url)})`;
    const note = v.both((_, n) => (res[n]?.note ? `. ${mdText(res[n].note)}` : ''));
    return `- ${title}: ${about.join(', ')}${note}`;
  };
  /** A section as each preview has it (`ss[n]` of `v.previews[n]`). */
  const section = (ss: readonly PreviewSection[], level: string) => {
    const s = ss[0]!;
    const of = (n: number) => ss[n] ?? s;
    const sub = `${level}#`;
    if (titlesDiffer(s))
      out.push(
        '',
        ...labelled(
          v.lines((p, n) => perForm(p, of(n).titles)),
          '- ',
        ),
      );
    const descriptions = labelled(v.lines((p, n) => perForm(p, of(n).descriptions, 'authoring.preview.noDescription')));
    for (const d of descriptions) out.push('', d);
    if (s.method.some((m) => m !== null)) for (const m of labelled(v.lines((p, n) => perForm(p, of(n).method, 'authoring.preview.scoredAsForm')))) out.push('', m);
    if (s.importance.some((q) => q !== null))
      out.push(
        '',
        `**${both('authoring.preview.importanceLabel')}**`,
        '',
        ...labelled(
          v.lines((p, n) => perForm(p, of(n).importance, 'authoring.preview.notAsked')),
          '- ',
        ),
      );
    if (s.statements.length > 0) out.push('');
    s.statements.forEach((statement, j) => {
      const at = (n: number) => of(n).statements[j] ?? statement;
      const wordings = labelled(
        v.lines((p, n) =>
          perForm(
            p,
            at(n).wordings.map((w) => w?.text ?? null),
          ),
        ),
      );
      const scoring = v.lines((p, n) => statementScoring(p, at(n))).map(({ label, text }) => `*${label === null ? '' : `${mdText(label)}: `}${mdText(text)}*`);
      const mark = isReversed(statement) ? `**${v.both((p) => reversedMark(p))}** ` : '';
      out.push(`${statement.number}. ${wordings.join('<br>')} \`${statement.id}\`<br>${mark}${scoring.join('<br>')}`);
    });
    s.facets.forEach((_, k) => {
      const facets = v.previews.map((_p, n) => of(n).facets[k]!);
      out.push('', `${sub} ${v.both((p, n) => previewSays(p)('authoring.preview.facet', { title: mdText(sectionTitle(facets[n]!)) }))}`);
      section(facets, sub);
    });
    if (s.reflections.length > 0) out.push('', `${sub} ${v.both((p, n) => previewSays(p)('authoring.preview.reflections', { title: mdText(sectionTitle(of(n))) }))}`);
    s.reflections.forEach(({ band, reflections }, k) => {
      const entry = (n: number) => of(n).reflections[k] ?? s.reflections[k]!;
      out.push('', `**${v.both((_p, n) => mdText(entry(n).band.label))}**${band.range ? ` (${v.both((_p, n) => mdText(entry(n).band.range))})` : ''}`);
      preview.forms.forEach((_, i) => {
        const r = reflections[i];
        if (preview.forms.length > 1) out.push('', `**${v.both((p) => mdText(formLabel(p, p.forms[i]!)))}**${r ? '' : `: ${both('authoring.preview.noReflectionMd')}`}`);
        // Each language's reflection whole, the first first; one the same as the first's is not said again.
        if (r) for (const line of v.lines((p, n) => [{ text: reflection(p, entry(n).reflections[i] ?? r).join('\n') }])) out.push('', ...line.text.split('\n'));
      });
    });
    if (s.resources.length > 0)
      out.push(
        '',
        `${sub} ${v.both((p, n) => previewSays(p)('authoring.preview.readNext', { title: mdText(sectionTitle(of(n))) }))}`,
        '',
        ...s.resources.map((_, k) => resource(v.previews.map((_p, n) => of(n).resources[k]!))),
      );
  };

  preview.sections.forEach((_, i) => {
    const themes = v.previews.map((p) => p.sections[i]!);
    out.push('', `## ${v.both((p, n) => previewSays(p)('authoring.preview.theme', { number: String(i + 1), title: mdText(sectionTitle(themes[n]!)) }))}`);
    section(themes, '##');
  });
  return `${out.join('\n')}\n`;
}
