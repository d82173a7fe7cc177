import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitError } from '../errors.js';
import { loadQuestionnaire } from '../core/questionnaire/load.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { formatProblem, hasErrors, type Problem } from '../core/problem.js';
import { isFile, readText, yamlFilesIn } from './read.js';

export const BUILT_IN_DIR = fileURLToPath(new URL('../../questionnaires', import.meta.url));
export const DEFAULT_QUESTIONNAIRE = 'systems-leadership';
/** Files in questionnaire folders that are not questionnaires to offer. */
const NOT_LISTED = new Set(['template.yaml']);

export interface Source {
  dir: string;
  builtIn: boolean;
}

/** Folders searched for questionnaires, in order: --questionnaires, $SYSLEAD_QUESTIONNAIRES, built-in. */
export function questionnaireSources(extraDirs: readonly string[] = [], env = process.env): Source[] {
  const fromEnv = (env.SYSLEAD_QUESTIONNAIRES ?? '').split(delimiter).filter(Boolean);
  return [...extraDirs, ...fromEnv].map((dir) => ({ dir, builtIn: false })).concat({ dir: BUILT_IN_DIR, builtIn: true });
}

export interface LoadedFile {
  file: string;
  source: Source;
  questionnaire?: Questionnaire;
  problems: Problem[];
}

export async function loadQuestionnaireFile(file: string): Promise<{ questionnaire?: Questionnaire; problems: Problem[] }> {
  return loadQuestionnaire(await readText(file), file === '-' ? '<stdin>' : file);
}

/** Every questionnaire file in the sources, loaded (invalid ones carry their problems). */
export async function catalogue(sources: readonly Source[]): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  for (const source of sources) {
    for (const file of await yamlFilesIn(source.dir)) {
      if (NOT_LISTED.has(file.slice(file.lastIndexOf('/') + 1))) continue;
      try {
        out.push({ file, source, ...(await loadQuestionnaireFile(file)) });
      } catch (error) {
        if (!(error instanceof ExitError)) throw error;
        out.push({ file, source, problems: [{ file, line: 1, column: 1, severity: 'error', message: error.message }] });
      }
    }
  }
  return out;
}

function looksLikePath(name: string): boolean {
  return name === '-' || name.includes('/') || name.includes('\\') || /\.(ya?ml|json)$/i.test(name);
}

/**
 * A questionnaire named by id (searched in the sources) or by path. Problems in it are printed and
 * end the command; warnings are returned for the caller to show.
 */
export async function resolveQuestionnaire(name: string, sources: readonly Source[]): Promise<{ questionnaire: Questionnaire; file: string; warnings: Problem[] }> {
  let file: string | undefined;
  if (looksLikePath(name) || (await isFile(name))) file = name;
  else {
    for (const { dir } of sources) {
      const candidate = join(dir, `${name}.yaml`);
      if (await isFile(candidate)) { file = candidate; break; }
    }
    if (!file) {
      const found = (await catalogue(sources)).find((f) => f.questionnaire?.id === name);
      if (!found) throw new ExitError(`unknown questionnaire "${name}": run "syslead list" to see the available ones, or give a path to a YAML file`);
      file = found.file;
    }
  }
  const { questionnaire, problems } = await loadQuestionnaireFile(file);
  if (!questionnaire || hasErrors(problems)) {
    throw new ExitError(`${problems.map(formatProblem).join('\n')}\n${file}: the questionnaire is not valid (see "syslead validate ${file}")`, { located: true });
  }
  return { questionnaire, file, warnings: problems };
}
