import { EXIT, ExitError } from '../errors.js';
import { evaluate, type Evaluation, type WaveMatching } from '../core/evaluate/build.js';
import type { FormRespondents } from '../core/report/respondents.js';
import { safeText } from '../core/safe-text.js';
import { wellKnownColumn } from '../core/csv/well-known.js';
import { readCohortInputs, type CohortInputs } from '../io/cohort-inputs.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { outputTarget } from '../terminal/output-target.js';
import { renderOutput, pdfBrowser } from './pdf-output.js';
import type { GlobalOptions } from '../cli/options.js';
import type { evaluateCommand } from '../cli/commands/evaluate.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import type { CommandIO } from '../terminal/io.js';
import { readingReporter, totalLine } from './accounting.js';
import { cohortSetup } from './cohort-setup.js';
import { whole } from '../core/whole.js';

/** As `syslead evaluate` declares them (cli/commands/evaluate.ts), with its two waves. */
export type EvaluateOptions = GlobalOptions & OptionsOf<typeof evaluateCommand> & { before: string; after: string };

/**
 * `syslead evaluate BEFORE AFTER --match-by COLUMN`: each wave read as report reads its inputs
 * (every row kept, grouped by the match column), people matched by that column, and the paired
 * change of the matched per theme and facet. What became of every row is said on stderr; a row
 * skipped, a respondent without a key or sharing one gives exit 1 (--strict: no evaluation).
 */
export async function run(opts: EvaluateOptions, io: CommandIO): Promise<void> {
  if (opts.before === '-' && opts.after === '-') throw new ExitError('"-" (stdin) can be given only once', { exitCode: EXIT.usage });
  await refuseToReplace(opts.out, opts.force);
  const browser = pdfBrowser(opts.format, opts.out, io);
  const { printProblem, endProblems, given, inputOptions } = await cohortSetup(opts, io);

  // A column read as the respondent's name or the subject ("Name", "What is your name?") is found there, not among the attributes.
  const known = wellKnownColumn(opts.matchBy);
  const matchField = known === 'respondent' || known === 'subject' ? known : opts.matchBy;
  const readWave = async (label: string, input: string): Promise<CohortInputs> => {
    const { progress, callbacks } = readingReporter(io, printProblem);
    try {
      const read = await readCohortInputs([input], {
        ...inputOptions,
        collect: { groupBy: matchField, keepNames: opts.perRespondent === true, keepRows: true },
        ...callbacks,
      });
      io.stderr.write(`syslead: ${label} (${safeText(input)}): ${totalLine(read.respondents).replace(/^syslead: /, '')}`);
      return read;
    } finally {
      progress.done();
    }
  };
  const before = await readWave('BEFORE', opts.before);
  const after = await readWave('AFTER', opts.after);
  endProblems();

  const errors = before.errors + after.errors;
  const skipped = before.respondents.skipped + after.respondents.skipped;
  if (opts.strict && (errors > 0 || skipped > 0)) {
    throw new ExitError(errors > 0 ? `${whole(errors)} error(s) in the input: no evaluation with --strict` : `${whole(skipped)} respondent(s) left out (see above): no evaluation with --strict`);
  }
  const [formBefore, formAfter] = chooseForms(before.forms, after.forms, given?.questionnaire.id);
  let otherForms = 0;
  for (const [label, read, chosen] of [
    ['BEFORE', before, formBefore],
    ['AFTER', after, formAfter],
  ] as const) {
    for (const form of read.forms) {
      if (form === chosen) continue;
      otherForms += form.size;
      io.stderr.write(`syslead: ${label}: ${whole(form.size)} respondent(s) of "${safeText(form.questionnaire.id)}" left out: evaluating "${safeText(chosen.questionnaire.id)}"\n`);
    }
  }
  const model = evaluate(formBefore, formAfter, {
    matchBy: opts.matchBy,
    minGroup: opts.minGroup,
    perRespondent: opts.perRespondent === true,
    beforeSources: [opts.before],
    afterSources: [opts.after],
  });
  io.stderr.write(matchingLines(model));
  const defects = model.matching.before.withoutKey + model.matching.after.withoutKey + model.matching.before.duplicated + model.matching.after.duplicated;
  if (opts.strict && (defects > 0 || otherForms > 0)) throw new ExitError(`${whole(defects + otherForms)} respondent(s) could not be matched for a reason other than absence (see above): no evaluation with --strict`);
  if (model.withheld !== null) io.stderr.write(`syslead: ${safeText(model.withheld)}\n`);

  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('evaluation', model, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
  if (errors > 0 || skipped > 0 || defects > 0 || otherForms > 0) {
    io.stderr.write(`syslead: the evaluation leaves out the respondent(s) said above (exit 1; --strict writes none then)\n`);
    throw new ExitError('', { reported: true });
  }
}

/** The form evaluated in each wave: the one given, else the first self form read; both of one questionnaire. */
function chooseForms(before: FormRespondents[], after: FormRespondents[], id: string | undefined): [FormRespondents, FormRespondents] {
  const pick = (forms: FormRespondents[], label: string, wanted?: string) => {
    const found = wanted !== undefined ? forms.find((f) => f.questionnaire.id === wanted) : ([...forms].sort((a, b) => Number(b.questionnaire.form === 'self') - Number(a.questionnaire.form === 'self'))[0] ?? undefined);
    if (!found) throw new ExitError(wanted !== undefined ? `${label} has no respondent of "${safeText(wanted)}"` : `${label} has no respondents to evaluate: every input was empty or skipped`);
    return found;
  };
  const b = pick(before, 'BEFORE', id);
  return [b, pick(after, 'AFTER', b.questionnaire.id)];
}

function matchingLines(model: Evaluation): string {
  const m = model.matching;
  const wave = (label: string, w: WaveMatching) =>
    `syslead: ${label}: ${whole(w.respondents)} respondent(s): ${whole(w.matched)} matched, ${whole(w.unmatched)} not in ${label === 'BEFORE' ? 'AFTER' : 'BEFORE'}, ${whole(w.duplicatedInOther)} whose value ${label === 'BEFORE' ? 'AFTER' : 'BEFORE'} holds more than once, ${whole(w.withoutKey)} without a value in "${safeText(m.column)}", ${whole(w.duplicated)} sharing a value with another of this wave (${whole(w.duplicateKeys)} value(s): none of them matched)\n`;
  return `syslead: matched ${whole(m.matched)} people by "${safeText(m.column)}" (${m.rule})\n${wave('BEFORE', m.before)}${wave('AFTER', m.after)}`;
}
