import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, PreviewStatement, QuestionnairePreview } from '../core/preview/model.js';
import { escapeHtml } from '../core/safe-text.js';
import { linkOrText } from './html/escape.js';
import { htmlPage } from './html/page.js';
import { formFacts, formLabel, isReversed, perForm, PREVIEW_NOTE, previewTitle, REVERSED, sectionTitle, statementScoring, titlesDiffer } from './preview-format.js';

// The two forms side by side want a wider page; their reflections go one above the other on a phone.
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
  const title = previewTitle(preview);
  const out: string[] = [`<header>\n<h1>${escapeHtml(title)}</h1>`, `<p class="caution">${escapeHtml(PREVIEW_NOTE)}</p>\n</header>`];
  const labelled = (lines: readonly { label: string | null; text: string }[]) => lines.map(({ label, text }) => `<p>${label === null ? '' : `<strong>${escapeHtml(label)}:</strong> `}${escapeHtml(text)}</p>`).join('\n');

  preview.forms.forEach((form, i) => {
    const id = `form-${i + 1}`;
    out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${escapeHtml(formLabel(form))}: ${escapeHtml(form.title)}</h2>`);
    out.push(`<p class="muted">${escapeHtml(formFacts(form))}</p>`, `<p>${escapeHtml(form.description)}</p>`);
    out.push('<h3>Scoring</h3>', `<p>${escapeHtml(form.scoring)}</p>`);
    out.push('<h3>Scales</h3>', `<ul>${form.scales.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
    out.push('<h3>Bands</h3>', `<ul>${form.bands.map((b) => `<li><strong>${escapeHtml(b.label)}</strong> (${escapeHtml(b.range)})${b.meaning ? `: ${escapeHtml(b.meaning)}` : ''}</li>`).join('')}</ul>`);
    out.push('</section>');
  });

  const reflection = (r: Reflection) =>
    `<p><strong>What it may mean:</strong> ${escapeHtml(r.meaning)}</p>\n<p><strong>Questions to sit with:</strong></p>\n<ul>${r.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>\n<p><strong>One thing to try:</strong> ${escapeHtml(r.try)}</p>`;
  const resource = (res: Resource) => {
    const about = [res.authors, res.publisher, res.year].filter((x) => x !== undefined).map((x) => escapeHtml(String(x)));
    return `<li>${linkOrText(res.title, res.url)}<span class="muted">: ${about.join(', ')}</span>${res.note ? `. ${escapeHtml(res.note)}` : ''}</li>`;
  };
  const section = (s: PreviewSection, level: number, id: string) => {
    const h = (text: string, extra = 0) => `<h${level + extra}>${escapeHtml(text)}</h${level + extra}>`;
    const name = sectionTitle(s);
    if (titlesDiffer(s)) out.push(labelled(perForm(preview, s.titles)));
    out.push(labelled(perForm(preview, s.descriptions, 'no description')));
    if (s.method.some((m) => m !== null)) out.push(labelled(perForm(preview, s.method, 'scored as the form says')));
    if (s.importance.some((q) => q !== null)) out.push('<p><strong>Importance question</strong></p>', labelled(perForm(preview, s.importance, 'not asked')));
    if (s.statements.length > 0) out.push(statementTable(preview, s.statements, `Statements of ${name}`));
    s.facets.forEach((facet, i) => {
      const facetId = `${id}-f${i + 1}`;
      out.push(`<section aria-labelledby="${facetId}">`, `<h${level + 1} id="${facetId}">Facet: ${escapeHtml(sectionTitle(facet))}</h${level + 1}>`);
      section(facet, level + 1, facetId);
      out.push('</section>');
    });
    if (s.reflections.length > 0) out.push(h(`Reflections on ${name}, by band`, 1));
    for (const { band, reflections } of s.reflections) {
      out.push(h(`${band.label}${band.range ? ` (${band.range})` : ''}`, 2));
      if (preview.forms.length === 1) {
        if (reflections[0]) out.push(reflection(reflections[0]));
        continue;
      }
      const columns = preview.forms.map((form, i) => {
        const r = reflections[i];
        return `<div>\n<p><strong>${escapeHtml(formLabel(form))}</strong></p>\n${r ? reflection(r) : '<p class="muted">No reflection for this band.</p>'}\n</div>`;
      });
      out.push(`<div class="pair">\n${columns.join('\n')}\n</div>`);
    }
    if (s.resources.length > 0) out.push(h(`Read next, for ${name}`, 1), `<ul>${s.resources.map(resource).join('')}</ul>`);
  };

  preview.sections.forEach((theme, i) => {
    const id = `t${i + 1}`;
    out.push(`<section class="preview-theme" aria-labelledby="${id}">`, `<h2 id="${id}">Theme ${i + 1}: ${escapeHtml(sectionTitle(theme))}</h2>`);
    section(theme, 2, id);
    out.push('</section>');
  });
  return htmlPage({ language: preview.presentation.language, title, body: out.join('\n'), style: STYLE });
}

/** The statements of a theme or facet: number, each form's wording, how it is scored. */
function statementTable(preview: QuestionnairePreview, statements: readonly PreviewStatement[], caption: string): string {
  const paired = preview.forms.length > 1;
  const wordingHeads = paired ? preview.forms.map((f) => `<th scope="col">${escapeHtml(formLabel(f))}</th>`).join('') : '<th scope="col">Statement</th>';
  const rows = statements.map((s) => {
    const wordings = paired ? s.wordings.map((w) => `<td>${w ? escapeHtml(w.text) : '<span class="muted">(not on this form)</span>'}</td>`).join('') : `<td>${escapeHtml(s.wordings[0]?.text ?? '')}</td>`;
    const scoring = statementScoring(preview, s)
      .map(({ label, text }) => `${label === null ? '' : `${escapeHtml(label)}: `}${escapeHtml(text)}`)
      .join('<br>');
    return `<tr><th scope="row" class="num">${s.number}</th>${wordings}<td class="scoring">${isReversed(s) ? `<span class="reverse">${REVERSED}</span> ` : ''}${scoring}<br><span class="muted">id ${escapeHtml(s.id)}</span></td></tr>`;
  });
  // A table wider than the page scrolls in its wrapper, which keyboard users reach with Tab.
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(caption)}"><table class="statements">\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr><th scope="col" class="num">No.</th>${wordingHeads}<th scope="col">How it is answered and scored</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}
