import { say } from '../../core/i18n/voice.js';
import type { FormPlan, PlannedQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { oneLine } from './plain.js';

/**
 * A Google Apps Script that builds the form with FormApp, as documented at
 * https://developers.google.com/apps-script/reference/forms/form-app (create, addGridItem with
 * setRows/setColumns, addParagraphTextItem, addTextItem, addListItem, addMultipleChoiceItem,
 * addPageBreakItem). Google's download heads a grid's columns `Title [Row]`, which syslead reads as
 * the statement; the name, subject and relationship questions keep the wordings syslead recognises.
 */

/** A JavaScript string literal: JSON's quoting escapes quotes, backslashes and control characters. */
const literal = (value: string) => JSON.stringify(oneLine(value));
const list = (values: readonly string[]) => `[${values.map(literal).join(', ')}]`;

function statement(q: PlannedQuestion): string[] {
  switch (q.kind) {
    case 'grid':
      return [
        `  form.addGridItem()`,
        `    .setTitle(${literal(q.text)})`,
        ...(q.description ? [`    .setHelpText(${literal(q.description)})`] : []),
        `    .setRows(${list(q.rows.map((r) => r.text))})`,
        `    .setColumns(${list(q.columns.map((c) => c.label))})`,
        `    .setRequired(false);`,
      ];
    case 'text':
      return [`  form.addParagraphTextItem().setTitle(${literal(q.text)}).setRequired(false);`];
    default:
      if (q.choices.length === 0) return [`  form.addTextItem().setTitle(${literal(q.text)}).setRequired(${q.required});`];
      // A long list of people reads better as a drop-down; a few ways of working as buttons.
      return [`  form.${q.kind === 'subject' ? 'addListItem' : 'addMultipleChoiceItem'}().setTitle(${literal(q.text)}).setChoiceValues(${list(q.choices)}).setRequired(${q.required});`];
  }
}

/** The script to paste into script.google.com, and how to run it. */
export function googleForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const name = `${q.id}.google-apps-script.js`;
  const body = plan.sections.flatMap((section, i) => [
    ...(i > 0 ? [`  form.addPageBreakItem().setTitle(${literal(section.title)})${section.description ? `.setHelpText(${literal(section.description)})` : ''};`] : []),
    ...section.questions.flatMap(statement),
  ]);
  // A said text as a JavaScript string in single quotes.
  const quoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&').replace(/[\r\n\u2028\u2029]/g, ' ')}'`;
  const content = `${[
    `// ${oneLine(say('evaluate.google.builds', { title: oneLine(q.title), id: oneLine(q.id), version: String(q.version) }))}`,
    `// ${oneLine(say('evaluate.google.paste'))}`,
    // not said: the script's code
    'function createSysleadForm() {',
    // not said: the script's code
    `  var form = FormApp.create(${literal(q.title)});`,
    `  form.setDescription(${literal(q.description)});`,
    '  form.setShuffleQuestions(false);',
    '  form.setProgressBar(true);',
    ...body,
    `  Logger.log(${quoted(say('evaluate.google.editLink'))} + form.getEditUrl());`,
    `  Logger.log(${quoted(say('evaluate.google.sendLink'))} + form.getPublishedUrl());`,
    '}',
  ].join('\n')}\n`;
  return {
    files: [{ name, content, role: 'import', mediaType: 'text/javascript' }],
    steps: [say('evaluate.google.step.open'), say('evaluate.google.step.run', { name }), say('evaluate.google.step.log'), say('evaluate.google.step.responses')],
  };
}
