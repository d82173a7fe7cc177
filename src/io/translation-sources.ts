import { basename, dirname, join } from 'node:path';
import { Failure, ProblemError } from '../core/failure.js';
import { hasErrors, type Problem } from '../core/problem.js';
import type { QuestionnaireDoc } from '../core/questionnaire/schema.js';
import { safeText } from '../core/safe-text.js';
import type { TranslationDoc } from '../core/translation/validated.js';
import { fileWithId, isQuestionnairePath, translationWithId, UnknownQuestionnaire, validateQuestionnaireFile, type Source } from './questionnaires.js';
import { displayName, isFile } from './read.js';

/** What a translator's export starts from: the source questionnaire's document, and its translation into the language asked when there is one. */
export interface TranslationSource {
  doc: QuestionnaireDoc;
  file: string;
  existing?: { doc: TranslationDoc; file: string };
  warnings: Problem[];
}

/**
 * The questionnaire `name` names (an id or a file, never a translation) and its translation into
 * `language`: for an id, ID.LANG as any command finds it; for a file, ID.LANG.yaml beside it.
 */
export async function translationSource(name: string, language: string, sources: readonly Source[]): Promise<TranslationSource> {
  const source = isQuestionnairePath(name) ? await byPath(name, sources) : await byId(name, sources);
  if (source.isTranslation) throw new Failure(`${safeText(name)} is a translation: name the questionnaire it translates`);
  if (!source.doc || hasErrors(source.problems)) throw new ProblemError(source.problems, `${safeText(source.file)}: the questionnaire is not valid (see "syslead validate ${safeText(source.file)}")`);
  const beside = isQuestionnairePath(name) ? join(dirname(name), `${basename(name).replace(/\.(ya?ml|json)$/i, '')}.${language}.yaml`) : undefined;
  const found = beside ? ((await isFile(beside)) ? { file: beside, ...(await validateQuestionnaireFile(beside, sources[0]?.cache)) } : undefined) : await translationWithId(`${source.doc.id}.${language}`, sources);
  if (found && (!found.translation || hasErrors(found.problems))) throw new ProblemError(found.problems, `${safeText(found.file)}: the translation is not valid (see "syslead validate ${safeText(found.file)}")`);
  // A file of the right name that translates another questionnaire, or into another language, is not this one's translation.
  if (found?.translation && (found.translation.doc.translationOf !== source.doc.id || primary(found.translation.doc.language) !== primary(language))) {
    const { translationOf, language: its } = found.translation.doc;
    throw new Failure(
      `${safeText(found.file)} is a translation of "${safeText(translationOf)}" into ${safeText(its)}, not of "${safeText(source.doc.id)}" into ${safeText(language)}: rename it, or fix its translation_of and language`,
    );
  }
  const existing = found?.translation ? { doc: found.translation.doc, file: found.file } : undefined;
  return { doc: source.doc, file: source.file, ...(existing ? { existing } : {}), warnings: source.problems };
}

async function byPath(name: string, sources: readonly Source[]) {
  if (name === '-') throw new Failure('translate export reads the questionnaire from a file or by id, not from stdin');
  return { file: displayName(name), ...(await validateQuestionnaireFile(name, sources[0]?.cache)) };
}

async function byId(id: string, sources: readonly Source[]) {
  const found = await fileWithId(id, sources);
  if (!found) {
    if (await translationWithId(id, sources)) return { file: id, isTranslation: true as const, problems: [] };
    throw new UnknownQuestionnaire(`unknown questionnaire "${safeText(id)}": run "syslead list" to see the available ones, or give a path to a YAML file`);
  }
  return found;
}

/** A language tag's primary subtag, as translations are named by it (cy and cy-GB alike). */
const primary = (tag: string) => tag.toLowerCase().split('-')[0];
