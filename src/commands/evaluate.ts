import { EXIT, ExitError } from '../errors.js';
import { evaluate, evaluateBilingual, keyRule, type Evaluation, type WaveMatching } from '../core/evaluate/build.js';
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
import { say, speakingNow } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';
import { formsInEach } from './person-reports.js';

/** As `syslead evaluate` declares them (cli/commands/evaluate.ts), with its two waves. */
export type EvaluateOptions = GlobalOptions & OptionsOf<typeof evaluateCommand> & { before: string; after: string };

/**
 * `syslead evaluate BEFORE AFTER --match-by COLUMN`: each wave read as report reads its inputs
 * (every row kept, grouped by the match column), people matched by that column, and the paired
 * change of the matched per theme and facet. What became of every row is said on stderr; a row
 * skipped, a respondent without a key or sharing one gives exit 1 (--strict: no evaluation).
 */
export async function run(opts: EvaluateOptions, io: CommandIO): Promise<void> {
  let languages = await chooseLanguages(opts.lang, io);
  if (opts.before === '-' && opts.after === '-') throw new ExitError(say('evaluate.stdinOnce'), { exitCode: EXIT.usage });
  await refuseToReplace(opts.out, opts.force);
  const browser = pdfBrowser(opts.format, opts.out, io);
  const { printProblem, endProblems, given, inputOptions, sources, sayWarnings } = await cohortSetup(opts, io);
  if (given) languages = await chooseLanguages(opts.lang, io, given.questionnaire.language, { note: false });

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
  const before = await readWave(say('evaluate.wave.before'), opts.before);
  const after = await readWave(say('evaluate.wave.after'), opts.after);
  endProblems();

  const errors = before.errors + after.errors;
  const skipped = before.respondents.skipped + after.respondents.skipped;
  if (opts.strict && (errors > 0 || skipped > 0)) {
    throw new ExitError(errors > 0 ? say('evaluate.strictErrors', { count: errors }) : say('evaluate.strictSkipped', { count: skipped }));
  }
  const [formBefore, formAfter] = chooseForms(before.forms, after.forms, given?.questionnaire.id);
  if (!given) languages = await chooseLanguages(opts.lang, io, formBefore.questionnaire.language, { note: false });
  let otherForms = 0;
  for (const [label, read, chosen] of [
    [say('evaluate.wave.before'), before, formBefore],
    [say('evaluate.wave.after'), after, formAfter],
  ] as const) {
    for (const form of read.forms) {
      if (form === chosen) continue;
      otherForms += form.size;
      io.stderr.write(`${say('evaluate.otherForm', { label, count: form.size, id: safeText(form.questionnaire.id), chosen: safeText(chosen.questionnaire.id) })}\n`);
    }
  }
  const options = {
    matchBy: opts.matchBy,
    minGroup: opts.minGroup,
    perRespondent: opts.perRespondent === true,
    beforeSources: [opts.before],
    afterSources: [opts.after],
    // JSON stays English, whatever the language: it is read by programs.
    language: opts.format === 'json' ? 'en' : languages[0]!,
  };
  // --lang cy,en: a report in both languages; JSON and CSV stay in one.
  const [first, second] = languages;
  const model =
    first !== undefined && second !== undefined && opts.format !== 'json' && opts.format !== 'csv'
      ? evaluateBilingual(formBefore, formAfter, options, await formsInEach(formBefore.questionnaire, [first, second], sources, sayWarnings), [first, second])
      : evaluate(formBefore, formAfter, options);
  io.stderr.write(matchingLines(model));
  const defects = model.matching.before.withoutKey + model.matching.after.withoutKey + model.matching.before.duplicated + model.matching.after.duplicated;
  if (opts.strict && (defects > 0 || otherForms > 0)) throw new ExitError(say('evaluate.strictUnmatched', { count: defects + otherForms }));
  if (model.withheld !== null) io.stderr.write(`syslead: ${safeText(model.withheld)}\n`);

  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('evaluation', model, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
  if (errors > 0 || skipped > 0 || defects > 0 || otherForms > 0) {
    io.stderr.write(`${say('evaluate.leavesOut')}\n`);
    throw new ExitError('', { reported: true });
  }
}

/** The form evaluated in each wave: the one given, else the first self form read; both of one questionnaire. */
function chooseForms(before: FormRespondents[], after: FormRespondents[], id: string | undefined): [FormRespondents, FormRespondents] {
  const pick = (forms: FormRespondents[], label: string, wanted?: string) => {
    const found = wanted !== undefined ? forms.find((f) => f.questionnaire.id === wanted) : ([...forms].sort((a, b) => Number(b.questionnaire.form === 'self') - Number(a.questionnaire.form === 'self'))[0] ?? undefined);
    if (!found) throw new ExitError(wanted !== undefined ? say('evaluate.noRespondentOf', { label, id: safeText(wanted) }) : say('evaluate.noRespondents', { label }));
    return found;
  };
  const b = pick(before, say('evaluate.wave.before'), id);
  return [b, pick(after, say('evaluate.wave.after'), b.questionnaire.id)];
}

function matchingLines(model: Evaluation): string {
  const m = model.matching;
  const before = say('evaluate.wave.before');
  const after = say('evaluate.wave.after');
  const wave = (label: string, other: string, w: WaveMatching) =>
    `${say('evaluate.matchingWave', {
      label,
      other,
      respondents: say('evaluate.count.respondents', { count: w.respondents }),
      matched: whole(w.matched),
      unmatched: whole(w.unmatched),
      duplicatedInOther: whole(w.duplicatedInOther),
      withoutKey: whole(w.withoutKey),
      column: safeText(m.column),
      duplicated: whole(w.duplicated),
      duplicateKeys: say('evaluate.count.values', { count: w.duplicateKeys }),
    })}\n`;
  // The rule is said here as syslead speaks, whatever the language of the evaluation's own words.
  return `${say('evaluate.matching', { matched: whole(m.matched), column: safeText(m.column), rule: keyRule(speakingNow()) })}\n${wave(before, after, m.before)}${wave(after, before, m.after)}`;
}
