import type { ChalkInstance } from 'chalk';
import { failureLines, isExpectedFailure } from '../core/failure.js';
import { styler } from '../terminal/colour.js';
import type { GlobalOptions } from '../cli/options.js';
import type { historyCommand } from '../cli/commands/history.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { safeJson, safeText } from '../core/safe-text.js';
import { dataDir } from '../io/data-dir.js';
import { questionnaireSources, questionnaireWithId, resolveQuestionnaire } from '../io/questionnaires.js';
import { loadResult } from '../io/results.js';
import { questionnairesWithResults, resultFiles } from '../io/run-store.js';
import { shownDate } from '../render/dates.js';
import { percentText } from '../render/percent.js';

/** As `syslead history` declares them (cli/commands/history.ts), with the questionnaire whose results alone to list (an id or a file). */
export type HistoryOptions = GlobalOptions & OptionsOf<typeof historyCommand> & { questionnaire?: string };

/** One saved result as history lists it. */
export interface HistoryEntry {
  questionnaire: string;
  file: string;
  completed: string | null;
  /** Null when the result could not be scored (see problem). */
  themes: { id: string; title: string; percent: number | null; band: string | null }[] | null;
  problem?: string;
}

/** `syslead history`: the saved results of one questionnaire (or of every one), newest first, with theme scores. */
export async function run(opts: HistoryOptions, io: CommandIO): Promise<void> {
  const home = dataDir(io.env);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const named = opts.questionnaire ? (await resolveQuestionnaire(opts.questionnaire, sources, io.stdin)).questionnaire : undefined;
  const ids = named ? [named.id] : await questionnairesWithResults(home);

  const groups: { id: string; questionnaire?: Questionnaire; entries: HistoryEntry[] }[] = [];
  for (const id of ids) {
    const questionnaire =
      named ??
      (await questionnaireWithId(id, sources).then(
        (r) => r.questionnaire,
        () => undefined,
      ));
    const entries: HistoryEntry[] = [];
    for (const file of await resultFiles(home, id)) entries.push(await historyEntry(id, file, questionnaire, sources));
    if (entries.length > 0) groups.push({ id, ...(questionnaire ? { questionnaire } : {}), entries });
  }

  if (opts.json) {
    io.stdout.write(safeJson(groups.flatMap((g) => g.entries)));
    return;
  }
  if (groups.length === 0) {
    io.stderr.write(`No saved results${named ? ` of ${safeText(named.id)}` : ''} in ${safeText(home)} yet: "syslead run" takes the self-assessment and saves one.\n`);
    return;
  }
  const style = styler(io.stdout, opts.color, io.env);
  io.stdout.write(groups.map((g) => renderGroup(g, style)).join('\n'));
}

async function historyEntry(id: string, file: string, questionnaire: Questionnaire | undefined, sources: ReturnType<typeof questionnaireSources>): Promise<HistoryEntry> {
  if (!questionnaire) return { questionnaire: id, file, completed: null, themes: null, problem: `questionnaire "${id}" is not available: give its folder with --questionnaires` };
  try {
    const { result } = await loadResult(file, sources, questionnaire);
    const themes = result.themes.map((t) => ({ id: t.id, title: t.title, percent: t.percent, band: t.band }));
    return { questionnaire: id, file, completed: result.completed, themes };
  } catch (error) {
    if (!isExpectedFailure(error)) throw error;
    return { questionnaire: id, file, completed: null, themes: null, problem: failureLines(error, file)[0]! };
  }
}

function renderGroup({ id, questionnaire, entries }: { id: string; questionnaire?: Questionnaire; entries: HistoryEntry[] }, style: ChalkInstance): string {
  const bandLabel = (band: string | null) => (band === null ? '' : safeText(questionnaire?.bands.find((b) => b.id === band)?.label ?? band));
  const title = questionnaire ? `${safeText(questionnaire.title)} (${safeText(id)})` : safeText(id);
  const lines = [style.bold(`${title}: ${entries.length} saved result${entries.length === 1 ? '' : 's'}, newest first`), ''];
  for (const entry of entries) {
    lines.push(`  ${style.bold(entry.completed ? shownDate(entry.completed) : 'date unknown')}  ${style.dim(safeText(entry.file))}`);
    if (!entry.themes) {
      lines.push(`    ${style.yellow(safeText(entry.problem ?? ''))}`, '');
      continue;
    }
    const width = Math.max(...entry.themes.map((t) => safeText(t.title).length));
    for (const t of entry.themes) {
      const percent = percentText(t.percent);
      lines.push(`    ${safeText(t.title).padEnd(width)}  ${percent.padStart(8)}  ${bandLabel(t.band)}`.trimEnd());
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
