import { failureLines, isExpectedFailure } from '../core/failure.js';
import type { GlobalOptions } from '../cli/options.js';
import type { historyCommand } from '../cli/commands/history.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, stdinWhenRead, sysleadCommand, type CommandIO } from '../terminal/io.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { historyGroup, scoredEntry, unscoredEntry, type HistoryEntry, type HistoryGroup } from '../core/report/history.js';
import { safeText } from '../core/safe-text.js';
import { dataDir } from '../io/data-dir.js';
import { questionnaireSources, questionnaireWithId, resolveQuestionnaire } from '../io/questionnaires.js';
import { loadResult } from '../io/results.js';
import { questionnairesWithResults, resultFiles } from '../io/run-store.js';
import { renderReport } from '../render/registry.js';
import { outputTarget } from '../terminal/output-target.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';
import { questionnaireWarnings } from './questionnaire-warnings.js';

/** As `syslead history` declares them (cli/commands/history.ts), with the questionnaire whose results alone to list (an id or a file). */
export type HistoryOptions = GlobalOptions & OptionsOf<typeof historyCommand> & { questionnaire?: string };

/** `syslead history`: the saved results of one questionnaire (or of every one), newest first, with theme scores. */
export async function run(opts: HistoryOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(opts.lang, io, undefined, { note: false });
  const home = dataDir(io.env);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const resolved = opts.questionnaire ? await resolveQuestionnaire(opts.questionnaire, sources, stdinWhenRead(io)) : undefined;
  const named = resolved?.questionnaire;
  await chooseLanguages(opts.lang, io, named?.language);
  // Each questionnaire's warnings once, in the language chosen.
  const sayWarnings = questionnaireWarnings(io, opts.color);
  sayWarnings(resolved?.warnings ?? []);
  const ids = named ? [named.id] : await questionnairesWithResults(home);

  // The results are files of the data folder, never "-".
  const unreadStdin = stdinWhenRead(io);
  const groups: HistoryGroup[] = [];
  for (const id of ids) {
    const questionnaire =
      named ??
      (await questionnaireWithId(id, sources).then(
        (r) => {
          sayWarnings(r.warnings);
          return r.questionnaire;
        },
        () => undefined,
      ));
    const entries: HistoryEntry[] = [];
    for (const file of await resultFiles(home, id)) entries.push(await historyEntry(id, file, questionnaire, sources, unreadStdin));
    if (entries.length > 0) groups.push(historyGroup(id, questionnaire, entries));
  }

  if (!opts.json && groups.length === 0) {
    const none = { folder: safeText(home), command: safeText(sysleadCommand(io, 'run')) };
    io.stderr.write(`${named ? say('results.history.noneOf', { ...none, id: safeText(named.id) }) : say('results.history.none', none)}\n`);
    return;
  }
  io.stdout.write(await renderReport('history', groups, opts.json ? 'json' : 'text', outputTarget(io, { toFile: false, color: opts.color })));
}

async function historyEntry(id: string, file: string, questionnaire: Questionnaire | undefined, sources: ReturnType<typeof questionnaireSources>, stdin: AsyncIterable<Buffer>): Promise<HistoryEntry> {
  if (!questionnaire) return unscoredEntry(id, file, say('results.history.unavailable', { id }));
  try {
    const { result, answers } = await loadResult(file, sources, stdin, questionnaire);
    return scoredEntry(id, file, result, answers);
  } catch (error) {
    if (!isExpectedFailure(error)) throw error;
    return unscoredEntry(id, file, failureLines(error, file)[0]!);
  }
}
