import { say } from '../i18n/voice.js';
import type { AnswerFileDoc } from './schema.js';
import { givenValue, parseScaleValue } from './value.js';
import { defaultRole, type AnswerSet } from './model.js';
import type { Questionnaire } from '../questionnaire/model.js';
import type { Path, YamlSource } from '../yaml-source.js';
import { copyDictionary, dictionary } from '../dictionary.js';
import { firstProblems, hasErrors, type Problem } from '../problem.js';

/**
 * Reading an answer file without the schema's library: the YAML step and the checks against a
 * questionnaire live here; the schema step is given (check.ts gives zod's, the quick shape check of
 * shape.ts can stand in for it when a file passes), so that zod is loaded only for a file that
 * may not pass.
 */
export interface ParsedAnswerFile {
  /** Present when the file is well-formed YAML/JSON and matches the answer-file schema. */
  doc?: AnswerFileDoc;
  source: YamlSource;
  problems: Problem[];
}

/** What a schema step makes of a parsed value: the document, or the problems it has; undefined when it cannot tell. */
export type ReadAnswerDoc = (value: unknown, source: YamlSource, file: string) => { doc: AnswerFileDoc } | { problems: Problem[] } | undefined;

/**
 * An answer file, parsed (parseJsonSource or parseYamlSource), checked with `readDoc` (not yet
 * against a questionnaire); undefined when `readDoc` cannot tell.
 */
export function parseAnswerFileWith(source: YamlSource, file: string, readDoc: ReadAnswerDoc): ParsedAnswerFile | undefined {
  if (hasErrors(source.problems)) return { source, problems: firstProblems(source.problems) };
  if (source.value == null) {
    return { source, problems: [{ file, line: 1, column: 1, severity: 'error', message: say('inputs.answers.empty') }] };
  }
  const read = readDoc(source.value, source, file);
  if (!read) return undefined;
  if (!('doc' in read)) return { source, problems: firstProblems([...source.problems, ...read.problems]) };
  return { doc: read.doc, source, problems: source.problems };
}

export interface AnswerHeader {
  questionnaire: string;
  version: number;
  /** The language of the translation the answers were given in, when they say. */
  language?: string;
  /** Where the questionnaire id is written, to point at it when the id cannot be found. */
  line: number;
  column: number;
}

/** The questionnaire an answer file was given to, read before that questionnaire is loaded. */
export function answerHeader({ doc, source, problems }: ParsedAnswerFile): { header?: AnswerHeader; problems: Problem[] } {
  if (!doc) return { problems };
  const { line, column } = source.locate(['questionnaire']);
  return { header: { questionnaire: doc.questionnaire, version: doc.version, ...(doc.language !== undefined ? { language: doc.language } : {}), line, column }, problems };
}

/**
 * Checks a parsed answer file against its questionnaire: the questionnaire id and version,
 * item ids, values on each item's scale (or its labels), free text only for text items, and
 * importance answers. Every problem is located (line and column); answers come back only when
 * there is no error.
 */
export function checkParsedAnswers({ doc, source, problems }: ParsedAnswerFile, file: string, questionnaire: Questionnaire): { answers?: AnswerSet; problems: Problem[] } {
  if (!doc) return { problems };
  const found: Problem[] = [...problems];
  const error = (path: Path, message: string, atKey = false) => {
    const { line, column } = source.locate(path, atKey);
    found.push({ file, line, column, severity: 'error', message });
  };
  const warn = (path: Path, message: string, atKey = false) => {
    const { line, column } = source.locate(path, atKey);
    found.push({ file, line, column, severity: 'warning', message });
  };

  if (doc.questionnaire !== questionnaire.id) {
    // Every item would be unknown too: the id is the one problem worth reporting.
    error(['questionnaire'], say('inputs.answers.otherQuestionnaire', { answers: doc.questionnaire, questionnaire: questionnaire.id }));
    return { problems: found };
  }
  if (doc.version !== questionnaire.version) {
    error(['version'], say('inputs.answers.otherVersion', { answers: String(doc.version), questionnaire: questionnaire.id, version: String(questionnaire.version) }));
  }

  const itemsById = new Map(questionnaire.items.map((item) => [item.id, item] as const));
  const answers = dictionary<number>();
  const texts = dictionary<string>();
  const notObserved = dictionary<string>();
  for (const [id, raw] of Object.entries(doc.answers)) {
    const item = itemsById.get(id);
    if (!item) {
      error(['answers', id], say('inputs.answers.unknownItem', { item: id, questionnaire: questionnaire.id }), true);
      continue;
    }
    if (item.kind === 'text') {
      if (typeof raw === 'string') {
        if (raw.trim() !== '') texts[id] = raw;
      } else if (raw !== null) error(['answers', id], say('inputs.answers.textItem', { item: id, given: givenValue(raw) }));
      continue;
    }
    const value = parseScaleValue(raw, item.scale);
    if (!value.ok) error(['answers', id], `answers.${id}: ${value.message}`);
    else if (value.value !== null) answers[id] = value.value;
    else if (value.notObserved !== undefined) notObserved[id] = value.notObserved;
  }

  const importance = dictionary<number>();
  const importanceEntries = Object.entries(doc.importance ?? {});
  if (!questionnaire.importance) {
    if (importanceEntries.length > 0) warn(['importance'], say('inputs.answers.importanceIgnored', { questionnaire: questionnaire.id }), true);
  } else {
    const themeIds = new Set(questionnaire.themes.map((t) => t.id));
    for (const [themeId, raw] of importanceEntries) {
      if (!themeIds.has(themeId)) {
        error(['importance', themeId], say('inputs.answers.unknownTheme', { theme: themeId, themes: [...themeIds].join(', ') }), true);
        continue;
      }
      const value = parseScaleValue(raw, questionnaire.importance.scale);
      if (!value.ok) error(['importance', themeId], `importance.${themeId}: ${value.message}`);
      else if (value.value !== null) importance[themeId] = value.value;
    }
  }

  const all = firstProblems(found);
  if (hasErrors(all)) return { problems: all };
  return {
    answers: {
      questionnaire: { id: doc.questionnaire, version: doc.version, ...(doc.language !== undefined ? { language: doc.language } : {}) },
      ...(doc.report_languages !== undefined ? { reportLanguages: [...doc.report_languages] } : {}),
      ...(doc.respondent !== undefined ? { respondent: doc.respondent } : {}),
      role: doc.role ?? defaultRole(questionnaire),
      ...(doc.subject !== undefined ? { subject: doc.subject } : {}),
      ...(doc.started !== undefined ? { started: doc.started } : {}),
      ...(doc.completed !== undefined ? { completed: doc.completed } : {}),
      attributes: copyDictionary(doc.attributes ?? {}),
      answers,
      texts,
      importance,
      ...(Object.keys(notObserved).length > 0 ? { notObserved } : {}),
    },
    problems: all,
  };
}
