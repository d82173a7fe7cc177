import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { say, speakingNow } from '../../core/i18n/voice.js';
import { wordsTag } from '../../core/report/presentation.js';
import { escapeHtml } from '../../core/safe-text.js';
import { htmlPage, pageLanguage } from '../html/page.js';

/** Tick boxes and writing lines that print; a statement's row never splits across pages; a cell holds its hidden label, so the label scrolls with the grid. */
// not said: CSS
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

// not said: markup
const box = '<span class="box" aria-hidden="true"></span>';

/**
 * The sheet's questionnaire texts in their own language: syslead's words (instructions, headings)
 * are said in the language it speaks, and where that is not the questionnaire's, each element
 * holding a questionnaire text says its language (` lang="cy"`); '' where they are one.
 */
type Lang = string;

function writeIn(label: string, lineCount: number, lang: Lang): string {
  // not said: markup
  return `<div class="write"><p><strong${lang}>${escapeHtml(label)}</strong></p>${'<div class="lines"></div>'.repeat(lineCount)}</div>`;
}

function person(q: PersonQuestion, lang: Lang): string {
  if (q.choices.length === 0) return writeIn(q.text, 1, lang);
  // not said: markup; "Tick one." is said inside it
  return `<div class="write"><p><strong${lang}>${escapeHtml(q.text)}</strong> ${escapeHtml(say('evaluate.paper.tickOne'))}</p><ul class="choices">${q.choices.map((c) => `<li${lang}>${box}${escapeHtml(c)}</li>`).join('')}</ul></div>`;
}

/** A said text with a questionnaire text in it: the said words escaped, the questionnaire's in their own language. */
function sayAround(text: string, lang: Lang): { html: string; plain: string } {
  const [before, after] = say('evaluate.paper.gridCaption', { question: '\uE000' }).split('\uE000') as [string, string];
  return { html: `${escapeHtml(before)}${lang ? `<span${lang}>${escapeHtml(text)}</span>` : escapeHtml(text)}${escapeHtml(after)}`, plain: escapeHtml(`${before}${text}${after}`) };
}

function grid(q: GridQuestion, lang: Lang): string {
  // not said: markup
  const head = q.columns.map((c) => `<th scope="col"${lang}>${escapeHtml(c.label)}</th>`).join('');
  const rows = q.rows
    .map((r) => {
      // not said: markup
      const code = q.purpose === 'items' ? `<span class="code">${escapeHtml(r.id)}</span>` : '';
      // not said: markup
      const cells = q.columns.map((c) => `<td>${box}<span class="visually-hidden"${lang}>${escapeHtml(c.label)}</span></td>`).join('');
      // not said: markup
      return `<tr><th scope="row"${lang}>${code}${escapeHtml(r.text)}</th>${cells}</tr>`;
    })
    .join('\n');
  const caption = sayAround(q.text, lang);
  // As the reports' tables: wider than a phone, the grid scrolls in a wrapper reached with Tab.
  // not said: markup; the caption and the column heading are said
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${caption.plain}"><table class="sheet"><caption>${caption.html}</caption><thead><tr><th scope="col">${escapeHtml(say('evaluate.paper.statement'))}</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function essay(q: TextQuestion, lang: Lang): string {
  // not said: markup
  return writeIn(q.text, 4, lang).replace(`<strong${lang}>`, `<strong${lang}><span class="code">${escapeHtml(q.id)}</span>`);
}

const markup = (q: PlannedQuestion, lang: Lang) => (q.kind === 'grid' ? grid(q, lang) : q.kind === 'text' ? essay(q, lang) : person(q, lang));

/** A printable answer sheet: every question in order, with boxes to tick and lines to write on. */
export function paperForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const page = wordsTag(q, speakingNow());
  const lang: Lang = pageLanguage(page) === pageLanguage(q.language) ? '' : ` lang="${escapeHtml(pageLanguage(q.language))}"`;
  const sections = plan.sections.map(
    (s) => `<section><h2${lang}>${escapeHtml(s.title)}</h2>${s.description ? `<p${lang}>${escapeHtml(s.description)}</p>` : ''}\n${s.questions.map((x) => markup(x, lang)).join('\n')}</section>`,
  );
  const body = [
    `<h1${lang}>${escapeHtml(q.title)}</h1>`,
    `<p class="lead"${lang}>${escapeHtml(q.description)}</p>`,
    `<p>${escapeHtml(say('evaluate.paper.intro', { minutes: String(q.minutes) }))}</p>`,
    ...sections,
    `<p class="muted">${escapeHtml(say('evaluate.paper.footer', { id: q.id, version: String(q.version) }))}</p>`,
  ].join('\n');
  const name = `${q.id}.paper.html`;
  return {
    files: [{ name, content: htmlPage({ language: page, title: q.title, body, style: STYLE }), role: 'template', mediaType: 'text/html' }],
    steps: [say('evaluate.paper.step.print', { name }), say('evaluate.paper.step.type')],
  };
}
