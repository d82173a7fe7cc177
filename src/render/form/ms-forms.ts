import type { FormPlan, PlannedQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { escapeHtml, mdText } from '../../core/safe-text.js';
import { say, speakingNow } from '../../core/i18n/voice.js';
import { wordsTag } from '../../core/report/presentation.js';
import { htmlPage, pageLanguage } from '../html/page.js';
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
      // not said: Microsoft Forms' own name of the question type
      type: 'Likert',
      lists: [
        { label: say('evaluate.msforms.optionsColumns'), lines: q.columns.map((c) => oneLine(c.label)) },
        { label: say('evaluate.msforms.statementsRows'), lines: q.rows.map((r) => oneLine(q.purpose === 'importance' ? (r.question ?? r.text) : r.text)) },
      ],
      settings: [say('evaluate.msforms.requiredOff')],
    };
  }
  const required = (on: boolean) => say(on ? 'evaluate.msforms.requiredOn' : 'evaluate.msforms.requiredOff');
  // not said: Microsoft Forms' own name of the question type
  if (q.kind === 'text') return { title: q.text, type: 'Text', lists: [], settings: [say('evaluate.msforms.longAnswer'), required(false)] };
  // not said: Microsoft Forms' own name of the question type
  if (q.choices.length === 0) return { title: q.text, type: 'Text', lists: [], settings: [required(q.required)] };
  return {
    title: q.text,
    // not said: Microsoft Forms' own name of the question type (the drop-down's steps are said)
    type: q.kind === 'subject' && q.choices.length > 10 ? say('evaluate.msforms.dropDown') : 'Choice',
    lists: [{ label: say('evaluate.msforms.options'), lines: q.choices.map(oneLine) }],
    settings: [required(q.required), say('evaluate.msforms.shuffleOff')],
  };
}

const setup = () => [say('evaluate.msforms.setup.new'), say('evaluate.msforms.setup.settings'), say('evaluate.msforms.setup.add'), say('evaluate.msforms.setup.sections')];

export function msFormsForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const SETUP = setup();
  const AFTER = say('evaluate.msforms.after');
  const page = wordsTag(q, speakingNow());
  // Where syslead's words are not in the questionnaire's language, each element holding a questionnaire text says its own.
  const lang = pageLanguage(page) === pageLanguage(q.language) ? '' : ` lang="${escapeHtml(pageLanguage(q.language))}"`;
  const inLang = (html: string) => (lang ? `<span${lang}>${html}</span>` : html);
  const steps = plan.sections.map((s) => ({ title: s.title, steps: s.questions.map(step) }));
  let n = 0;
  const md = [
    `# ${say('evaluate.msforms.title', { title: mdText(q.title) })}`,
    '',
    ...SETUP.map((s, i) => `${i + 1}. ${mdText(s)}`),
    '',
    `**${mdText(say('evaluate.msforms.formTitle'))}:** ${mdText(q.title)}`,
    '',
    `**${mdText(say('evaluate.msforms.description'))}:** ${mdText(oneLine(q.description))}`,
    '',
    ...steps.flatMap((section) => [
      `## ${mdText(section.title)}`,
      '',
      ...section.steps.flatMap((s) => [
        `### ${say('evaluate.msforms.question', { n: String(++n), title: mdText(s.title) })}`,
        '',
        `- ${mdText(say('evaluate.msforms.type'))} **${mdText(s.type)}**`,
        ...s.settings.map((x) => `- ${mdText(x)}`),
        '',
        ...s.lists.flatMap((list) => {
          const fence = fenceFor(list.lines);
          return [`${mdText(list.label)}:`, '', `${fence}text`, ...list.lines, fence, ''];
        }),
      ]),
    ]),
    `## ${mdText(say('evaluate.msforms.afterwards'))}`,
    '',
    mdText(AFTER),
    '',
  ].join('\n');
  n = 0;
  const body = [
    `<h1>${escapeHtml(say('evaluate.msforms.titleHtml', { title: '\uE000' })).replace('\uE000', inLang(escapeHtml(q.title)))}</h1>`,
    `<ol>${SETUP.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`,
    // not said: markup; the terms are said inside it
    `<dl class="facts"><dt>${escapeHtml(say('evaluate.msforms.formTitle'))}</dt><dd${lang}>${escapeHtml(q.title)}</dd><dt>${escapeHtml(say('evaluate.msforms.description'))}</dt><dd${lang}>${escapeHtml(oneLine(q.description))}</dd></dl>`,
    ...steps.map(
      (section) =>
        `<section><h2${lang}>${escapeHtml(section.title)}</h2>${section.steps
          .map(
            (s) =>
              `<h3>${escapeHtml(say('evaluate.msforms.question', { n: String(++n), title: '\uE000' })).replace('\uE000', inLang(escapeHtml(s.title)))}</h3><ul><li>${escapeHtml(say('evaluate.msforms.type'))} <strong>${escapeHtml(s.type)}</strong></li>${s.settings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>${s.lists
                .map((list) => `<p>${escapeHtml(list.label)}:</p><pre${lang}>${escapeHtml(list.lines.join('\n'))}</pre>`)
                .join('')}`,
          )
          .join('\n')}</section>`,
    ),
    `<h2>${escapeHtml(say('evaluate.msforms.afterwards'))}</h2><p>${escapeHtml(AFTER)}</p>`,
  ].join('\n');
  const base = `${q.id}.ms-forms`;
  return {
    files: [
      { name: `${base}.md`, content: md, role: 'build-sheet', mediaType: 'text/markdown' },
      {
        name: `${base}.html`,
        // not said: CSS
        content: htmlPage({ language: page, title: say('evaluate.msforms.pageTitle', { title: q.title }), body, style: 'pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem; }' }),
        role: 'build-sheet',
        mediaType: 'text/html',
      },
    ],
    steps: [say('evaluate.msforms.step.open', { base }), AFTER],
  };
}

/** A code fence longer than any run of backticks in the lines it holds, so that no text (a name, say) can close it. */
function fenceFor(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  return '`'.repeat(Math.max(3, longest + 1));
}
