import { dirname } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { EXIT, ExitError } from '../errors.js';
import { Failure, failureLines, isExpectedFailure } from '../core/failure.js';
import { styler } from '../terminal/colour.js';
import { endAfterHangup, watchInterruptions, type Interruptions } from '../terminal/interrupt.js';
import type { GlobalOptions } from '../cli/options.js';
import type { runCommand } from '../cli/commands/run.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { DEFAULT_QUESTIONNAIRE, questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { removeStaleTempFiles } from '../io/atomic.js';
import { dataDir } from '../io/data-dir.js';
import { refuseToReplace } from '../io/output.js';
import { RunStore } from '../io/run-store.js';
import { RunLock } from '../io/run-lock.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { defaultRole } from '../core/answers/model.js';
import { raterFromOptions, type Rater } from '../core/run/rater.js';
import { safeText } from '../core/safe-text.js';
import { questionCounts, questionCountsText, runSteps, type Step } from '../core/run/steps.js';
import type { Messages } from '../core/i18n/messages.js';
import { messagesIn, say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';
import { isSettled, newRunState, type RunState, type StepAction } from '../core/run/state.js';
import { runQuestions, type Question } from '../core/run/runner.js';
import { likertPrompt, NOT_OBSERVED_KEY, type LikertAction, type LikertConfig } from '../prompt/likert.js';
import { textPrompt, type TextAction, type TextConfig } from '../prompt/text.js';
import { LineReader, plainChoice, plainConfirm, plainIntro, plainLikert, plainRelation, plainSubject, plainText, type PlainTerminal } from '../prompt/plain.js';
import type { RaterRole } from '../core/answers/roles.js';
import { introPrompt } from '../prompt/intro.js';
import { wrapScreen } from '../render/wrap.js';
import { askRelation, askSubject } from '../prompt/rater.js';
import { choicePrompt } from '../prompt/choice.js';
import { inquirerTheme } from '../prompt/theme.js';
import { discardTypedAhead, withKeysTypedAhead } from '../prompt/typeahead.js';
import { openKeyboard } from '../prompt/keyboard.js';
import type { PromptContext } from '../prompt/context.js';
import type { QuestionView } from '../prompt/question-view.js';
import { personFormatFor } from './person-format.js';
import { browserFor } from './pdf-output.js';
import { questionnaireWarnings } from './questionnaire-warnings.js';
import { lineWriter, sysleadCommand, type CommandIO, type Input, type Output } from '../terminal/io.js';
import { shortDateTime } from '../core/date-time.js';

/**
 * As `syslead run` declares them (cli/commands/run.ts), with the questionnaire (an id or a YAML
 * file; default: systems-leadership). --role and --subject, when not given, are asked on an
 * observer form; a self-assessment is always self.
 */
export type RunOptions = GlobalOptions & OptionsOf<typeof runCommand> & { questionnaire?: string };

/**
 * `syslead run`: the self-assessment in the terminal, one question at a time, saved after every
 * answer; then the person's report, and the result saved for `history` and `compare`.
 */
export async function run(opts: RunOptions, io: CommandIO): Promise<void> {
  const plain = opts.plain ?? io.env.TERM === 'dumb';
  // --lang and the environment until the questionnaire is read; a language syslead has no words for is noted once, then.
  await chooseLanguages(opts.lang, io, undefined, { note: false });
  const { ui, keys } = terminalFor(opts, io, plain);
  const given = opts.questionnaire ?? DEFAULT_QUESTIONNAIRE;
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const { questionnaire, warnings } = await resolveQuestionnaire(given, sources, io.stdin);
  // The run's screens speak the first language asked for that syslead has words for.
  const languages = await chooseLanguages(opts.lang, io, questionnaire.language);
  // Its warnings (a draft translation's, say) in that language, before the first screen.
  questionnaireWarnings(io, plain ? false : opts.color)(warnings);
  const messages = messagesIn(languages[0]!);
  const givenRater = raterFromOptions(questionnaire, opts);
  if ('problem' in givenRater) throw new ExitError(givenRater.problem, { exitCode: EXIT.usage });
  // Checked before the first question, so a mistyped --out or --format costs no answers.
  const fileFormat = opts.out ? personFormatFor(opts.out, opts.format) : undefined;
  if (opts.format === 'pdf' && !opts.out) throw new ExitError(messages.say('results.run.pdfNeedsOut'), { exitCode: EXIT.usage });
  // As is the browser a PDF needs.
  const browser = fileFormat === 'pdf' ? browserFor(io) : undefined;
  await refuseToReplace(opts.out, opts.force);
  // --plain has no colour at all, whatever --color says: no escape sequence is written.
  const style = styler(ui, plain ? false : opts.color, io.env);
  const steps = runSteps(questionnaire);
  const store = new RunStore(dataDir(io.env), questionnaire, steps);
  const runArgs = ['run', given, ...opts.questionnaires.flatMap((dir) => ['--questionnaires', dir])];
  const runAgainCommand = sysleadCommand(io, ...runArgs);
  const resumeCommand = sysleadCommand(io, ...runArgs, '--resume');

  // In --plain, the end of the input (Ctrl-D) stops the run as Ctrl-C does: the terminal is still there to say how to resume.
  const interruptions = watchInterruptions(io.signals, keys, [io.stdout, io.stderr], plain ? 'end' : 'closed');
  const prompts = plain ? plainPrompts(keys, ui, messages, interruptions) : keyPrompts(keys, ui, style, messages, io, interruptions);
  let saved: RunState | undefined;
  let lock: RunLock | undefined;
  // Once saved, a stop at the end screen loses nothing.
  let resultFile: string | undefined;
  try {
    // Taken before the in-progress file is read, so that a second run of the questionnaire touches nothing.
    lock = await RunLock.acquire(store.lock, questionnaire.title, lineWriter(io.stderr), io.now);
    // A run killed while saving leaves a hidden temporary file; with the lock held, none of ours is being written.
    await Promise.all([dirname(store.inProgress), store.results].map(removeStaleTempFiles));
    saved = await store.readInProgress();
    let start: RunState;
    if (saved && (opts.resume || (await prompts.confirm(resumeQuestion(questionnaire, steps, saved, messages))))) {
      start = saved;
      noteRaterKept(saved, givenRater, io.stderr);
    } else {
      if (saved) {
        const aside = await store.setAsideInProgress(io.now());
        saved = undefined;
        ui.write(`${messages.say('run.startingAgain', { file: safeText(aside) })}\n`);
      } else if (opts.resume) {
        ui.write(`${messages.say('run.nothingInProgress', { id: safeText(questionnaire.id), folder: safeText(store.home) })}\n`);
      }
      await prompts.intro(introScreen(questionnaire, store, style, messages, resumeCommand, plain));
      const rater = await raterOfNewRun(questionnaire, givenRater, prompts);
      start = newRunState(questionnaire, isoSeconds(io.now()), rater);
    }
    const final = await runQuestions(steps, start, {
      ask: (question) => ask(question, style, messages, prompts),
      save: async (state) => {
        try {
          await store.saveInProgress(state);
        } catch (error) {
          throw withNote(error, autosaveFailedNote(saved, steps, store.inProgress, saved ? resumeCommand : runAgainCommand, messages));
        }
        saved = state;
      },
    });
    // A Ctrl-C typed with the last answers stops the run here, as anywhere else: the result is not saved yet, --resume saves it.
    prompts.interruptIfHeld();
    interruptions.signal.throwIfAborted();
    const completed = io.now();
    // The result records the languages its report is written in, for history, and for score to write it in them again.
    const done: RunState = { ...final, answers: { ...final.answers, completed: isoSeconds(completed), reportLanguages: [...languages] } };
    const file = await store.saveResult(done, completed).catch((error: unknown) => {
      throw withNote(error, messages.say('results.run.resultNotSaved', { file: safeText(store.inProgress), command: safeText(resumeCommand) }));
    });
    saved = undefined;
    resultFile = file;
    await store.removeInProgress().catch((error: unknown) => {
      if (!(error instanceof Failure)) throw error;
      // not said: the "syslead: note:" marker stays in English, as problems' severities do
      io.stderr.write(`syslead: note: ${messages.say('results.run.inProgressLeft', { file: safeText(file), reason: safeText(error.reason) })}\n`);
    });
    // Scoring and the report renderers are loaded only now, so that the first question shows sooner.
    const { printCompletedRun } = await import('./run-report.js');
    // At a terminal, with the report for it too, the summary is shown last and the full report is a choice away.
    const atTerminal = io.stdout.isTTY === true && opts.out === undefined && opts.format === undefined && prompts.end !== undefined;
    const end = atTerminal ? { ...prompts.end!, ui } : undefined;
    await printCompletedRun(
      { questionnaire, answers: done.answers, savedTo: file, color: opts.color, plain, out: opts.out, fileFormat, format: opts.format, browser, paper: opts.paper, languages, sources, ...(end ? { end } : {}) },
      io,
    );
  } catch (error) {
    if (!isInterruption(error, interruptions)) throw error;
    // With --plain, the end of the input is Ctrl-D at a terminal still there, or the terminal closing, when a hangup
    // follows at once: waited for, so that the run then ends as after any hangup rather than fail writing to it.
    if (interruptions.signal.reason === 'end') await new Promise((resolve) => setTimeout(resolve, HANGUP_WAIT_MS));
    io.stderr.write(`\n${resultFile ? messages.say('run.stoppedSaved', { file: safeText(resultFile) }) : stoppedMessage(saved, steps, store.inProgress, resumeCommand, messages)}\n`);
    // Every answer is on disk by now (the save in flight was awaited before the error reached here).
    // The lock goes now: after a hangup the process ends at once, without reaching finally.
    lock?.release();
    if (interruptions.terminalLost()) endAfterHangup(io.signals);
    throw new ExitError('', { exitCode: EXIT.interrupted, reported: true });
  } finally {
    prompts.close();
    lock?.release();
    interruptions.dispose();
  }
}

/** How long a --plain run stopped by the end of its input waits to learn whether the terminal went with it. */
const HANGUP_WAIT_MS = 200;

/**
 * The terminal the questions are shown on. A run never prompts without a person at a terminal:
 * it stops at once, pointing to `syslead score`, rather than wait on a pipe.
 */
function terminalFor(opts: RunOptions, io: CommandIO, plain: boolean): { ui: Output; keys: Input } {
  const refuse = (why: string) =>
    new ExitError(say('results.run.needsTerminal', { why, run: sysleadCommand(io, 'run'), score: sysleadCommand(io, 'score', 'ANSWERS.yaml'), help: sysleadCommand(io, 'score', '--help') }), {
      exitCode: EXIT.usage,
    });
  if (!opts.input) throw refuse(say('results.run.noInput'));
  const { stdin } = io;
  // --plain reads lines, as the terminal edits them: it needs no raw mode.
  if (!stdin.isTTY || (!plain && !stdin.setRawMode)) throw refuse(say('results.run.stdinNotTerminal'));
  const keys = stdin;
  // The questions go to stderr, so that stdout carries only the report and can be redirected.
  if (io.stderr.isTTY) return { ui: io.stderr, keys };
  if (io.stdout.isTTY) return { ui: io.stdout, keys };
  throw refuse(say('results.run.noTerminal'));
}

/** Whether to carry on with the run in progress; no means starting again, the earlier answers set aside. */
function resumeQuestion(q: Questionnaire, steps: readonly Step[], saved: RunState, { say }: Messages): string {
  const settled = steps.filter((step) => isSettled(saved, step)).length;
  const about = [
    ...(saved.answers.subject !== undefined ? [say('run.resume.feedbackOn', { subject: safeText(saved.answers.subject) })] : []),
    ...(saved.answers.started ? [say('run.resume.started', { when: shortDateTime(new Date(saved.answers.started)) })] : []),
  ];
  return say('run.resume', { title: safeText(q.title), about: about.length > 0 ? ` (${about.join(', ')})` : '', settled, total: steps.length });
}

/** The run's prompts, one set per way of answering: keys on a redrawn screen, or lines with --plain. */
interface RunPrompts {
  confirm(message: string): Promise<boolean>;
  intro(screen: string): Promise<void>;
  subject(): Promise<string>;
  relation(subject: string): Promise<RaterRole>;
  likert(config: LikertConfig): Promise<LikertAction>;
  text(config: TextConfig): Promise<TextAction>;
  /** A Ctrl-C typed ahead with the last answers stops the run now, those answers saved. */
  interruptIfHeld(): void;
  /** Gives the terminal back as it was. */
  close(): void;
  /** The end of the run's choices (run-report.ts). */
  end?: {
    choose(message: string, labels: readonly string[]): Promise<number>;
    handOver<T>(use: () => Promise<T>): Promise<T>;
    /** --plain: the full report is printed rather than paged, every text plain. */
    plain?: boolean;
  };
}

/** Keys read in raw mode by one keyboard (prompt/keyboard.ts), each question a screen redrawn as keys are pressed. */
function keyPrompts(keys: Input, ui: Output, style: ChalkInstance, messages: Messages, io: CommandIO, interruptions: Interruptions): RunPrompts {
  const keyboard = openKeyboard(keys as Input & { setRawMode(mode: boolean): unknown }, io.signals, () => interruptions.stop('SIGINT'));
  const context: PromptContext = { input: keyboard.input, output: ui, signal: interruptions.signal, clearPromptOnDone: true };
  const kept = { ...context, clearPromptOnDone: false };
  const typedAhead = <T>(start: () => Promise<T>) => withKeysTypedAhead(context.input, start);
  return {
    async confirm(message) {
      // Loaded only here: most runs have nothing in progress and never need it.
      const { confirm } = await import('@inquirer/prompts');
      return typedAhead(() => confirm({ message, default: true, theme: inquirerTheme(style) }, kept));
    },
    // Wrapped here, not by inquirer, whose wrapping leaves each continuation line starting with a space.
    intro: (screen) => typedAhead(() => introPrompt({ screen: wrapScreen(screen, context.output.columns ?? 80) }, context)),
    subject: () => askSubject(style, messages, kept),
    relation: (subject) => askRelation(subject, style, messages, kept),
    likert: (config) => typedAhead(() => likertPrompt(config, context)),
    text: (config) =>
      typedAhead(() => {
        const droppedTypedAhead = discardTypedAhead(context.input);
        return textPrompt({ ...config, droppedTypedAhead }, context);
      }),
    interruptIfHeld: () => keyboard.interruptIfHeld(),
    close: () => keyboard.close(),
    end: {
      choose(message, labels) {
        // Keys typed with the last answer were meant for the questions, not this choice.
        discardTypedAhead(context.input);
        return withKeysTypedAhead(context.input, () => choicePrompt({ message, labels, style, messages }, kept));
      },
      handOver: (use) => keyboard.handOver(() => interruptions.ignoringSigint(use)),
    },
  };
}

/** --plain: lines read as the terminal edits them (prompt/plain.ts), every question printed once. */
function plainPrompts(keys: Input, ui: Output, messages: Messages, interruptions: Interruptions): RunPrompts {
  const terminal: PlainTerminal = { lines: new LineReader(keys, interruptions.signal), output: ui };
  return {
    confirm: (message) => plainConfirm(terminal, message, messages),
    intro: (screen) => plainIntro(terminal, screen),
    subject: () => plainSubject(terminal, messages),
    relation: (subject) => plainRelation(terminal, subject, messages),
    likert: (config) => plainLikert(terminal, config),
    text: (config) => plainText(terminal, config),
    // Ctrl-C is a signal here, never a key held behind others.
    interruptIfHeld: () => undefined,
    close: () => terminal.lines.close(),
    // The full report is printed, not paged: a pager would redraw the screen a screen reader is reading.
    end: { choose: (message, labels) => plainChoice(terminal, message, labels, messages), handOver: (use) => use(), plain: true },
  };
}

/**
 * Who answers a new run, and about whom: as --role and --subject say; on an observer form what
 * they leave open is asked (the subject first, to name them in the next question).
 */
async function raterOfNewRun(q: Questionnaire, given: Partial<Rater>, prompts: RunPrompts): Promise<Rater> {
  if (q.form !== 'observer') return { role: given.role ?? defaultRole(q), ...(given.subject !== undefined ? { subject: given.subject } : {}) };
  const subject = given.subject ?? (await prompts.subject());
  return { role: given.role ?? (await prompts.relation(subject)), subject };
}

/** A run carried on keeps whom it is about and who answers; options that say otherwise are for a new run. */
function noteRaterKept(saved: RunState, given: Partial<Rater>, stderr: Output): void {
  const { role, subject } = saved.answers;
  if ((given.role === undefined || given.role === role) && (given.subject === undefined || given.subject === subject)) return;
  const who = subject !== undefined ? say('results.run.aboutAsRole', { subject: safeText(subject), role }) : say('results.run.asRole', { role });
  // not said: the "syslead: note:" marker stays in English, as problems' severities do
  stderr.write(`syslead: note: ${say('results.run.raterKept', { who })}\n`);
}

function introScreen(q: Questionnaire, store: RunStore, style: ChalkInstance, messages: Messages, resumeCommand: string, plain: boolean): string {
  const { say } = messages;
  const notObservedAnswer = q.defaultScale.notApplicable[0];
  const notObserved = notObservedAnswer === undefined ? undefined : safeText(notObservedAnswer).toLowerCase();
  const lineKeys = notObserved === undefined ? say('run.intro.lineKeys') : say('run.intro.lineKeysNotObserved', { key: NOT_OBSERVED_KEY, notObserved });
  const keys = [
    `${style.bold(`1-${q.defaultScale.labels.length}`)} ${say('key.answer')}`,
    ...(notObserved === undefined ? [] : [`${style.bold(NOT_OBSERVED_KEY)} ${notObserved}`]),
    `${style.bold('↑↓ Enter')} ${say('key.choose')}`,
    `${style.bold('b')} ${say('key.back')}`,
    `${style.bold('s')} ${say('key.skip')}`,
    `${style.bold('?')} ${say('key.about')}`,
  ].join('   ');
  const answering = q.form !== 'observer' ? say('run.intro.self') : notObserved === undefined ? say('run.intro.observerSkip') : say('run.intro.observerNotObserved', { key: NOT_OBSERVED_KEY, notObserved });
  return [
    style.bold(safeText(q.title)),
    '',
    safeText(q.description),
    '',
    `${say('run.intro.counts', { counts: questionCountsText(questionCounts(q), messages), minutes: say('run.intro.minutes', { count: q.minutes }) })} ${answering}`,
    '',
    say('run.intro.privacy', { folder: safeText(store.home), command: style.bold(safeText(resumeCommand)) }),
    '',
    plain ? lineKeys : say('run.intro.keys', { keys }),
    '',
    style.cyan(say('run.intro.start')),
  ].join('\n');
}

async function ask(question: Question, style: ChalkInstance, messages: Messages, prompts: RunPrompts): Promise<StepAction> {
  const { step } = question;
  const facet = step.kind === 'item' && step.item.facetId ? step.theme.facets.find((f) => f.id === step.item.facetId) : undefined;
  const view: Omit<QuestionView, 'text'> = {
    theme: facet ? `${step.theme.title} · ${facet.title}` : step.theme.title,
    ...(step.theme.description ? { about: step.theme.description } : {}),
    number: question.number,
    total: question.total,
    isFirst: question.isFirst,
    skippedBefore: question.skippedBefore,
    style,
    messages,
  };
  return promptFor(question, view, prompts);
}

function promptFor(question: Question, view: Omit<QuestionView, 'text'>, prompts: RunPrompts): Promise<StepAction> {
  const { step, current } = question;
  if (step.kind === 'importance') {
    return prompts.likert({ ...view, text: step.question, labels: step.scale.labels, min: step.scale.min, ...numberOrNothing(current) });
  }
  if (step.item.kind === 'text') {
    return prompts.text({ ...view, text: step.item.text, ...(typeof current === 'string' ? { current } : {}) });
  }
  const { scale } = step.item;
  const notObserved = scale.notApplicable.length > 0 ? { notApplicable: scale.notApplicable, currentNotObserved: typeof current === 'string' } : {};
  return prompts.likert({ ...view, text: step.item.text, labels: scale.labels, min: scale.min, ...numberOrNothing(current), ...notObserved });
}

const numberOrNothing = (current: number | string | undefined) => (typeof current === 'number' ? { current } : {});

/** An interruption, however it came: a signal, a closed terminal, or Ctrl-C read by a prompt as a key. */
function isInterruption(error: unknown, interruptions: Interruptions): boolean {
  return interruptions.signal.aborted || (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'));
}

function stoppedMessage(saved: RunState | undefined, steps: readonly Step[], file: string, resumeCommand: string, messages: Messages): string {
  if (!saved) return messages.say('run.stoppedBeforeFirst');
  return messages.say('run.stopped', { savedSoFar: savedSoFar(saved, steps, file, messages), command: safeText(resumeCommand) });
}

/** After an answer could not be saved (a full disk, a folder made read-only): what is safe, and how to go on once that is fixed. */
function autosaveFailedNote(saved: RunState | undefined, steps: readonly Step[], file: string, command: string, messages: Messages): string {
  if (!saved) return messages.say('run.autosaveNone', { command: safeText(command) });
  return messages.say('run.autosaveSome', { savedSoFar: savedSoFar(saved, steps, file, messages), command: safeText(command) });
}

function savedSoFar(saved: RunState, steps: readonly Step[], file: string, { say }: Messages): string {
  const settled = steps.filter((step) => isSettled(saved, step)).length;
  return say('run.savedSoFar', { settled, total: steps.length, file: safeText(file) });
}

/** A failure to save, with what it means for the person's answers. Other errors (bugs) go on as they are. */
function withNote(error: unknown, note: string): unknown {
  if (!isExpectedFailure(error)) return error;
  return new ExitError([...failureLines(error), note].join('\n'), { located: true });
}

/** A timestamp to the second, as people write them in answer files: 2026-11-25T10:00:00Z. */
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
