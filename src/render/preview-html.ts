import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, PreviewStatement, QuestionnairePreview } from '../core/preview/model.js';
import { escapeHtml } from '../core/safe-text.js';
import { linkOrText } from './html/escape.js';
import { htmlPage } from './html/page.js';
import { formFacts, formLabel, isReversed, perForm, previewNote, previewSays, previewTags, previewTitle, reversedMark, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';

// The two forms side by side want a wider page; their reflections go one above the other on a phone.
// not said: HTML markup and CSS
const STYLE = `
@media screen { body { max-width: 64rem; } }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.pair > div > p:first-child { margin-top: 0; }
td.scoring { font-size: 0.9em; }
.reverse { font-weight: 700; }
@media (max-width: 40rem) { .pair { grid-template-columns: 1fr; } }
/* The shared print style gives a row's heading a third of the table: here it is only the statement's number. */
@media print { .pair { gap: 0 5mm; } table.statements tbody th[scope="row"] { width: auto; } }
`;

/** A questionnaire's preview as one self-contained HTML page, the pair's forms side by side in each table. */
export function renderPreviewHtml(preview: QuestionnairePreview): string {
  const say = previewSays(preview);
  const tags = previewTags(preview);
  // The page is in syslead's language; each text of the questionnaire in another carries its own lang.
  const lang = tags.texts === null ? '' : ` lang="${escapeHtml(tags.texts)}"`;
  const own = (html: string) => (tags.texts === null ? html : `<span${lang}>${html}</span>`);
  const title = previewTitle(preview);
  const firstTitle = preview.forms[0]!.title;
  const heading = own(escapeHtml(firstTitle));
  const titleHtml = escapeHtml(title).replace(escapeHtml(firstTitle), () => heading);
  const out: string[] = [`<header>\n<h1>${titleHtml}</h1>`, `<p class="caution">${escapeHtml(previewNote(preview))}</p>\n</header>`];
  const labelled = (lines: readonly { label: string | null; text: string; own?: boolean }[]) =>
    lines
      .map(
        ({ label, text, own: isOwn }) =>
          `<p${isOwn === true ? lang : ''}>${label === null ? '' : `<strong${isOwn === true && tags.texts !== null ? ` lang="${escapeHtml(tags.words)}"` : ''}>${escapeHtml(label)}:</strong> `}${escapeHtml(text)}</p>`,
      )
      .join('\n');

  preview.forms.forEach((form, i) => {
    const id = `form-${i + 1}`;
    // not said: HTML markup and CSS
    out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${escapeHtml(formLabel(preview, form))}: ${own(escapeHtml(form.title))}</h2>`);
    out.push(`<p class="muted">${escapeHtml(formFacts(preview, form))}</p>`, `<p${lang}>${escapeHtml(form.description)}</p>`);
    out.push(`<h3>${escapeHtml(say('authoring.preview.scoringHeading'))}</h3>`, `<p>${escapeHtml(form.scoring)}</p>`);
    out.push(`<h3>${escapeHtml(say('authoring.preview.scalesHeading'))}</h3>`, `<ul>${form.scales.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
    out.push(
      `<h3>${escapeHtml(say('authoring.preview.bandsHeading'))}</h3>`,
      `<ul>${form.bands.map((b) => `<li><strong>${own(escapeHtml(b.label))}</strong> (${escapeHtml(b.range)})${b.meaning ? `: ${own(escapeHtml(b.meaning))}` : ''}</li>`).join('')}</ul>`,
    );
    out.push('</section>');
  });

  const reflection = (r: Reflection) =>
    `<p><strong>${escapeHtml(say('authoring.preview.meaningLabel'))}</strong> ${own(escapeHtml(r.meaning))}</p>\n<p><strong>${escapeHtml(say('authoring.preview.questionsLabel'))}</strong></p>\n<ul${lang}>${r.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>\n<p><strong>${escapeHtml(say('authoring.preview.tryLabel'))}</strong> ${own(escapeHtml(r.try))}</p>`;
  const resource = (res: Resource) => {
    const about = [res.authors, res.publisher, res.year].filter((x) => x !== undefined).map((x) => escapeHtml(String(x)));
    // not said: HTML markup and CSS
    return `<li${lang}>${linkOrText(res.title, res.url)}<span class="muted">: ${about.join(', ')}</span>${res.note ? `. ${escapeHtml(res.note)}` : ''}</li>`;
  };
  const section = (s: PreviewSection, level: number, id: string) => {
    const h = (html: string, extra = 0) => `<h${level + extra}>${html}</h${level + extra}>`;
    const name = sectionTitle(s);
    const nameHtml = own(escapeHtml(name));
    if (titlesDiffer(s)) out.push(labelled(perForm(preview, s.titles)));
    out.push(labelled(perForm(preview, s.descriptions, 'authoring.preview.noDescription')));
    // The method and the importance question are said in syslead's words (the question quoted within them).
    if (s.method.some((m) => m !== null)) out.push(labelled(perForm(preview, s.method, 'authoring.preview.scoredAsForm').map((l) => ({ ...l, own: false }))));
    if (s.importance.some((q) => q !== null))
      out.push(`<p><strong>${escapeHtml(say('authoring.preview.importanceHeading'))}</strong></p>`, labelled(perForm(preview, s.importance, 'authoring.preview.notAsked').map((l) => ({ ...l, own: false }))));
    if (s.statements.length > 0) out.push(statementTable(preview, s.statements, say('authoring.preview.statementsOf', { title: name }), lang));
    s.facets.forEach((facet, i) => {
      const facetId = `${id}-f${i + 1}`;
      // not said: HTML markup and CSS
      out.push(`<section aria-labelledby="${facetId}">`, `<h${level + 1} id="${facetId}">${say('authoring.preview.facet', { title: own(escapeHtml(sectionTitle(facet))) })}</h${level + 1}>`);
      section(facet, level + 1, facetId);
      out.push('</section>');
    });
    if (s.reflections.length > 0) out.push(h(say('authoring.preview.reflections', { title: nameHtml }), 1));
    for (const { band, reflections } of s.reflections) {
      out.push(h(`${own(escapeHtml(band.label))}${band.range ? ` (${escapeHtml(band.range)})` : ''}`, 2));
      if (preview.forms.length === 1) {
        if (reflections[0]) out.push(reflection(reflections[0]));
        continue;
      }
      const columns = preview.forms.map((form, i) => {
        const r = reflections[i];
        return `<div>\n<p><strong>${escapeHtml(formLabel(preview, form))}</strong></p>\n${r ? reflection(r) : `<p class="muted">${escapeHtml(say('authoring.preview.noReflection'))}</p>`}\n</div>`;
      });
      // not said: HTML markup and CSS
      out.push(`<div class="pair">\n${columns.join('\n')}\n</div>`);
    }
    if (s.resources.length > 0) out.push(h(say('authoring.preview.readNext', { title: nameHtml }), 1), `<ul>${s.resources.map(resource).join('')}</ul>`);
  };

  preview.sections.forEach((theme, i) => {
    const id = `t${i + 1}`;
    // not said: HTML markup and CSS
    out.push(`<section class="preview-theme" aria-labelledby="${id}">`, `<h2 id="${id}">${say('authoring.preview.theme', { number: String(i + 1), title: own(escapeHtml(sectionTitle(theme))) })}</h2>`);
    section(theme, 2, id);
    out.push('</section>');
  });
  return htmlPage({ language: tags.words, title, body: out.join('\n'), style: STYLE });
}

/** The statements of a theme or facet: number, each form's wording, how it is scored. */
function statementTable(preview: QuestionnairePreview, statements: readonly PreviewStatement[], caption: string, lang: string): string {
  const say = previewSays(preview);
  const paired = preview.forms.length > 1;
  // not said: HTML markup and CSS
  const wordingHeads = paired ? preview.forms.map((f) => `<th scope="col">${escapeHtml(formLabel(preview, f))}</th>`).join('') : `<th scope="col">${escapeHtml(say('authoring.preview.statementHeading'))}</th>`;
  const rows = statements.map((s) => {
    const wordings = paired
      ? // not said: HTML markup and CSS
        s.wordings.map((w) => (w ? `<td${lang}>${escapeHtml(w.text)}</td>` : `<td><span class="muted">(${escapeHtml(say('authoring.preview.notOnForm'))})</span></td>`)).join('')
      : `<td${lang}>${escapeHtml(s.wordings[0]?.text ?? '')}</td>`;
    const scoring = statementScoring(preview, s)
      .map(({ label, text }) => `${label === null ? '' : `${escapeHtml(label)}: `}${escapeHtml(text)}`)
      .join('<br>');
    // not said: HTML markup and CSS
    return `<tr><th scope="row" class="num">${s.number}</th>${wordings}<td class="scoring">${isReversed(s) ? `<span class="reverse">${escapeHtml(reversedMark(preview))}</span> ` : ''}${scoring}<br><span class="muted">${escapeHtml(say('authoring.preview.id', { id: s.id }))}</span></td></tr>`;
  });
  // A table wider than the page scrolls in its wrapper, which keyboard users reach with Tab.
  // not said: HTML markup and CSS
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(caption)}"><table class="statements">\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr><th scope="col" class="num">${escapeHtml(say('authoring.preview.numberHeading'))}</th>${wordingHeads}<th scope="col">${escapeHtml(say('authoring.preview.scoringColumn'))}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}
