import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Failure, isExpectedFailure, ProblemError, unreadableFileProblem } from '../core/failure.js';
import { safeText } from '../core/safe-text.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { QuestionnaireDoc } from '../core/questionnaire/schema.js';
import { loadValidated } from '../core/questionnaire/validated.js';
import type { ValidatedFile, ValidatedTranslation } from '../core/translation/validated.js';
import { hasErrors, type Problem } from '../core/problem.js';
import { compiledBuiltIns } from './built-in-questionnaires.js';
import { displayName, isFile, readText, yamlFilesIn, type Warn } from './read.js';
import { cachedValidation, validationCache, type ValidationCache } from './validation-cache.js';
import { LANGUAGE_TAG } from '../core/language-tag.js';
import { say } from '../core/i18n/voice.js';

export const BUILT_IN_DIR = fileURLToPath(new URL('../../questionnaires', import.meta.url));
export const DEFAULT_QUESTIONNAIRE = 'systems-leadership';
/** Files in questionnaire folders that are not questionnaires to offer. */
export const NOT_LISTED: ReadonlySet<string> = new Set(['template.yaml']);

export interface Source {
  dir: string;
  builtIn: boolean;
  /** Where reading the folder says what it passed over (a FIFO named *.yaml, say). */
  warn: Warn;
  /** Where files validated once are kept (see validation-cache.ts); undefined with SYSLEAD_NO_CACHE=1. */
  cache: ValidationCache | undefined;
}

/** Folders searched for questionnaires, in order: --questionnaires, $SYSLEAD_QUESTIONNAIRES, built-in. */
/**
 * Where a form's pair is looked for: as every questionnaire is (--questionnaires, then
 * $SYSLEAD_QUESTIONNAIRES, then the built-ins), with the folder of the form's file, when it is
 * one, searched before the built-ins, as a pair is most often kept side by side. validate and
 * preview both look here, so that they find the same pair.
 */
export function pairSources(formFolder: string | undefined, extraDirs: readonly string[], env: Readonly<Record<string, string | undefined>>, warn: Warn): Source[] {
  return questionnaireSources(formFolder === undefined ? extraDirs : [...extraDirs, formFolder], env, warn);
}

export function questionnaireSources(extraDirs: readonly string[], env: Readonly<Record<string, string | undefined>>, warn: Warn): Source[] {
  const fromEnv = (env.SYSLEAD_QUESTIONNAIRES ?? '').split(delimiter).filter(Boolean);
  const cache = validationCache(env);
  return [...extraDirs, ...fromEnv].map((dir) => ({ dir, builtIn: false, warn, cache })).concat({ dir: BUILT_IN_DIR, builtIn: true, warn, cache });
}

export interface LoadedFile {
  file: string;
  source: Source;
  /** The id the file is found by: its `id:` field, else (when that cannot be read) its file name without the extension. */
  id: string;
  /** Where the id is written; 1:1 when it is taken from the file name. */
  idAt: { line: number; column: number };
  questionnaire?: Questionnaire;
  /** The document the model was built from, which a translation of it is applied to. */
  doc?: QuestionnaireDoc;
  /** For a translation file (see core/translation/): what its own checks found, when it passed them. */
  translation?: ValidatedTranslation;
  isTranslation?: true;
  problems: Problem[];
}

/** Validates questionnaire or translation text: the YAML parser and the schema are loaded only when a file is not in the cache. */
async function validate(text: string, name: string): Promise<ValidatedFile> {
  const { validateQuestionnaireOrTranslation } = await import('../core/translation/load.js');
  return validateQuestionnaireOrTranslation(text, name);
}

/**
 * What validating a questionnaire file finds, from the cache when it holds the file as it is now;
 * '-' (the command's `stdin`) is validated every time.
 */
export async function validateQuestionnaireFile(file: string, cache: ValidationCache | undefined, stdin?: AsyncIterable<Buffer>): Promise<ValidatedFile> {
  const name = displayName(file);
  if (file === '-') return validate(await readText(file, stdin), name);
  return cachedValidation(
    cache,
    file,
    name,
    () => readText(file),
    (text) => validate(text, name),
  );
}

/** What one folder's files were read into: read once per command, as its sources are made per command. */
const folders = new WeakMap<Source, Promise<LoadedFile[]>>();

/** Every questionnaire file in one folder, loaded (invalid ones carry their problems). */
function folderFiles(source: Source): Promise<LoadedFile[]> {
  let files = folders.get(source);
  if (!files) {
    files = readFolder(source);
    folders.set(source, files);
  }
  return files;
}

async function readFolder(source: Source): Promise<LoadedFile[]> {
  const compiled = source.builtIn ? compiledBuiltIns() : undefined;
  if (compiled) return compiled.map(({ name, validated }) => loadedFile(join(source.dir, name), source, validated));
  const out: LoadedFile[] = [];
  for (const file of await yamlFilesIn(source.dir, source.warn)) {
    if (NOT_LISTED.has(basename(file))) continue;
    try {
      out.push(loadedFile(file, source, await validateQuestionnaireFile(file, source.cache)));
    } catch (error) {
      if (!isExpectedFailure(error)) throw error;
      out.push({ file, source, ...byName(file), problems: [unreadableFileProblem(file, error)] });
    }
  }
  return out;
}

/**
 * A file whose id cannot be read still has the id its name gives, so that a broken copy of a
 * questionnaire stops the command with its problems rather than letting a later folder's be used.
 */
function byName(file: string): Pick<LoadedFile, 'id' | 'idAt'> {
  return { id: basename(file).replace(/\.ya?ml$/i, ''), idAt: { line: 1, column: 1 } };
}

function loadedFile(file: string, source: Source, validated: ValidatedFile): LoadedFile {
  const { declared, ...loaded } = loadValidated(validated);
  const { doc, translation, isTranslation } = validated;
  const named = declared ? { id: declared.id, idAt: { line: declared.line, column: declared.column } } : byName(file);
  return { file, source, ...named, ...loaded, ...(doc ? { doc } : {}), ...(translation ? { translation } : {}), ...(isTranslation ? { isTranslation } : {}) };
}

/**
 * The questionnaire files by id, in the order of the sources: for each id, the files of the first
 * folder that has it. Two or more files means that folder gives the id twice (see sameIdProblems).
 */
export async function catalogue(sources: readonly Source[]): Promise<{ id: string; files: LoadedFile[] }[]> {
  const byId = new Map<string, { id: string; files: LoadedFile[] }>();
  for (const source of sources) {
    const taken = new Set(byId.keys());
    for (const file of await folderFiles(source)) {
      if (taken.has(file.id) || file.isTranslation) continue;
      const entry = byId.get(file.id);
      if (entry) entry.files.push(file);
      else byId.set(file.id, { id: file.id, files: [file] });
    }
  }
  return [...byId.values()];
}

/** The file a questionnaire id names: the one file with that id in the first folder that has it; undefined when none has it. */
export async function fileWithId(id: string, sources: readonly Source[]): Promise<LoadedFile | undefined> {
  const files = (await catalogue(sources)).find((entry) => entry.id === id)?.files ?? [];
  if (files.length > 1) throw new ProblemError(sameIdProblems(files));
  return files[0];
}

/** One folder gives an id to two files: which one is meant cannot be told, so neither is taken. */
export function sameIdProblems(files: readonly LoadedFile[]): Problem[] {
  const [first, ...others] = files;
  return others.map(({ file, id, idAt }) => ({ file, ...idAt, severity: 'error', message: say('authoring.lookup.sameId', { id, file: first!.file }) }));
}

/** A name is a path when it has a folder separator or a questionnaire file's extension; otherwise it is an id ("-" is stdin). */
export function isQuestionnairePath(name: string): boolean {
  return name === '-' || name.includes('/') || name.includes('\\') || /\.(ya?ml|json)$/i.test(name);
}

/**
 * A questionnaire named by path or by id (the first folder of the sources that has a file with
 * that id). Problems in it are printed and end the command; warnings are returned for the caller
 * to show.
 */
export async function resolveQuestionnaire(name: string, sources: readonly Source[], stdin: AsyncIterable<Buffer>): Promise<{ questionnaire: Questionnaire; file: string; warnings: Problem[] }> {
  if (!isQuestionnairePath(name)) return await questionnaireWithId(name, sources);
  const validated = await validateQuestionnaireFile(name, sources[0]?.cache, stdin);
  if (validated.isTranslation) return validOrThrow(name, await translated(name, validated, sources));
  return validOrThrow(name, loadValidated(validated));
}

/** No folder has a questionnaire with the id asked for: an answer file naming it shows this at the line that does. */
export class UnknownQuestionnaire extends Failure {}

/** The questionnaire with an id, found as resolveQuestionnaire finds it (never read as a path). */
export async function questionnaireWithId(id: string, sources: readonly Source[]): Promise<{ questionnaire: Questionnaire; file: string; warnings: Problem[] }> {
  const found = await fileWithId(id, sources);
  if (!found) {
    const translation = await translationWithId(id, sources);
    if (translation) return validOrThrow(translation.file, await translated(translation.file, translation, sources, false));
    const asFile = (await isFile(id)) ? say('authoring.lookup.asFile', { id }) : '';
    throw new UnknownQuestionnaire(say('authoring.lookup.unknown', { id, asFile }));
  }
  return validOrThrow(found.file, found);
}

/**
 * `ID.LANG` of every translation the folders hold that passed its own checks, each once (the first
 * folder's), for the questionnaires `ids` names: the forms a survey export may have been made from
 * in another language.
 */
export async function translationIds(sources: readonly Source[], ids: ReadonlySet<string>): Promise<string[]> {
  const found = new Set<string>();
  for (const source of sources) {
    for (const { translation } of await folderFiles(source)) {
      if (translation && ids.has(translation.doc.translationOf)) found.add(`${translation.doc.translationOf}.${translation.doc.language.toLowerCase()}`);
    }
  }
  return [...found];
}

/** `ID.LANG` (systems-leadership-quick.cy): questionnaire ID in the words of its translation into LANG. */
const TRANSLATED_ID = new RegExp(`^([a-z0-9_-]+)\\.(${LANGUAGE_TAG.source.slice(1, -1)})$`);

/** Whether a translation into `language` (cy-GB) is one `asked` names: the whole tag or its language (cy), in any case. */
const speaks = (language: string, asked: string) => [language.toLowerCase(), language.toLowerCase().split('-')[0]].includes(asked.toLowerCase());

/** The translation file that `ID.LANG` names, from the first folder that has one; a translation that failed its own checks is found by its file name. */
export async function translationWithId(id: string, sources: readonly Source[]): Promise<LoadedFile | undefined> {
  const match = TRANSLATED_ID.exec(id);
  if (!match) return undefined;
  const [, of, language] = match as unknown as [string, string, string];
  for (const source of sources) {
    const found = (await folderFiles(source)).filter(
      (f) => f.isTranslation && (f.translation ? f.translation.doc.translationOf === of && speaks(f.translation.doc.language, language) : f.id.toLowerCase() === id.toLowerCase()),
    );
    if (found.length > 1) {
      throw new ProblemError(found.slice(1).map(({ file }) => ({ file, line: 1, column: 1, severity: 'error', message: say('authoring.lookup.sameTranslation', { id, file: found[0]!.file }) })));
    }
    if (found[0]) return found[0];
  }
  return undefined;
}

/**
 * A translation file checked against its source and applied to it. The source is the
 * questionnaire ID as any command finds it, or for a translation named by its path, the file
 * ID.yaml beside it when there is one (a translator's folder).
 */
export async function translated(file: string, validated: ValidatedFile | LoadedFile, sources: readonly Source[], byPath = true): Promise<{ questionnaire?: Questionnaire; problems: Problem[] }> {
  const { translation, problems } = validated;
  if (!translation) return { problems };
  const of = translation.doc.translationOf;
  const beside = file === '-' || !byPath ? undefined : join(dirname(file), `${of}.yaml`);
  let source: { file: string; doc?: QuestionnaireDoc; questionnaire?: Questionnaire; problems: Problem[] } | undefined;
  if (beside && (await isFile(beside))) {
    const found = await validateQuestionnaireFile(beside, sources[0]?.cache);
    if (found.isTranslation) {
      const [, line, column] = translation.places.find(([id]) => id === 'translation_of') ?? ['', 1, 1];
      throw new ProblemError([{ file: displayName(file), line, column, severity: 'error', message: say('authoring.lookup.translationOfTranslation', { of: safeText(of), file: displayName(beside) }) }]);
    }
    source = { file: beside, ...loadValidated(found), ...(found.doc ? { doc: found.doc } : {}) };
  } else source = await fileWithId(of, sources);
  if (!source) throw new UnknownQuestionnaire(say('authoring.lookup.noSource', { file: displayName(file), of }));
  // Throws with the source's problems when it is not valid, so that a valid one has its document.
  validOrThrow(source.file, source);
  const { applyTranslation, draftWarning, withSourceAnswers } = await import('../core/translation/apply.js');
  const loaded = loadValidated(applyTranslation(source.doc!, translation, [...problems, ...draftWarning(translation, displayName(file))], displayName(file)));
  return loaded.questionnaire ? { ...loaded, questionnaire: { ...withSourceAnswers(loaded.questionnaire, source.doc!), sourceLanguage: source.doc!.language } } : loaded;
}

function validOrThrow(file: string, { questionnaire, problems }: { questionnaire?: Questionnaire; problems: Problem[] }): { questionnaire: Questionnaire; file: string; warnings: Problem[] } {
  if (!questionnaire || hasErrors(problems)) {
    throw new ProblemError(problems, say('authoring.lookup.notValid', { file }));
  }
  return { questionnaire, file, warnings: problems };
}
