import { basename, dirname, join } from 'node:path';
import { Failure, ProblemError } from '../core/failure.js';
import { hasErrors, type Problem } from '../core/problem.js';
import type { QuestionnaireDoc } from '../core/questionnaire/schema.js';
import { safeText } from '../core/safe-text.js';
import type { TranslationDoc } from '../core/translation/validated.js';
import { fileWithId, isQuestionnairePath, translationWithId, UnknownQuestionnaire, validateQuestionnaireFile, type Source } from './questionnaires.js';
import { displayName, isFile } from './read.js';
import { say } from '../core/i18n/voice.js';

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
  if (source.isTranslation) throw new Failure(say('authoring.lookup.isTranslation', { file: safeText(name) }));
  if (!source.doc || hasErrors(source.problems)) throw new ProblemError(source.problems, say('authoring.lookup.notValid', { file: safeText(source.file) }));
  const beside = isQuestionnairePath(name) ? join(dirname(name), `${basename(name).replace(/\.(ya?ml|json)$/i, '')}.${language}.yaml`) : undefined;
  const found = beside ? ((await isFile(beside)) ? { file: beside, ...(await validateQuestionnaireFile(beside, sources[0]?.cache)) } : undefined) : await translationWithId(`${source.doc.id}.${language}`, sources);
  if (found && (!found.translation || hasErrors(found.problems))) throw new ProblemError(found.problems, say('authoring.lookup.translationNotValid', { file: safeText(found.file) }));
  // A file of the right name that translates another questionnaire, or into another language, is not this one's translation.
  if (found?.translation && (found.translation.doc.translationOf !== source.doc.id || primary(found.translation.doc.language) !== primary(language))) {
    const { translationOf, language: its } = found.translation.doc;
    throw new Failure(say('authoring.lookup.otherTranslation', { file: safeText(found.file), of: safeText(translationOf), its: safeText(its), id: safeText(source.doc.id), language: safeText(language) }));
  }
  const existing = found?.translation ? { doc: found.translation.doc, file: found.file } : undefined;
  return { doc: source.doc, file: source.file, ...(existing ? { existing } : {}), warnings: source.problems };
}

async function byPath(name: string, sources: readonly Source[]) {
  if (name === '-') throw new Failure(say('authoring.lookup.noStdin'));
  return { file: displayName(name), ...(await validateQuestionnaireFile(name, sources[0]?.cache)) };
}

async function byId(id: string, sources: readonly Source[]) {
  const found = await fileWithId(id, sources);
  if (!found) {
    if (await translationWithId(id, sources)) return { file: id, isTranslation: true as const, problems: [] };
    throw new UnknownQuestionnaire(say('authoring.lookup.unknown', { id: safeText(id), asFile: '' }));
  }
  return found;
}

/** A language tag's primary subtag, as translations are named by it (cy and cy-GB alike). */
const primary = (tag: string) => tag.toLowerCase().split('-')[0];
