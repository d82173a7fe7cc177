import { createInterface } from 'node:readline';
import type { RaterRole } from '../core/answers/roles.js';
import { checkSubject, OBSERVER_ROLES } from '../core/run/rater.js';
import { safeText } from '../core/safe-text.js';
import type { Input, Output } from '../terminal/io.js';
import { NOT_OBSERVED_KEY, type LikertAction, type LikertConfig } from './likert.js';
import type { QuestionView } from './question-view.js';
import type { TextAction, TextConfig } from './text.js';
import type { Messages } from '../core/i18n/messages.js';

/**
 * --plain: a run for screen readers and simple terminals. Every question is printed once, as plain
 * lines (where it is, its theme, the statement, the answers as a numbered list), and the answer is
 * read as a line the terminal itself edits and echoes: no raw mode, no cursor movement, no redraw,
 * no colour, no escape sequence at all. The letters mean what the keys of a normal run mean:
 * b back, s skip, ? about the theme, n not observed.
 */

/** The lines typed at the terminal, in order; those typed before a question asks are kept for it. */
export class LineReader {
  private readonly queue: string[] = [];
  private waiting: { resolve(line: string): void; reject(error: Error): void } | undefined;
  private ended = false;
  private closing = false;

  /** Reading ends (the promise of the line asked for fails) when the signal is aborted or the input ends (Ctrl-D). */
  constructor(
    input: Input,
    private readonly signal: AbortSignal,
  ) {
    const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    this.close = () => {
      this.closing = true;
      lines.close();
      input.pause();
    };
    lines.on('line', (line) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (waiting) waiting.resolve(line);
      else this.queue.push(line);
    });
    lines.on('close', () => {
      this.ended = true;
      if (!this.closing) this.failWaiting();
    });
    signal.addEventListener('abort', () => this.failWaiting(), { once: true });
  }

  /** Gives the terminal back. */
  readonly close: () => void;

  /**
   * The next line. Lines read before an interruption are still given, so that the answers typed
   * before Ctrl-C are saved; then it fails, as a prompt does when the run stops.
   */
  next(): Promise<string> {
    const line = this.queue.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.signal.aborted || this.ended) return Promise.reject(stopped());
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** Drops the lines typed ahead (see discardTypedAhead in typeahead.ts); whether there were any. */
  discardTypedAhead(): boolean {
    const had = this.queue.length > 0;
    this.queue.length = 0;
    return had;
  }

  private failWaiting(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(stopped());
  }
}

/** As @inquirer's prompts fail when their signal is aborted, so that the run treats both alike. */
function stopped(): Error {
  const error = new Error('the run was stopped');
  error.name = 'AbortPromptError';
  return error;
}

export interface PlainTerminal {
  lines: LineReader;
  output: Output;
}

type Reading<T> = { value: T } | { say: string };

/** Asks until a line reads as an answer: each other line gets one line saying what is accepted, then the question is asked again. */
async function askLine<T>({ lines, output }: PlainTerminal, prompt: string, read: (line: string) => Reading<T>): Promise<T> {
  for (;;) {
    output.write(prompt);
    const reading = read((await lines.next()).trim());
    if ('value' in reading) return reading.value;
    output.write(`${reading.say}\n`);
  }
}

const write = (terminal: PlainTerminal, lines: readonly string[]) => terminal.output.write(`${lines.join('\n')}\n`);

/** A screen (the intro), printed once; Enter goes on. */
export async function plainIntro(terminal: PlainTerminal, screen: string): Promise<void> {
  write(terminal, [screen]);
  await terminal.lines.next();
}

/** A yes-or-no question; Enter alone is yes. */
export function plainConfirm(terminal: PlainTerminal, message: string, { say }: Messages): Promise<boolean> {
  return askLine(terminal, say('plain.confirm', { message }), (line) => {
    // y and n in every language, and the words for yes and no in English and Welsh.
    if (/^(y|yes|ie|oes|do|)$/i.test(line)) return { value: true };
    if (/^(n|no|na|nac oes|naddo)$/i.test(line)) return { value: false };
    return { say: say('plain.confirmAgain') };
  });
}

/** Whom an observer's feedback is about: a name, asked as every free-text answer is. */
export function plainSubject(terminal: PlainTerminal, { say }: Messages): Promise<string> {
  write(terminal, ['']);
  if (terminal.lines.discardTypedAhead()) write(terminal, [say('question.typedAheadDropped')]);
  return askLine(terminal, say('plain.subject'), (line) => {
    const checked = checkSubject(line);
    return 'problem' in checked ? { say: `Please ${checked.problem}.` } : { value: checked.name };
  });
}

/** How the observer works with the person: a numbered list, as a rating's answers are. */
export function plainRelation(terminal: PlainTerminal, subject: string, { say }: Messages): Promise<RaterRole> {
  const count = OBSERVER_ROLES.length;
  write(terminal, ['', say('rater.relation', { subject: safeText(subject) }), ...OBSERVER_ROLES.map((role, index) => `${index + 1}. ${say(`relation.${role}`)}`)]);
  return askLine(terminal, say('plain.relationPrompt', { count }), (line) => {
    const number = /^\d+$/.test(line) ? Number(line) : 0;
    if (number >= 1 && number <= count) return { value: OBSERVER_ROLES[number - 1]! };
    return { say: say('plain.typeNumber', { count }) };
  });
}

/** A numbered choice (the end of a run), answered by its number; the position of the answer. */
export function plainChoice(terminal: PlainTerminal, message: string, labels: readonly string[], { say }: Messages): Promise<number> {
  const count = labels.length;
  write(terminal, ['', message, ...labels.map((label, index) => `${index + 1}. ${label}`)]);
  return askLine(terminal, say('plain.relationPrompt', { count }), (line) => {
    const number = /^\d+$/.test(line) ? Number(line) : 0;
    if (number >= 1 && number <= count) return { value: number - 1 };
    return { say: say('plain.typeNumber', { count }) };
  });
}

/** Where the question is, its theme and the question, as plain lines. */
function header(view: QuestionView): string[] {
  const { say } = view.messages;
  const where = say('plain.header', { number: view.number, total: view.total, theme: safeText(view.theme).replaceAll(' · ', ', ') });
  return ['', where, safeText(view.text), ...(view.skippedBefore ? [say('question.skippedBefore')] : [])];
}

/** The theme's description, for ?. */
const about = (view: QuestionView) => (view.about ? safeText(view.about) : view.messages.say('question.noDescription'));

/** b, s and ?, which mean the same at every question; undefined for any other line. */
function moveOf(line: string, view: QuestionView): Reading<{ back: true } | { skip: true }> | undefined {
  const letter = line.toLowerCase();
  if (letter === 'b') return view.isFirst ? { say: view.messages.say('question.first') } : { value: { back: true } };
  if (letter === 's') return { value: { skip: true } };
  if (letter === '?') return { say: about(view) };
  return undefined;
}

const moves = ({ isFirst, messages: { say } }: QuestionView) => [...(isFirst ? [] : [`b ${say('key.back')}`]), `s ${say('key.skip')}`, `? ${say('key.about')}`].join(', ');

/** A rating: the labels as a numbered list, answered by the number of a label (whatever the scale's min), as in a normal run. */
export function plainLikert(terminal: PlainTerminal, config: LikertConfig): Promise<LikertAction> {
  const { labels, min } = config;
  const { say } = config.messages;
  const count = labels.length;
  const notObserved = config.notApplicable?.[0];
  const choices = labels.map((label, index) => `${index + 1}. ${safeText(label)}`);
  if (notObserved !== undefined) choices.push(`${NOT_OBSERVED_KEY}. ${config.notApplicable!.map((label) => safeText(label)).join(' / ')}`);
  const given =
    config.currentNotObserved && notObserved !== undefined ? choices[count] : config.current !== undefined && config.current - min >= 0 && config.current - min < count ? choices[config.current - min] : undefined;
  const keep: LikertAction | undefined = given === undefined ? undefined : config.currentNotObserved && notObserved !== undefined ? { notObserved } : { answer: config.current! };
  write(terminal, [...header(config), ...choices, ...(given === undefined ? [] : [say('plain.before', { answer: given })])]);
  const orNotObserved = notObserved === undefined ? '' : say('plain.orNotObserved', { key: NOT_OBSERVED_KEY, notObserved: safeText(notObserved).toLowerCase() });
  const accepted = say('plain.accepted', { count, orNotObserved, moves: [...(config.isFirst ? [] : [say('plain.toBack')]), say('plain.toSkip'), `? ${say('key.about')}`].join(', ') });
  return askLine(terminal, say('plain.prompt', { count, orNotObserved, moves: moves(config) }), (line): Reading<LikertAction> => {
    if (line === '') return keep ? { value: keep } : { say: accepted };
    if (/^\d+$/.test(line)) {
      const number = Number(line);
      return number >= 1 && number <= count ? { value: { answer: min + number - 1 } } : { say: accepted };
    }
    if (notObserved !== undefined && line.toLowerCase() === NOT_OBSERVED_KEY) return { value: { notObserved } };
    return moveOf(line, config) ?? { say: accepted };
  });
}

/**
 * A free-text question: the line typed is the answer; Enter alone skips (or keeps the answer given
 * before), and b, s and ? alone mean what they mean at a rating. Lines typed before the question
 * showed are dropped, as keys typed ahead are in a normal run.
 */
export function plainText(terminal: PlainTerminal, config: TextConfig): Promise<TextAction> {
  const current = config.current ? safeText(config.current) : undefined;
  const dropped = terminal.lines.discardTypedAhead();
  const { say } = config.messages;
  write(terminal, [...header(config), ...(current === undefined ? [] : [say('plain.before', { answer: current })]), ...(dropped ? [say('question.typedAheadDropped')] : [])]);
  const enter = say(current === undefined ? 'plain.enterSkips' : 'plain.enterKeeps');
  return askLine(terminal, say('plain.textPrompt', { enter, moves: moves(config) }), (line): Reading<TextAction> => {
    if (line === '') return { value: config.current ? { answer: config.current } : { skip: true } };
    return moveOf(line, config) ?? { value: { answer: line } };
  });
}
