import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Failure, ProblemError } from '../core/failure.js';
import { errorsOf, hasErrors, safeProblem } from '../core/problem.js';
import { safeJson } from '../core/safe-text.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { fromAnswerFile, toAnswerFile, type RunState } from '../core/run/state.js';
import type { Step } from '../core/run/steps.js';
import { answersOf, parseAnswerText } from './answer-files.js';
import { writeAtomically } from './atomic.js';
import { fileTimestamp, inProgressFile, resultsDir, runLockFile } from './data-dir.js';
import { fsReason } from './fs-reason.js';
import { say } from '../core/i18n/voice.js';
import { makeFolder } from './make-folder.js';

// Answers are personal: only their owner may read them.
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** The files of one questionnaire's runs in a data folder: the run in progress and the saved results. */
export class RunStore {
  readonly inProgress: string;
  /** Held by the one run that may write the in-progress file (see run-lock.ts). */
  readonly lock: string;
  readonly results: string;

  /** `write` is the one way files are written, replaceable so that tests can make a disk fail. */
  constructor(
    readonly home: string,
    private readonly questionnaire: Questionnaire,
    private readonly steps: readonly Step[],
    private readonly write: typeof writeAtomically = writeAtomically,
  ) {
    this.inProgress = inProgressFile(home, questionnaire.id);
    this.lock = runLockFile(home, questionnaire.id);
    this.results = resultsDir(home, questionnaire.id);
  }

  /** The run in progress, if there is one. A file that no longer fits the questionnaire ends the command, untouched. */
  async readInProgress(): Promise<RunState | undefined> {
    let text: string;
    try {
      text = await readFile(this.inProgress, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Failure(say('results.store.cannotReadInProgress', { reason: fsReason(error) }), this.inProgress);
    }
    const parsed = await parseAnswerText(text, this.inProgress);
    const { answers, problems } = await answersOf(parsed, this.inProgress, this.questionnaire);
    if (!answers || hasErrors(problems)) {
      throw new ProblemError(errorsOf(problems).map(safeProblem), say('results.store.doesNotFit', { file: this.inProgress, id: this.questionnaire.id }));
    }
    const doc = parsed.doc!;
    const nulls = (record: Record<string, unknown> = {}) => Object.keys(record).filter((id) => record[id] === null);
    return fromAnswerFile(answers, nulls(doc.answers), nulls(doc.importance));
  }

  /** Saves the run so far; called after every answer, so an interruption loses nothing. */
  async saveInProgress(state: RunState): Promise<void> {
    await this.writeFile(this.inProgress, safeJson(toAnswerFile(this.steps, state)));
  }

  /** Moves the run in progress aside (when the person starts again) and returns where it went. */
  async setAsideInProgress(now: Date): Promise<string> {
    const aside = join(this.home, 'in-progress', `${this.questionnaire.id}.set-aside-${fileTimestamp(now)}.json`);
    await this.fsStep(
      (reason) => say('results.store.cannotMove', { from: this.inProgress, to: aside, reason }),
      () => rename(this.inProgress, aside),
    );
    return aside;
  }

  /**
   * Saves a completed run as results/<id>/<timestamp>.json. An existing result is never
   * overwritten: a second result in the same second gets a suffix. A save that fails leaves no
   * file in results/ (history would list it, compare would stop on it); the run in progress is
   * left as it is, for the caller to remove once the result is saved.
   */
  async saveResult(state: RunState, completed: Date): Promise<string> {
    await this.fsStep(
      (reason) => say('results.store.cannotCreate', { folder: this.results, reason }),
      () => makeFolder(this.results, PRIVATE_DIR),
    );
    const file = await this.reserveResultName(fileTimestamp(completed));
    try {
      await this.fsStep(
        (reason) => say('results.store.cannotSave', { file, reason }),
        () => this.write(file, safeJson(toAnswerFile(this.steps, state)), PRIVATE_FILE),
      );
    } catch (error) {
      // The empty file that reserved the name goes too. Removing needs no room, so it works on a full disk.
      await rm(file, { force: true }).catch(() => undefined);
      throw error;
    }
    return file;
  }

  /** Removes the run in progress, once its result is saved. */
  async removeInProgress(): Promise<void> {
    await this.fsStep(
      (reason) => say('results.store.cannotRemove', { file: this.inProgress, reason }),
      () => rm(this.inProgress, { force: true }),
    );
  }

  /** Creates an empty file under a name no other result has, so that the atomic write cannot replace one. */
  private async reserveResultName(stamp: string): Promise<string> {
    for (let n = 1; ; n++) {
      const file = join(this.results, n === 1 ? `${stamp}.json` : `${stamp}-${n}.json`);
      try {
        await (await open(file, 'wx', PRIVATE_FILE)).close();
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Failure(say('results.store.cannotSaveResult', { reason: fsReason(error) }), file);
      }
    }
  }

  private async writeFile(file: string, text: string): Promise<void> {
    await this.fsStep(
      (reason) => say('results.store.cannotCreate', { folder: join(file, '..'), reason }),
      () => makeFolder(join(file, '..'), PRIVATE_DIR),
    );
    await this.fsStep(
      (reason) => say('results.store.cannotSave', { file, reason }),
      () => this.write(file, text, PRIVATE_FILE),
    );
  }

  private async fsStep<T>(failed: (reason: string) => string, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      throw new Failure(failed(fsReason(error)));
    }
  }
}

/** The saved result files of a questionnaire, newest first (their names sort by time). */
export async function resultFiles(home: string, questionnaireId: string): Promise<string[]> {
  const dir = resultsDir(home, questionnaireId);
  try {
    const names = (await readdir(dir)).filter((name) => /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ(-\d+)?\.json$/.test(name));
    return names
      .sort(byTimeThenSuffix)
      .reverse()
      .map((name) => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Failure(say('results.store.cannotReadFolder', { reason: fsReason(error) }), dir);
  }
}

/** The ids of the questionnaires that have saved results, sorted. */
export async function questionnairesWithResults(home: string): Promise<string[]> {
  try {
    const entries = await readdir(join(home, 'results'), { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Failure(say('results.store.cannotReadFolder', { reason: fsReason(error) }), join(home, 'results'));
  }
}

// "…Z.json" must sort before "…Z-2.json" from the same second, which plain string order does not do ('-' < '.').
function byTimeThenSuffix(a: string, b: string): number {
  const key = (name: string) => {
    const [, stamp = '', n = '1'] = /^(.*?Z)(?:-(\d+))?\.json$/.exec(name) ?? [];
    return [stamp, Number(n)] as const;
  };
  const [sa, na] = key(a);
  const [sb, nb] = key(b);
  return sa === sb ? na - nb : sa < sb ? -1 : 1;
}
