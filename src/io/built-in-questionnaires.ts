import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidatedFile } from '../core/translation/validated.js';
import type { Problem } from '../core/problem.js';
import { readText, yamlFilesIn } from './read.js';

/**
 * The built-in questionnaires, validated at build time (scripts/compile-questionnaires.mjs) into
 * one JSON file beside the built code, so that a command reads them in a fraction of a millisecond
 * without the YAML parser and the schema. Running from the sources (tsx, the tests), there is no
 * such file and the YAML files are read as any others.
 */
export const COMPILED_BUILT_INS = fileURLToPath(new URL('../built-in-questionnaires.json', import.meta.url));

/** One built-in questionnaire file: its name in the built-in folder, and what validating it found (valid, without warnings). */
export interface CompiledBuiltIn {
  name: string;
  validated: ValidatedFile;
}

/**
 * The compiled built-ins, in the order the folder lists them; undefined when not built. Read
 * synchronously: a file beside the code, read by most commands as they start, where an
 * asynchronous read cost 2-3 ms of CPU more (libuv's thread pool started for it, and a promise
 * per step).
 */
export function compiledBuiltIns(): CompiledBuiltIn[] | undefined {
  let text: string;
  try {
    text = readFileSync(COMPILED_BUILT_INS, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as CompiledBuiltIn[];
}

/**
 * The compiled form of the questionnaire files in `dir` but those `skip` names, as JSON text;
 * throws, naming each problem, when one has any (a built-in ships without errors or warnings).
 */
export async function compileBuiltIns(dir: string, skip: ReadonlySet<string>): Promise<string> {
  const { validateQuestionnaireOrTranslation } = await import('../core/translation/load.js');
  const { applyTranslation } = await import('../core/translation/apply.js');
  const compiled: CompiledBuiltIn[] = [];
  for (const file of await yamlFilesIn(dir, (line) => {
    throw new Error(line);
  })) {
    const name = basename(file);
    if (skip.has(name)) continue;
    const validated = validateQuestionnaireOrTranslation(await readText(file), name);
    if (validated.problems.length > 0 || !(validated.doc ?? validated.translation)) throw new Error(problemLines(dir, validated.problems));
    compiled.push({ name, validated });
  }
  // A built-in translation must also be whole against its built-in source.
  for (const { name, validated } of compiled) {
    const { translation } = validated;
    if (!translation) continue;
    const source = compiled.find((c) => c.validated.doc?.id === translation.doc.translationOf)?.validated.doc;
    if (!source) throw new Error(`${dir}/${name}: a translation of "${translation.doc.translationOf}", which is no built-in questionnaire`);
    const { problems } = applyTranslation(source, translation, [], name);
    if (problems.length > 0) throw new Error(problemLines(dir, problems));
  }
  return `${JSON.stringify(compiled)}\n`;
}

const problemLines = (dir: string, problems: readonly Problem[]) => problems.map((p) => `${dir}/${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`).join('\n');
