import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import { mdText, mdUrl } from '../core/safe-text.js';
import { safeUrl } from './html/escape.js';
import { formFacts, formLabel, isReversed, perForm, previewNote, previewSays, previewTitle, reversedMark, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';

/** A questionnaire's preview as Markdown: the forms' rules, then each theme with its statements, reflections and resources. */
export function renderPreviewMarkdown(preview: QuestionnairePreview): string {
  const say = previewSays(preview);
  const out: string[] = [`# ${mdText(previewTitle(preview))}`, '', `*${mdText(previewNote(preview))}*`];
  const labelled = (lines: readonly { label: string | null; text: string }[], bullet = '') => lines.map(({ label, text }) => `${bullet}${label === null ? '' : `**${mdText(label)}:** `}${mdText(text)}`);

  for (const form of preview.forms) {
    out.push('', `## ${mdText(formLabel(preview, form))}: ${mdText(form.title)}`, '', `*${mdText(formFacts(preview, form))}*`, '', mdText(form.description));
    out.push('', `**${say('authoring.preview.scoringLabel')}** ${mdText(form.scoring)}`, '', `**${say('authoring.preview.scalesLabel')}**`, '', ...form.scales.map((s) => `- ${mdText(s)}`));
    out.push('', `**${say('authoring.preview.bandsLabel')}**`, '', ...form.bands.map((b) => `- **${mdText(b.label)}** (${mdText(b.range)})${b.meaning ? `: ${mdText(b.meaning)}` : ''}`));
  }

  const reflection = (r: Reflection) => [
    `*${say('authoring.preview.meaningLabel')}* ${mdText(r.meaning)}`,
    '',
    `*${say('authoring.preview.questionsLabel')}*`,
    '',
    ...r.questions.map((q) => `- ${mdText(q)}`),
    '',
    `*${say('authoring.preview.tryLabel')}* ${mdText(r.try)}`,
  ];
  const resource = (res: Resource) => {
    const about = [res.authors, res.publisher, res.year].filter((x) => x !== undefined).map((x) => mdText(String(x)));
    // Only an address a reader can safely follow is a link (the loader allows http(s) alone, and the renderer does not rely on it).
    const url = safeUrl(res.url);
    const title = url === null ? mdText(res.title) : `[${mdText(res.title)}](${mdUrl(url)})`;
    return `- ${title}: ${about.join(', ')}${res.note ? `. ${mdText(res.note)}` : ''}`;
  };
  const section = (s: PreviewSection, level: string) => {
    const sub = `${level}#`;
    if (titlesDiffer(s)) out.push('', ...labelled(perForm(preview, s.titles), '- '));
    const descriptions = labelled(perForm(preview, s.descriptions, 'authoring.preview.noDescription'));
    for (const d of descriptions) out.push('', d);
    if (s.method.some((m) => m !== null)) for (const m of labelled(perForm(preview, s.method, 'authoring.preview.scoredAsForm'))) out.push('', m);
    if (s.importance.some((q) => q !== null)) out.push('', `**${say('authoring.preview.importanceLabel')}**`, '', ...labelled(perForm(preview, s.importance, 'authoring.preview.notAsked'), '- '));
    if (s.statements.length > 0) out.push('');
    for (const statement of s.statements) {
      const wordings = labelled(
        perForm(
          preview,
          statement.wordings.map((w) => w?.text ?? null),
        ),
      );
      const scoring = statementScoring(preview, statement).map(({ label, text }) => `*${label === null ? '' : `${mdText(label)}: `}${mdText(text)}*`);
      const mark = isReversed(statement) ? `**${reversedMark(preview)}** ` : '';
      out.push(`${statement.number}. ${wordings.join('<br>')} \`${statement.id}\`<br>${mark}${scoring.join('<br>')}`);
    }
    for (const facet of s.facets) {
      out.push('', `${sub} ${say('authoring.preview.facet', { title: mdText(sectionTitle(facet)) })}`);
      section(facet, sub);
    }
    if (s.reflections.length > 0) out.push('', `${sub} ${say('authoring.preview.reflections', { title: mdText(sectionTitle(s)) })}`);
    for (const { band, reflections } of s.reflections) {
      out.push('', `**${mdText(band.label)}**${band.range ? ` (${mdText(band.range)})` : ''}`);
      preview.forms.forEach((form, i) => {
        const r = reflections[i];
        if (preview.forms.length > 1) out.push('', `**${mdText(formLabel(preview, form))}**${r ? '' : `: ${say('authoring.preview.noReflectionMd')}`}`);
        if (r) out.push('', ...reflection(r));
      });
    }
    if (s.resources.length > 0) out.push('', `${sub} ${say('authoring.preview.readNext', { title: mdText(sectionTitle(s)) })}`, '', ...s.resources.map(resource));
  };

  preview.sections.forEach((theme, i) => {
    out.push('', `## ${say('authoring.preview.theme', { number: String(i + 1), title: mdText(sectionTitle(theme)) })}`);
    section(theme, '##');
  });
  return `${out.join('\n')}\n`;
}
