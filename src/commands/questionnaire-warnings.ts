import { formatProblem, type Problem } from '../core/problem.js';
import { styler } from '../terminal/colour.js';
import type { CommandIO } from '../terminal/io.js';
import { renderProblem } from '../terminal/problems.js';

/** Says a questionnaire's warnings (see questionnaireWarnings): each one once, however often it is handed over. */
export type SayWarnings = (warnings: readonly Problem[]) => void;

/**
 * What a command says of the warnings of the questionnaires it loads (a draft translation, a source
 * of another version): on stderr, FILE:LINE:COL: warning: MESSAGE, in the language the command
 * speaks when they are handed over (called once the language is chosen), each once per command
 * however many files, rows or readings load the same questionnaire. Warnings never stop a command.
 */
export function questionnaireWarnings(io: Pick<CommandIO, 'stderr' | 'env'>, color: boolean | undefined): SayWarnings {
  const style = styler(io.stderr, color, io.env);
  const said = new Set<string>();
  return (warnings) => {
    for (const warning of warnings) {
      if (warning.severity !== 'warning') continue;
      // One warning: the same message at the same place, or (for one said again when shown) the same key and values there.
      const { said: data, ...at } = warning;
      const key = data === undefined ? formatProblem(at) : JSON.stringify([at.file, at.line, at.column, data.key, data.values ?? {}]);
      if (said.has(key)) continue;
      said.add(key);
      io.stderr.write(`${renderProblem(warning, style)}\n`);
    }
  };
}
