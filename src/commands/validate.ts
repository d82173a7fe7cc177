import { ExitError } from '../errors.js';
import { isExpectedFailure, ProblemError, unreadableFileProblem } from '../core/failure.js';
import { safeJson, safeText } from '../core/safe-text.js';
import { loadValidated } from '../core/questionnaire/validated.js';
import { firstProblems, hasErrors, messageOf, type Problem } from '../core/problem.js';
import { questionnaireSources, translated, validateQuestionnaireFile } from '../io/questionnaires.js';
import { Readable } from 'node:stream';
import { displayName, readText } from '../io/read.js';
import { validationCache } from '../io/validation-cache.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import type { GlobalOptions } from '../cli/options.js';
import type { validateCommand } from '../cli/commands/validate.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead validate` declares them (cli/commands/validate.ts), with its questionnaire files ("-" is stdin). */
export type ValidateOptions = GlobalOptions & OptionsOf<typeof validateCommand> & { files: string[] };

/** `syslead validate FILE...`: every problem of each questionnaire file, with its line and column. */
export async function run(opts: ValidateOptions, io: CommandIO): Promise<void> {
  const { files } = opts;
  await chooseLanguages(opts.lang, io);
  const style = styler(io.stderr, opts.color, io.env);
  // A file validated before, unchanged since, is read from the cache: the same problems, without the parser.
  const cache = validationCache(io.env);
  // A translation is checked against its source, found beside it or as any command finds it.
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const all: Problem[] = [];
  let invalid = 0;
  for (const file of files) {
    const name = displayName(file);
    let problems: Problem[];
    let summary = '';
    try {
      // stdin is read once, and kept for the pair check, which needs the text again.
      const stdinText = file === '-' ? await readText('-', io.stdin) : undefined;
      // A file's validation never reads stdin: it is not asked for (a process makes it as it is
      // first asked for, about 3 ms).
      const validated = await validateQuestionnaireFile(file, cache, stdinText === undefined ? undefined : Readable.from([Buffer.from(stdinText)]));
      const result = validated.isTranslation ? await translated(file, validated, sources) : loadValidated(validated);
      problems = result.problems;
      const pairsWith = validated.isTranslation ? undefined : validated.doc?.pairs_with;
      if (validated.doc && pairsWith !== undefined) {
        const { pairedFormProblems } = await import('./validate-pair.js');
        const text = stdinText ?? (await readText(file));
        problems = firstProblems([...problems, ...(await pairedFormProblems(file, name, text, { ...validated.doc, pairs_with: pairsWith }, opts.questionnaires, io))]);
      }
      const q = hasErrors(problems) ? undefined : result.questionnaire;
      if (q) {
        // As before: the counts written as they are, without separators.
        const counts = say('authoring.validate.counts', { themes: String(q.themes.length), items: String(q.items.filter((i) => i.kind === 'likert').length) });
        summary = validated.isTranslation ? say('authoring.validate.translationOf', { language: q.language, id: q.id, counts }) : counts;
      }
    } catch (error) {
      if (!isExpectedFailure(error)) throw error;
      // As a problem rather than the end of the command, so that --json callers see it too.
      problems = error instanceof ProblemError && error.problems.length > 0 ? [...error.problems] : [unreadableFileProblem(name, error)];
    }
    // One push per problem: push(...problems) passes each as an argument and overflows the stack.
    for (const p of problems) all.push(p);
    const failed = hasErrors(problems);
    if (failed) invalid++;
    if (!opts.json) {
      for (const p of problems) io.stderr.write(`${renderProblem(p, style)}\n`);
      if (!failed) {
        const warnings = problems.length ? say('authoring.validate.warnings', { count: problems.length }) : '';
        io.stderr.write(`${style.green('✓')} ${say('authoring.validate.valid', { name: safeText(name), summary, warnings })}\n`);
      }
    }
  }
  // Each message as said now, without the data it is said from.
  if (opts.json)
    io.stdout.write(
      safeJson(
        all.map((p) => {
          const { said: _said, ...found } = p;
          return { ...found, message: messageOf(p) };
        }),
      ),
    );
  else if (files.length > 1) io.stderr.write(`${say('authoring.validate.checked', { count: files.length, valid: files.length - invalid, invalid })}\n`);
  if (invalid) throw new ExitError('', { reported: true });
}
