import { answerFileReadSchema, type AnswerFileDoc } from './schema.js';
import { givenValue, parseScaleValue } from './value.js';
import { defaultRole, type AnswerSet } from './model.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { parseYamlSource, type Path, type YamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import { copyDictionary, dictionary } from '../dictionary.js';
import { firstProblems, hasErrors, type Problem } from '../problem.js';

export interface ParsedAnswerFile {
  /** Present when the file is well-formed YAML/JSON and matches the answer-file schema. */
  doc?: AnswerFileDoc;
  source: YamlSource;
  problems: Problem[];
}

/** Parses an answer file and checks it against the answer-file schema (not yet against a questionnaire). */
export function parseAnswerFile(text: string, file: string): ParsedAnswerFile {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.problems)) return { source, problems: firstProblems(source.problems) };
  if (source.value == null) {
    return { source, problems: [{ file, line: 1, column: 1, severity: 'error', message: 'the file is empty: expected answers (questionnaire, version, answers)' }] };
  }
  const parsed = answerFileReadSchema.safeParse(source.value);
  if (!parsed.success) return { source, problems: firstProblems([...source.problems, ...zodProblems(answerFileReadSchema, parsed.error.issues, source, file)]) };
  return { doc: parsed.data, source, problems: source.problems };
}

export interface AnswerHeader {
  questionnaire: string;
  version: number;
  /** Where the questionnaire id is written, to point at it when the id cannot be found. */
  line: number;
  column: number;
}

/** The questionnaire an answer file was given to, read before that questionnaire is loaded. */
export function readAnswerHeader(text: string, file: string): { header?: AnswerHeader; problems: Problem[] } {
  const { doc, source, problems } = parseAnswerFile(text, file);
  if (!doc) return { problems };
  const { line, column } = source.locate(['questionnaire']);
  return { header: { questionnaire: doc.questionnaire, version: doc.version, line, column }, problems };
}

/**
 * Parses an answer file and checks it against its questionnaire: the questionnaire id and version,
 * item ids, values on each item's scale (or its labels), free text only for text items, and
 * importance answers. Every problem is located (line and column); answers come back only when
 * there is no error.
 */
export function checkAnswers(text: string, file: string, questionnaire: Questionnaire): { answers?: AnswerSet; problems: Problem[] } {
  const { doc, source, problems } = parseAnswerFile(text, file);
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
    error(['questionnaire'], `these answers are for questionnaire "${doc.questionnaire}", not "${questionnaire.id}"`);
    return { problems: found };
  }
  if (doc.version !== questionnaire.version) {
    error(['version'], `these answers are for version ${doc.version} of "${questionnaire.id}", but the questionnaire is version ${questionnaire.version}: its items or scoring may have changed`);
  }

  const itemsById = new Map(questionnaire.items.map((item) => [item.id, item] as const));
  const answers = dictionary<number>();
  const texts = dictionary<string>();
  const notObserved = dictionary<string>();
  for (const [id, raw] of Object.entries(doc.answers)) {
    const item = itemsById.get(id);
    if (!item) {
      error(['answers', id], `unknown item "${id}": questionnaire "${questionnaire.id}" has no item with that id`, true);
      continue;
    }
    if (item.kind === 'text') {
      if (typeof raw === 'string') {
        if (raw.trim() !== '') texts[id] = raw;
      } else if (raw !== null) error(['answers', id], `answers.${id}: "${id}" is a free-text item: expected text, got ${givenValue(raw)}`);
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
    if (importanceEntries.length > 0) warn(['importance'], `importance is ignored: questionnaire "${questionnaire.id}" does not ask how important each theme is`, true);
  } else {
    const themeIds = new Set(questionnaire.themes.map((t) => t.id));
    for (const [themeId, raw] of importanceEntries) {
      if (!themeIds.has(themeId)) {
        error(['importance', themeId], `unknown theme "${themeId}": importance is given per theme (${[...themeIds].join(', ')})`, true);
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
      questionnaire: { id: doc.questionnaire, version: doc.version },
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
