import { ExitError } from '../errors.js';
import type { GlobalOptions } from '../cli/options.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { historyGroup, scoredEntry, unscoredEntry, type HistoryEntry, type HistoryGroup } from '../core/report/history.js';
import { safeText } from '../core/safe-text.js';
import { dataDir } from '../io/data-dir.js';
import { questionnaireSources, questionnaireWithId, resolveQuestionnaire } from '../io/questionnaires.js';
import { loadResult } from '../io/results.js';
import { questionnairesWithResults, resultFiles } from '../io/run-store.js';
import { renderReport } from '../render/registry.js';
import { outputTarget } from '../terminal/output-target.js';

export interface HistoryOptions extends GlobalOptions {
  questionnaires: string[];
  json?: boolean;
}

/** `syslead history`: the saved results of one questionnaire (or of every one), newest first, with theme scores. */
export async function historyCommand(name: string | undefined, opts: HistoryOptions): Promise<void> {
  const home = dataDir();
  const sources = questionnaireSources(opts.questionnaires);
  const named = name ? (await resolveQuestionnaire(name, sources)).questionnaire : undefined;
  const ids = named ? [named.id] : await questionnairesWithResults(home);

  const groups: HistoryGroup[] = [];
  for (const id of ids) {
    const questionnaire =
      named ??
      (await questionnaireWithId(id, sources).then(
        (r) => r.questionnaire,
        () => undefined,
      ));
    const entries: HistoryEntry[] = [];
    for (const file of await resultFiles(home, id)) entries.push(await historyEntry(id, file, questionnaire, sources));
    if (entries.length > 0) groups.push(historyGroup(id, questionnaire, entries));
  }

  if (!opts.json && groups.length === 0) {
    process.stderr.write(`No saved results${named ? ` of ${safeText(named.id)}` : ''} in ${safeText(home)} yet: "syslead run" takes the self-assessment and saves one.\n`);
    return;
  }
  process.stdout.write(await renderReport('history', groups, opts.json ? 'json' : 'text', outputTarget(process.stdout, { toFile: false, color: opts.color })));
}

async function historyEntry(id: string, file: string, questionnaire: Questionnaire | undefined, sources: ReturnType<typeof questionnaireSources>): Promise<HistoryEntry> {
  if (!questionnaire) return unscoredEntry(id, file, `questionnaire "${id}" is not available: give its folder with --questionnaires`);
  try {
    const { result } = await loadResult(file, sources, questionnaire);
    return scoredEntry(id, file, result);
  } catch (error) {
    if (!(error instanceof ExitError)) throw error;
    return unscoredEntry(id, file, error.message.split('\n')[0]!);
  }
}
