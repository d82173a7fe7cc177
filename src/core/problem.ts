import { safeText } from './safe-text.js';
import { say } from './i18n/voice.js';
import type { MessageKey } from './i18n/en.js';
import type { MessageValues } from './i18n/messages.js';

/** A problem found in a file, located at a line and column (both 1-based). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** Said in the language syslead spoke when the problem was found. */
  message: string;
  /**
   * The message as data, for a problem found before the language it is shown in is chosen (a
   * translation's draft warning, found while the questionnaire whose language counts loads): said
   * again, in the language spoken then, wherever the problem is shown (messageOf).
   */
  said?: { key: MessageKey; values?: SaidValues };
}

/** A message's values kept as data: each a value, or a message of its own said with it (a place's words: "theme mindset"). */
export type SaidValues = Readonly<Record<string, string | number | { key: MessageKey; values?: MessageValues }>>;

/** A message kept as data, said in the language syslead speaks now, its inner messages first. */
export function sayAgain(key: MessageKey, values?: SaidValues): string {
  if (values === undefined) return say(key);
  return say(key, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? say(value.key, value.values) : value])));
}

/** A problem whose message is said again when it is shown (see Problem.said); its values made safe as for `say`. */
export function saidProblem(at: Omit<Problem, 'message' | 'said'>, key: MessageKey, values?: SaidValues): Problem {
  return { ...at, message: sayAgain(key, values), said: values === undefined ? { key } : { key, values } };
}

/** A problem's message, in the language syslead speaks now when it is kept as data (Problem.said). */
export function messageOf(p: Problem): string {
  return p.said === undefined ? p.message : sayAgain(p.said.key, p.said.values);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${messageOf(p)}`;
}

/** The problem with its file and message made safe for a terminal, each on one line; said now, and kept so. */
export function safeProblem(p: Problem): Problem {
  const { said: _said, ...found } = p;
  return { ...found, file: safeText(p.file), message: safeText(messageOf(p)) };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The errors among problems, warnings left out. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** The problems with each one said once: the same message at the same place is one problem, however many checks found it. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Orders problems by file, then position, so output reads top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
}

/** At most this many problems are reported for one file: the rest are counted, not listed. */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * The first `limit` problems (sorted), then, when there are more, one error where the first of
 * the rest is that says how many were left out: a file with 20,000 bad keys gets 101 lines, not
 * 20,000.
 */
export function firstProblems(problems: Problem[], limit = MAX_PROBLEMS_PER_FILE): Problem[] {
  const sorted = sortProblems(problems);
  if (sorted.length <= limit) return sorted;
  const first = sorted[limit]!;
  const more = sorted.length - limit;
  return [...sorted.slice(0, limit), { ...first, severity: 'error', message: say('authoring.problems.more', { count: more, limit: String(limit) }) }];
}
