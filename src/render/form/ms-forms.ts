import type { FormPlan, PlannedQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { escapeHtml, mdText } from '../../core/safe-text.js';
import { htmlPage } from '../html/page.js';
import { oneLine } from './plain.js';

/**
 * Microsoft Forms imports no survey definition, so a build sheet: each question in order with the
 * question type to add (as Forms names them: Text, Choice, Likert; see
 * https://support.microsoft.com/office/create-a-form-with-microsoft-forms-4ffb64cc-7d5d-402f-b82e-b1d49418fd9d),
 * what to paste into it and which settings to set. Forms' "Open results in Excel" heads a Likert
 * question's columns with its statements, which syslead reads.
 */

interface Step {
  /** The question as Forms asks to type it. */
  title: string;
  type: string;
  /** Each pasted on its own line (Forms fills one option or statement per line). */
  lists: { label: string; lines: string[] }[];
  settings: string[];
}

function step(q: PlannedQuestion): Step {
  if (q.kind === 'grid') {
    return {
      title: q.text,
      type: 'Likert',
      lists: [
        { label: 'Options (the columns), in this order', lines: q.columns.map((c) => oneLine(c.label)) },
        { label: 'Statements (the rows), in this order', lines: q.rows.map((r) => oneLine(q.purpose === 'importance' ? (r.question ?? r.text) : r.text)) },
      ],
      settings: ['Required: off'],
    };
  }
  if (q.kind === 'text') return { title: q.text, type: 'Text', lists: [], settings: ['Long answer: on', 'Required: off'] };
  if (q.choices.length === 0) return { title: q.text, type: 'Text', lists: [], settings: [`Required: ${q.required ? 'on' : 'off'}`] };
  return {
    title: q.text,
    type: q.kind === 'subject' && q.choices.length > 10 ? 'Choice, then "..." → Drop-down' : 'Choice',
    lists: [{ label: 'Options, in this order', lines: q.choices.map(oneLine) }],
    settings: [`Required: ${q.required ? 'on' : 'off'}`, 'Shuffle options: off'],
  };
}

const SETUP = [
  'Go to https://forms.office.com and choose "New Form". Give it the title and description below.',
  'Open "..." → Settings: leave "Shuffle questions" off; under "Who can fill out this form" choose as your organisation allows (with "Only people in my organisation", "Record name" adds a Name column that syslead reads as the respondent).',
  'Add each question below in order with "+ Add new", choosing the question type given. Paste each list into the first option or statement box: Forms makes one per line.',
  'Do not add a "Section" per theme unless you want pages: it changes nothing in the download.',
];
const AFTER = 'When responses are in, open the "Responses" tab → "Open results in Excel", download the workbook and read it unedited with syslead report (or syslead feedback for the observer form).';

export function msFormsForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const steps = plan.sections.map((s) => ({ title: s.title, steps: s.questions.map(step) }));
  let n = 0;
  const md = [
    `# Build "${mdText(q.title)}" in Microsoft Forms`,
    '',
    ...SETUP.map((s, i) => `${i + 1}. ${mdText(s)}`),
    '',
    `**Title:** ${mdText(q.title)}`,
    '',
    `**Description:** ${mdText(oneLine(q.description))}`,
    '',
    ...steps.flatMap((section) => [
      `## ${mdText(section.title)}`,
      '',
      ...section.steps.flatMap((s) => [
        `### Question ${++n}: ${mdText(s.title)}`,
        '',
        `- Type: **${mdText(s.type)}**`,
        ...s.settings.map((x) => `- ${mdText(x)}`),
        '',
        ...s.lists.flatMap((list) => {
          const fence = fenceFor(list.lines);
          return [`${mdText(list.label)}:`, '', `${fence}text`, ...list.lines, fence, ''];
        }),
      ]),
    ]),
    '## Afterwards',
    '',
    mdText(AFTER),
    '',
  ].join('\n');
  n = 0;
  const body = [
    `<h1>Build “${escapeHtml(q.title)}” in Microsoft Forms</h1>`,
    `<ol>${SETUP.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`,
    `<dl class="facts"><dt>Title</dt><dd>${escapeHtml(q.title)}</dd><dt>Description</dt><dd>${escapeHtml(oneLine(q.description))}</dd></dl>`,
    ...steps.map(
      (section) =>
        `<section><h2>${escapeHtml(section.title)}</h2>${section.steps
          .map(
            (s) =>
              `<h3>Question ${++n}: ${escapeHtml(s.title)}</h3><ul><li>Type: <strong>${escapeHtml(s.type)}</strong></li>${s.settings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>${s.lists
                .map((list) => `<p>${escapeHtml(list.label)}:</p><pre>${escapeHtml(list.lines.join('\n'))}</pre>`)
                .join('')}`,
          )
          .join('\n')}</section>`,
    ),
    `<h2>Afterwards</h2><p>${escapeHtml(AFTER)}</p>`,
  ].join('\n');
  const base = `${q.id}.ms-forms`;
  return {
    files: [
      { name: `${base}.md`, content: md, role: 'build-sheet', mediaType: 'text/markdown' },
      {
        name: `${base}.html`,
        content: htmlPage({ language: q.language, title: `Build ${q.title} in Microsoft Forms`, body, style: 'pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem; }' }),
        role: 'build-sheet',
        mediaType: 'text/html',
      },
    ],
    steps: [`Open ${base}.html (or ${base}.md) and follow it question by question.`, AFTER],
  };
}

/** A code fence longer than any run of backticks in the lines it holds, so that no text (a name, say) can close it. */
function fenceFor(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  return '`'.repeat(Math.max(3, longest + 1));
}
