import { join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import type { GlobalOptions } from '../cli/options.js';
import type { formCommand } from '../cli/commands/form.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { ProblemError } from '../core/failure.js';
import { formCollisions, formPlan } from '../core/form/plan.js';
import { parseSubjectList } from '../core/form/subject-list.js';
import type { FormFile } from '../core/form/types.js';
import { safeText } from '../core/safe-text.js';
import { fsReason } from '../io/fs-reason.js';
import { makeFolder } from '../io/make-folder.js';
import { questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { readFileOrStdin } from '../io/read.js';
import { formGenerator } from '../render/form/generators.js';
import { styler } from '../terminal/colour.js';
import { lineWriter, stdinWhenRead, type CommandIO } from '../terminal/io.js';
import { renderProblem } from '../terminal/problems.js';
import { browserFor, startPrinter } from './pdf-output.js';
import { refuseExisting, write } from './out-dir-files.js';
import type { MessageKey } from '../core/i18n/en.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead form` declares them (cli/commands/form.ts), with the questionnaire (an id or a file). */
export type FormOptions = GlobalOptions & OptionsOf<typeof formCommand> & { questionnaire: string };

const WHAT: Record<FormFile['role'], MessageKey> = {
  import: 'evaluate.form.what.import',
  'build-sheet': 'evaluate.form.what.buildSheet',
  map: 'evaluate.form.what.map',
  template: 'evaluate.form.what.template',
};

/** `syslead form Q --for PLATFORM`: the survey's definition (or build sheet) in --out-dir, and the steps on stdout. */
export async function run(opts: FormOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(opts.lang, io);
  const style = styler(io.stderr, opts.color, io.env);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  // The browser first: a machine without one fails before anything is written.
  const browser = opts.pdf ? browserFor(io) : undefined;
  const { questionnaire, warnings } = await resolveQuestionnaire(opts.questionnaire, sources, stdinWhenRead(io));
  await chooseLanguages(opts.lang, io, questionnaire.language, { note: false });
  for (const warning of warnings) io.stderr.write(`${renderProblem(warning, style)}\n`);
  if (opts.subjectList !== undefined && questionnaire.form !== 'observer') {
    throw new ExitError(say('evaluate.form.subjectListSelf', { id: safeText(questionnaire.id) }), { exitCode: EXIT.usage });
  }
  const subjects = opts.subjectList === undefined ? [] : await subjectList(opts.subjectList, io);
  const collisions = formCollisions(questionnaire);
  if (collisions.length > 0) throw new ExitError(say('evaluate.form.collisions', { id: safeText(questionnaire.id), collisions: collisions.map((c) => safeText(c)).join('; ') }));

  const output = (await formGenerator(opts.for))(formPlan({ questionnaire, subjects }));
  const files = browser ? await withPdfs(output.files, browser, opts.paper) : output.files;
  const targets = files.map((f) => join(opts.outDir, f.name));
  if (!opts.force) await refuseExisting(targets);
  try {
    await makeFolder(opts.outDir);
  } catch (error) {
    throw new ExitError(say('evaluate.form.folder', { folder: safeText(opts.outDir), reason: fsReason(error) }));
  }
  for (const [i, file] of files.entries()) await write(targets[i]!, file.content);

  // A translation's statements head the export's columns in its language: report and feedback read them against it.
  const steps =
    questionnaire.sourceLanguage === undefined ? output.steps : [...output.steps, say('evaluate.form.translation', { questionnaire: opts.questionnaire, language: questionnaire.language, id: questionnaire.id })];
  const lines = [
    say(questionnaire.form === 'observer' ? 'evaluate.form.heading.observer' : 'evaluate.form.heading.self', { title: safeText(questionnaire.title), id: safeText(questionnaire.id), platform: opts.for }),
    ...files.map((f, i) => `  ${safeText(targets[i]!)}  ${say(WHAT[f.role])}`),
    '',
    say('evaluate.form.next'),
    ...steps.map((step, i) => `  ${i + 1}. ${safeText(step)}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

async function subjectList(file: string, io: CommandIO): Promise<string[]> {
  const { subjects, problems } = parseSubjectList(await readFileOrStdin(file, stdinWhenRead(io)), file === '-' ? '<stdin>' : file);
  if (problems.length > 0) throw new ProblemError(problems);
  return subjects;
}

/** A file to write: a generator's text, or a PDF printed from one. */
type OutputFile = Omit<FormFile, 'content'> & { content: string | Uint8Array };

/** Each HTML file, and beside it its PDF, printed by one browser. */
async function withPdfs(files: readonly FormFile[], browser: string, paper: 'a4' | 'letter'): Promise<OutputFile[]> {
  const printer = await startPrinter(browser, paper);
  try {
    const all: OutputFile[] = [];
    for (const file of files) {
      all.push(file);
      if (file.mediaType === 'text/html') all.push({ ...file, name: file.name.replace(/\.html$/, '.pdf'), content: await printer.print(file.content), mediaType: 'application/pdf' });
    }
    return all;
  } finally {
    await printer.close();
  }
}
