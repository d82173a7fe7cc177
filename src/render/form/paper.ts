import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { escapeHtml } from '../../core/safe-text.js';
import { htmlPage } from '../html/page.js';

/** Tick boxes and writing lines that print; a statement's row never splits across pages; a cell holds its hidden label, so the label scrolls with the grid. */
const STYLE = `
.box { display: inline-block; width: 1.1em; height: 1.1em; border: 1.5px solid currentColor; border-radius: 2px; vertical-align: middle; }
table.sheet td { text-align: center; vertical-align: middle; position: relative; }
table.sheet thead th { font-weight: 600; font-size: 0.875em; text-align: center; vertical-align: bottom; }
table.sheet tbody th { font-weight: 400; }
.code { color: #555; font-size: 0.8em; font-variant-numeric: tabular-nums; margin-right: 0.4em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.lines { border-bottom: 1px solid currentColor; height: 1.9em; }
.choices { list-style: none; padding: 0; }
.choices li { margin: 0.3rem 0; }
.choices .box { margin-right: 0.5rem; }
@media print { table.sheet tr, .write { break-inside: avoid; page-break-inside: avoid; } }
`;

const box = '<span class="box" aria-hidden="true"></span>';

function writeIn(label: string, lineCount: number): string {
  return `<div class="write"><p><strong>${escapeHtml(label)}</strong></p>${'<div class="lines"></div>'.repeat(lineCount)}</div>`;
}

function person(q: PersonQuestion): string {
  if (q.choices.length === 0) return writeIn(q.text, 1);
  return `<div class="write"><p><strong>${escapeHtml(q.text)}</strong> Tick one.</p><ul class="choices">${q.choices.map((c) => `<li>${box}${escapeHtml(c)}</li>`).join('')}</ul></div>`;
}

function grid(q: GridQuestion): string {
  const head = q.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const rows = q.rows
    .map((r) => {
      const code = q.purpose === 'items' ? `<span class="code">${escapeHtml(r.id)}</span>` : '';
      const cells = q.columns.map((c) => `<td>${box}<span class="visually-hidden">${escapeHtml(c.label)}</span></td>`).join('');
      return `<tr><th scope="row">${code}${escapeHtml(r.text)}</th>${cells}</tr>`;
    })
    .join('\n');
  const caption = `${escapeHtml(q.text)}: tick one box in each row.`;
  // As the reports' tables: wider than a phone, the grid scrolls in a wrapper reached with Tab.
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${caption}"><table class="sheet"><caption>${caption}</caption><thead><tr><th scope="col">Statement</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function essay(q: TextQuestion): string {
  return writeIn(q.text, 4).replace('<strong>', `<strong><span class="code">${escapeHtml(q.id)}</span>`);
}

const markup = (q: PlannedQuestion) => (q.kind === 'grid' ? grid(q) : q.kind === 'text' ? essay(q) : person(q));

/** A printable answer sheet: every question in order, with boxes to tick and lines to write on. */
export function paperForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const sections = plan.sections.map((s) => `<section><h2>${escapeHtml(s.title)}</h2>${s.description ? `<p>${escapeHtml(s.description)}</p>` : ''}\n${s.questions.map(markup).join('\n')}</section>`);
  const body = [
    `<h1>${escapeHtml(q.title)}</h1>`,
    `<p class="lead">${escapeHtml(q.description)}</p>`,
    `<p>About ${q.minutes} minutes. Tick one box in each row, in pen. There are no right answers; leave a row blank if it does not apply.</p>`,
    ...sections,
    `<p class="muted">${escapeHtml(q.id)} version ${q.version}. The small codes beside the statements are the columns of the answers template.</p>`,
  ].join('\n');
  const name = `${q.id}.paper.html`;
  return {
    files: [{ name, content: htmlPage({ language: q.language, title: q.title, body, style: STYLE }), role: 'template', mediaType: 'text/html' }],
    steps: [`Open ${name} in a browser and print it (or add --pdf for a PDF), one copy per person.`, 'Type the answers into the answers template (syslead form --for csv) and read it with syslead report.'],
  };
}
