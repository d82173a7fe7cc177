/**
 * What each survey tool's download would hold for a survey built from `syslead form`'s file: the
 * definition is parsed back (not taken from syslead's plan), every column it would export is named
 * as that platform names it, and each respondent's answers are filled in as it writes them.
 */
import { runInNewContext } from 'node:vm';
import { messagesFor, UI_LANGUAGES } from '../../src/core/i18n/messages.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { csvRows } from '../helpers/csv-table.js';

export interface Person {
  name: string;
  role: string;
  /** On an observer form, the relationship's wording as offered. */
  relationship?: string;
  subject?: string;
  /** Item id -> a point, a not-observed answer, or free text; absent when skipped. */
  answers: Record<string, number | string>;
  importance: Record<string, number>;
}

/** What a column holds, found from its question's text. */
export type Meaning = { kind: 'item' | 'text'; id: string } | { kind: 'importance'; theme: string } | { kind: 'respondent' | 'subject' | 'relationship' };

export interface Column {
  headers: string[];
  meaning: Meaning;
}

export interface Coding {
  /** How the export writes a point (or a not-observed answer) of an item: its label by default. */
  point?: (meaning: Meaning, value: number | string) => string;
  /** How it writes a choice (relationship, subject). */
  choice?: (meaning: Meaning, choice: string) => string;
}

/** Finds what a question's text asks, from the questionnaire and the wordings syslead recognises. */
export function meaningOf(q: Questionnaire, text: string, row?: string): Meaning {
  if (row !== undefined) {
    const item = q.items.find((i) => i.text === row);
    if (item) return { kind: 'item', id: item.id };
    const theme = q.themes.find((t) => t.title === row);
    if (theme) return { kind: 'importance', theme: theme.id };
    throw new Error(`row "${row}" of "${text}" is no statement or theme`);
  }
  const item = q.items.find((i) => i.text === text);
  if (item) return { kind: item.kind === 'text' ? 'text' : 'item', id: item.id };
  const theme = q.themes.find((t) => q.importance && text === q.importance.question.replaceAll('{theme}', t.title));
  if (theme) return { kind: 'importance', theme: theme.id };
  // The person questions, as syslead form asks them in any language it speaks.
  for (const language of UI_LANGUAGES) {
    const { say } = messagesFor(language);
    if (text === say('form.respondent')) return { kind: 'respondent' };
    if (text === say('form.subject')) return { kind: 'subject' };
    if (text === say('form.relationship')) return { kind: 'relationship' };
  }
  throw new Error(`question "${text}" is not one syslead asks`);
}

function labelOf(q: Questionnaire, meaning: Meaning, value: number | string): string {
  if (typeof value === 'string') return value;
  const scale = meaning.kind === 'importance' ? q.importance!.scale : (q.items.find((i) => meaning.kind === 'item' && i.id === meaning.id) as { scale: { min: number; labels: string[] } }).scale;
  return scale.labels[value - scale.min]!;
}

/** One person's cell in a column. */
export function cell(q: Questionnaire, person: Person, { meaning }: Column, coding: Coding = {}): string {
  switch (meaning.kind) {
    case 'respondent':
      return person.name;
    case 'subject':
      return coding.choice ? coding.choice(meaning, person.subject!) : person.subject!;
    case 'relationship':
      return coding.choice ? coding.choice(meaning, person.relationship!) : person.relationship!;
    case 'text':
      return String(person.answers[meaning.id] ?? '');
    case 'importance': {
      const v = person.importance[meaning.theme];
      return v === undefined ? '' : coding.point ? coding.point(meaning, v) : labelOf(q, meaning, v);
    }
    default: {
      const v = person.answers[meaning.id];
      return v === undefined ? '' : coding.point ? coding.point(meaning, v) : labelOf(q, meaning, v);
    }
  }
}

/**
 * A text of a platform that shows texts as HTML (Qualtrics, LimeSurvey, REDCap) as its export gives
 * it: as the page shows it, the escapes syslead wrote read back as the characters they stand for.
 */
const shown = (text: string) => text.replace(/&lt;/g, '<').replace(/&amp;/g, '&');

/** RFC 4180 rows, CRLF, every cell quoted as most platforms write them. */
export function csv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
}

// ---- Google Forms: the Apps Script run against a FormApp that records what it is asked to build.

interface GoogleItem {
  type: string;
  title: string;
  rows?: string[];
  columns?: string[];
  choices?: string[];
  required?: boolean;
  help?: string;
}

export function runAppsScript(script: string): { title: string; description: string; shuffle: boolean | undefined; items: GoogleItem[] } {
  const made = { title: '', description: '', shuffle: undefined as boolean | undefined, items: [] as GoogleItem[] };
  const item = (type: string) => {
    const it: GoogleItem = { type, title: '' };
    made.items.push(it);
    // Each setter records its value and returns the item, as FormApp's builders chain.
    const setter =
      <K extends keyof GoogleItem>(key: K) =>
      (value: GoogleItem[K]) => {
        it[key] = Array.isArray(value) ? ([...value] as GoogleItem[K]) : value;
        return api;
      };
    const api = { setTitle: setter('title'), setHelpText: setter('help'), setRows: setter('rows'), setColumns: setter('columns'), setChoiceValues: setter('choices'), setRequired: setter('required') };
    return api;
  };
  const form = {
    setDescription(v: string) {
      made.description = v;
      return form;
    },
    setShuffleQuestions(v: boolean) {
      made.shuffle = v;
      return form;
    },
    setProgressBar: () => form,
    addTextItem: () => item('text'),
    addParagraphTextItem: () => item('paragraph'),
    addGridItem: () => item('grid'),
    addListItem: () => item('list'),
    addMultipleChoiceItem: () => item('choice'),
    addPageBreakItem: () => item('page'),
    getEditUrl: () => 'https://docs.google.com/forms/d/x/edit',
    getPublishedUrl: () => 'https://docs.google.com/forms/d/e/x/viewform',
  };
  const FormApp = {
    create(title: string) {
      made.title = title;
      return form;
    },
  };
  // Only FormApp and Logger exist in the context: the script can reach nothing else.
  runInNewContext(`${script}\ncreateSysleadForm();`, { FormApp, Logger: { log: () => undefined } }, { timeout: 1000 });
  return made;
}

/** Google's "Download responses (.csv)": Timestamp, then each question; a grid's rows as `Title [Row]`. */
export function googleExport(q: Questionnaire, script: string, people: readonly Person[]): string {
  const columns: Column[] = runAppsScript(script).items.flatMap((it): Column[] => {
    if (it.type === 'page') return [];
    if (it.type === 'grid') return it.rows!.map((row) => ({ headers: [`${it.title} [${row}]`], meaning: meaningOf(q, it.title, row) }));
    return [{ headers: [it.title], meaning: meaningOf(q, it.title) }];
  });
  return csv([['Timestamp', ...columns.map((c) => c.headers[0]!)], ...people.map((p, i) => [`2025/03/0${i + 1} 9:16:34 AM GMT`, ...columns.map((c) => cell(q, p, c))])]);
}

// ---- Qualtrics: the Advanced Format TXT read as Qualtrics reads it, the CSV export's three header rows.

interface QualtricsQuestion {
  type: string;
  id: string;
  text: string;
  choices: string[];
  answers: string[];
  block: string;
}

export function parseQualtrics(txt: string): QualtricsQuestion[] {
  const lines = txt.split('\n');
  if (lines[0] !== '[[AdvancedFormat]]') throw new Error('an Advanced Format file starts with [[AdvancedFormat]]');
  const questions: QualtricsQuestion[] = [];
  let block = '';
  let current: QualtricsQuestion | undefined;
  let part: 'text' | 'choices' | 'answers' = 'text';
  for (const line of lines.slice(1)) {
    const tag = /^\[\[([A-Za-z]+)(?::(.*))?\]\]$/.exec(line);
    if (tag) {
      const [, name, value] = tag;
      if (name === 'Block') block = value!;
      else if (name === 'Question') {
        current = { type: value!, id: '', text: '', choices: [], answers: [], block };
        questions.push(current);
      } else if (name === 'ID') current!.id = value!;
      else if (name === 'Choices') part = 'choices';
      else if (name === 'Answers') part = 'answers';
      else if (name !== 'PageBreak') throw new Error(`unknown tag [[${name}]]`);
      if (name === 'Question') part = 'text';
      continue;
    }
    if (line.includes('[[')) throw new Error(`a text opens a tag: ${line}`);
    if (line === '' || !current) continue;
    if (part === 'text') current.text = current.text ? `${current.text} ${shown(line)}` : shown(line);
    else current[part].push(shown(line));
  }
  return questions;
}

/** Qualtrics' CSV export, with "Use choice text" or "Use numeric values" (each answer's recode: its position in the list). */
export function qualtricsExport(q: Questionnaire, txt: string, people: readonly Person[], values: 'text' | 'numeric' = 'text'): string {
  const fixed = ['StartDate', 'EndDate', 'Status', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'DistributionChannel', 'UserLanguage'];
  const fixedLabels = ['Start Date', 'End Date', 'Response Type', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Distribution Channel', 'User Language'];
  const columns: (Column & { question: QualtricsQuestion })[] = parseQualtrics(txt).flatMap((question, n) => {
    const qid = `QID${n + 1}`;
    if (question.type === 'Matrix') {
      return question.choices.map((choice, j) => ({
        headers: [`${question.id}_${j + 1}`, `${question.text} - ${choice}`, JSON.stringify({ ImportId: `${qid}_${j + 1}` })],
        meaning: meaningOf(q, question.text, choice),
        question,
      }));
    }
    const importId = question.type.startsWith('TE') ? `${qid}_TEXT` : qid;
    return [{ headers: [question.id, question.text, JSON.stringify({ ImportId: importId })], meaning: meaningOf(q, question.text), question }];
  });
  const recode = (list: string[], label: string) => String(list.indexOf(label) + 1);
  const coding = (c: (typeof columns)[number]): Coding => (values === 'numeric' ? { point: (m, v) => recode(c.question.answers, labelOf(q, m, v)), choice: (_m, choice) => recode(c.question.choices, choice) } : {});
  const row = (p: Person, i: number) => [
    `2025-03-0${i + 1} 10:00:00`,
    `2025-03-0${i + 1} 10:20:00`,
    '0',
    '100',
    '1200',
    '1',
    `2025-03-0${i + 1} 10:20:01`,
    `R_${i + 1}abc`,
    'anonymous',
    'EN',
    ...columns.map((c) => cell(q, p, c, coding(c))),
  ];
  return csv([
    [...fixed, ...columns.map((c) => c.headers[0]!)],
    [...fixedLabels, ...columns.map((c) => c.headers[1]!)],
    [...fixed.map((f) => JSON.stringify({ ImportId: f.toLowerCase() })), ...columns.map((c) => c.headers[2]!)],
    ...people.map(row),
  ]);
}

// ---- LimeSurvey: the TSV structure, and the CSV export with question codes and answer codes or full texts.

export interface LimeRow {
  class: string;
  'type/scale': string;
  name: string;
  text: string;
  language: string;
  mandatory: string;
  relevance: string;
}

export function parseLimeSurvey(tsv: string): { header: string[]; rows: LimeRow[] } {
  const [head, ...lines] = tsv.replace(/\n$/, '').split('\n');
  const header = head!.split('\t');
  const rows = lines.map((line) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`a row of ${cells.length} cells under ${header.length} columns: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, h === 'text' ? shown(cells[i]!) : cells[i]!])) as unknown as LimeRow;
  });
  return { header, rows };
}

interface LimeQuestion {
  type: string;
  code: string;
  text: string;
  sub: { code: string; text: string }[];
  answers: { code: string; text: string }[];
}

function limeQuestions(tsv: string): LimeQuestion[] {
  const questions: LimeQuestion[] = [];
  for (const row of parseLimeSurvey(tsv).rows) {
    if (row.class === 'Q') questions.push({ type: row['type/scale'], code: row.name, text: row.text, sub: [], answers: [] });
    else if (row.class === 'SQ') questions.at(-1)!.sub.push({ code: row.name, text: row.text });
    else if (row.class === 'A') questions.at(-1)!.answers.push({ code: row.name, text: row.text });
  }
  return questions;
}

export function limeSurveyExport(q: Questionnaire, tsv: string, people: readonly Person[], headings: 'codes' | 'full'): string {
  const questions = limeQuestions(tsv);
  const answerCode = (question: LimeQuestion, label: string) => question.answers.find((a) => a.text === label)!.code;
  const columns: (Column & { question: LimeQuestion })[] = questions.flatMap((question) =>
    question.type === 'F'
      ? question.sub.map((s) => ({ headers: [headings === 'codes' ? `${question.code}[${s.code}]` : `${question.text} [${s.text}]`], meaning: meaningOf(q, question.text, s.text), question }))
      : [{ headers: [headings === 'codes' ? question.code : question.text], meaning: meaningOf(q, question.text), question }],
  );
  const fixed = headings === 'codes' ? ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed'] : ['Response ID', 'Date submitted', 'Last page', 'Start language', 'Seed'];
  return csv([
    [...fixed, ...columns.map((c) => c.headers[0]!)],
    ...people.map((p, i) => [
      String(i + 1),
      `2025-03-0${i + 1} 10:20:00`,
      '5',
      'en',
      '12345',
      ...columns.map((c) => (headings === 'codes' ? cell(q, p, c, { point: (m, v) => answerCode(c.question, labelOf(q, m, v)), choice: (_m, choice) => answerCode(c.question, choice) }) : cell(q, p, c))),
    ]),
  ]);
}

// ---- REDCap: the data dictionary read back, the labels and the raw CSV exports.

export function parseRedcap(dictionary: string): Record<string, string>[] {
  const [header, ...rows] = csvRows(dictionary);
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, shown(cells[i] ?? '')])));
}

export function redcapExport(q: Questionnaire, dictionary: string, people: readonly Person[], kind: 'labels' | 'raw'): string {
  const fields = parseRedcap(dictionary).filter((f) => f['Variable / Field Name'] !== 'record_id');
  const form = parseRedcap(dictionary)[0]!['Form Name']!;
  const choicesOf = (f: Record<string, string>) => f['Choices, Calculations, OR Slider Labels']!.split(' | ').map((c) => ({ code: c.slice(0, c.indexOf(',')), label: c.slice(c.indexOf(',') + 2) }));
  const columns = fields.map((f) => ({ field: f, headers: [kind === 'labels' ? f['Field Label']! : f['Variable / Field Name']!], meaning: meaningOf(q, f['Field Label']!) }));
  const code = (f: Record<string, string>, label: string) => choicesOf(f).find((c) => c.label === label)!.code;
  // The labels export writes each choice as the dictionary labels it.
  const label = (f: Record<string, string>, value: number | string) => choicesOf(f).find((c) => (typeof value === 'number' ? c.code === String(value) : c.label === value))!.label;
  return csv([
    kind === 'labels'
      ? ['Record ID', 'Survey Identifier', 'Survey Timestamp', ...columns.map((c) => c.headers[0]!), 'Complete?']
      : ['record_id', 'redcap_survey_identifier', `${form}_timestamp`, ...columns.map((c) => c.headers[0]!), `${form}_complete`],
    ...people.map((p, i) => [
      String(i + 1),
      '',
      `2025-03-0${i + 1} 10:20`,
      ...columns.map((c) =>
        kind === 'labels'
          ? cell(q, p, c, { point: (_m, v) => label(c.field, v), choice: (_m, choice) => label(c.field, choice) })
          : cell(q, p, c, { point: (m, v) => code(c.field, labelOf(q, m, v)), choice: (_m, choice) => code(c.field, choice) }),
      ),
      kind === 'labels' ? 'Complete' : '2',
    ]),
  ]);
}

// ---- Microsoft Forms: the build sheet followed as written, and "Open results in Excel" saved as CSV.

export function msFormsQuestions(markdown: string): { title: string; type: string; statements: string[]; options: string[] }[] {
  const blocks = markdown.split(/^### (?:Question|Cwestiwn) \d+: /m).slice(1);
  return blocks.map((block) => {
    const title = block.slice(0, block.indexOf('\n')).replace(/\\(.)/g, '$1');
    const type = /^- (?:Type|Math): \*\*(.+)\*\*$/m.exec(block)![1]!;
    const list = (label: RegExp) => {
      const m = new RegExp(`${label.source}[^\\n]*:\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``).exec(block);
      return m ? m[1]!.split('\n') : [];
    };
    return { title, type, statements: list(/Statements/), options: list(/Options/) };
  });
}

export function msFormsExport(q: Questionnaire, markdown: string, people: readonly Person[]): string {
  const columns: Column[] = msFormsQuestions(markdown).flatMap((question): Column[] =>
    question.type === 'Likert' ? question.statements.map((s) => ({ headers: [s], meaning: meaningOf(q, s) })) : [{ headers: [question.title], meaning: meaningOf(q, question.title) }],
  );
  return csv([
    ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...columns.map((c) => c.headers[0]!)],
    ...people.map((p, i) => [String(i + 1), `3/${i + 1}/25 9:00:00`, `3/${i + 1}/25 9:16:34`, 'anonymous', '', ...columns.map((c) => cell(q, p, c))]),
  ]);
}

// ---- The CSV template, typed in from paper: points as numbers.

export function templateExport(q: Questionnaire, template: string, people: readonly Person[]): string {
  const [header] = csvRows(template);
  const columns: Column[] = header!.map((h) => {
    const grid = /^(.*) \[(.*)\]$/.exec(h);
    const item = q.items.find((i) => i.id === h);
    const meaning: Meaning = grid ? meaningOf(q, grid[1]!, grid[2]!) : item ? { kind: item.kind === 'text' ? 'text' : 'item', id: item.id } : meaningOf(q, h);
    return { headers: [h], meaning };
  });
  return csv([header!, ...people.map((p) => columns.map((c) => cell(q, p, c, { point: (_m, v) => String(v) })))]);
}
