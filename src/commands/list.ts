import stringWidth from 'string-width';
import { catalogue, questionnaireSources, sameIdProblems, type LoadedFile } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import { errorsOf, type Problem } from '../core/problem.js';
import { safeJson, safeText } from '../core/safe-text.js';
import type { GlobalOptions } from '../cli/options.js';
import type { listCommand } from '../cli/commands/list.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';

/** As `syslead list` declares them (cli/commands/list.ts). */
export type ListOptions = GlobalOptions & OptionsOf<typeof listCommand>;

export interface ListEntry {
  id: string;
  title: string;
  version: number;
  form: 'self' | 'observer';
  items: number;
  minutes: number;
  file: string;
  builtIn: boolean;
}

/** `syslead list`: the questionnaires found, one per id, as a table or JSON. */
export async function run(opts: ListOptions, io: CommandIO): Promise<void> {
  const errStyle = styler(io.stderr, opts.color, io.env);
  const entries: ListEntry[] = [];
  const skip = (files: readonly LoadedFile[], problems: readonly Problem[]) => {
    for (const p of problems) io.stderr.write(`${renderProblem(p, errStyle)}\n`);
    for (const { file } of files) io.stderr.write(`${errStyle.yellow('skipped')} ${safeText(file)}: not a valid questionnaire\n`);
  };
  // One entry per id, from the first folder that has it, as when a questionnaire is named by id.
  for (const { files } of await catalogue(questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr)))) {
    const { file, source, questionnaire: q, problems } = files[0]!;
    if (files.length > 1) skip(files, sameIdProblems(files));
    else if (!q) skip(files, errorsOf(problems));
    else entries.push({ id: q.id, title: q.title, version: q.version, form: q.form, items: q.items.length, minutes: q.minutes, file, builtIn: source.builtIn });
  }
  if (opts.json) {
    io.stdout.write(safeJson(entries));
    return;
  }
  const style = styler(io.stdout, opts.color, io.env);
  const rows = entries.map((e) => [e.id, safeText(e.title), String(e.items), String(e.minutes), e.builtIn ? 'built-in' : safeText(e.file)]);
  const header = ['ID', 'TITLE', 'ITEMS', 'MINUTES', 'SOURCE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => stringWidth(r[i]!))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i]! - stringWidth(c));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? pad(c, i) + c : c + pad(c, i)))
      .join('  ')
      .trimEnd();
  io.stdout.write(`${style.bold(line(header))}\n${rows.map(line).join('\n')}\n`);
}
