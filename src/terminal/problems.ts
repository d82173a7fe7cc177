import type { ChalkInstance } from 'chalk';
import { safeText } from '../core/safe-text.js';
import { messageOf, type Problem } from '../core/problem.js';

/** FILE:LINE:COL: error: MESSAGE, with the severity coloured when colour is on. */
export function renderProblem(p: Problem, style: ChalkInstance): string {
  const severity = p.severity === 'error' ? style.red.bold('error:') : style.yellow.bold('warning:');
  return `${style.bold(`${safeText(p.file)}:${p.line}:${p.column}:`)} ${severity} ${safeText(messageOf(p))}`;
}
