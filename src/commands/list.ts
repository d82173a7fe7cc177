import stringWidth from 'string-width';
import { catalogue, questionnaireSources } from '../io/questionnaires.js';
import { styler } from '../cli/colour.js';
import { renderProblem } from '../cli/problems.js';
import { safeJson, safeText } from '../core/safe-text.js';
import type { GlobalOptions } from '../cli/program.js';

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

export async function listCommand(opts: GlobalOptions & { questionnaires: string[]; json?: boolean }): Promise<void> {
  const errStyle = styler(process.stderr, opts.color);
  const files = await catalogue(questionnaireSources(opts.questionnaires));
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const q = f.questionnaire;
    if (!q) {
      process.stderr.write(`${f.problems.filter((p) => p.severity === 'error').map((p) => renderProblem(p, errStyle)).join('\n')}\n`);
      process.stderr.write(`${errStyle.yellow('skipped')} ${safeText(f.file)}: not a valid questionnaire\n`);
      continue;
    }
    // The first folder that has an id wins, as when a questionnaire is named by id.
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    entries.push({ id: q.id, title: q.title, version: q.version, form: q.form, items: q.items.length, minutes: q.minutes, file: f.file, builtIn: f.source.builtIn });
  }
  if (opts.json) {
    process.stdout.write(safeJson(entries));
    return;
  }
  const style = styler(process.stdout, opts.color);
  const rows = entries.map((e) => [e.id, safeText(e.title), String(e.items), String(e.minutes), e.builtIn ? 'built-in' : safeText(e.file)]);
  const header = ['ID', 'TITLE', 'ITEMS', 'MINUTES', 'SOURCE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => stringWidth(r[i]!))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i]! - stringWidth(c));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 3 ? pad(c, i) + c : c + pad(c, i))).join('  ').trimEnd();
  process.stdout.write(`${style.bold(line(header))}\n${rows.map(line).join('\n')}\n`);
}
