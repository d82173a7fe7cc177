import { firstProblems, hasErrors, saidProblem, type Problem } from '../problem.js';
import type { Questionnaire } from '../questionnaire/model.js';
import type { QuestionnaireDoc } from '../questionnaire/schema.js';
import { checkRules } from '../questionnaire/rules.js';
import { sourceTexts, type TextEntry } from './texts.js';
import type { ValidatedTranslation } from './validated.js';
import { say } from '../i18n/voice.js';
import { shortened } from '../shortened.js';

const MAX_QUOTED = 60;
const quoted = (text: string) => `"${shortened(text, MAX_QUOTED)}"`;

/**
 * What a translation lacks or has too many of against its source: every text of the source must
 * be given, and every text given must be one of the source's. Each problem is at the key it is
 * about, or (for a missing text) at the nearest key the file has on the way to it.
 */
export function checkTranslation(source: QuestionnaireDoc, { doc, places }: ValidatedTranslation, file: string): Problem[] {
  const at = placesById(places);
  const place = placeIn(at);
  const problem = (id: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({ file, ...place(id), severity, message });
  const entries = new Map(sourceTexts(source).map((e) => [e.id, e] as const));
  const texts = new Map(doc.texts);
  const problems: Problem[] = [];
  if (doc.translationOf !== source.id) problems.push(problem('translation_of', say('authoring.translation.otherSource', { translationOf: doc.translationOf, source: source.id })));
  // A source reworded since (a statement turned round, its keying with it) would be asked in the old words.
  if (doc.sourceVersion !== undefined && doc.sourceVersion !== source.version) {
    // Said again where it is shown, as the draft warning is: found before the language the translation chooses is spoken.
    problems.push(
      saidProblem({ file, ...place('source_version'), severity: 'warning' }, 'authoring.translation.oldVersion', { translated: String(doc.sourceVersion), source: source.id, version: String(source.version) }),
    );
  }
  // One problem per part missing (a whole theme, a list cut short), not one per text in it.
  const missing = groupBy(
    [...entries.keys()].filter((id) => !texts.has(id)),
    (id) => {
      const parent = id.slice(0, id.lastIndexOf('.'));
      return /\.\d+$/.test(id) && at.has(parent) ? parent : shortest(id, (prefix) => !at.has(prefix));
    },
  );
  for (const [part, ids] of missing) {
    const entry = entries.get(ids[0]!)!;
    if (ids.length === 1 && part === entry.id) problems.push(problem(part, say('authoring.translation.missingText', { part, context: entry.context, source: quoted(entry.source) })));
    else problems.push(problem(part, say('authoring.translation.missingTexts', { count: ids.length, part, ids: listed(ids) })));
  }
  const known = new Set([...entries.keys()].flatMap(prefixes));
  const unknown = groupBy(
    [...texts.keys()].filter((id) => !entries.has(id)),
    (id) => shortest(id, (prefix) => !known.has(prefix)),
  );
  for (const [part, ids] of unknown) {
    problems.push(problem(part, say(ids.length === 1 && ids[0] === part ? 'authoring.translation.unknownText' : 'authoring.translation.unknownPart', { part, source: source.id })));
  }
  for (const [id, text] of texts) {
    if (entries.get(id)?.source.includes('{theme}') && !text.includes('{theme}')) problems.push(saidProblem({ file, ...place(id), severity: 'warning' }, 'authoring.translation.keepTheme', { theme: '{theme}' }));
  }
  return problems;
}

const placesById = (places: ValidatedTranslation['places']) => new Map(places.map(([id, line, column]) => [id, { line, column }] as const));

/** Where a text's id (or, failing that, the nearest part of it) is written in the translation. */
function placeIn(at: ReadonlyMap<string, { line: number; column: number }>): (id: string) => { line: number; column: number } {
  return (id) => {
    for (let path = id; path !== ''; path = path.slice(0, Math.max(0, path.lastIndexOf('.')))) {
      const found = at.get(path);
      if (found) return found;
    }
    return { line: 1, column: 1 };
  };
}

/**
 * The source's rules run again on the source in the translation's words: texts alone can change
 * how answers are read (two labels alike, a "not observed" answer spelt as a label or a number),
 * so what the rules refuse in a questionnaire is refused in a translation, at the text's place.
 */
function scoringByTexts(source: QuestionnaireDoc, merged: QuestionnaireDoc, translation: ValidatedTranslation, file: string): Problem[] {
  const entries = sourceTexts(source);
  const place = placeIn(placesById(translation.places));
  const idAt = (path: readonly (string | number)[]) => {
    const key = path.join('\u0000');
    // The text at the path, else the first text under it (a finding about a whole list of labels).
    return (entries.find((e) => e.at.join('\u0000') === key) ?? entries.find((e) => e.at.join('\u0000').startsWith(`${key}\u0000`)))?.id ?? '';
  };
  return checkRules(merged)
    .filter((f) => f.severity === 'error')
    .map((f) => ({ file, ...place(idAt(f.path)), severity: 'error' as const, message: say('authoring.translation.scoringByTexts', { message: f.message }) }));
}

/** "a.b.c" as "a", "a.b", "a.b.c". */
const prefixes = (id: string) => id.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
/** The shortest prefix of `id` that `test` holds for (the id itself at the longest). */
const shortest = (id: string, test: (prefix: string) => boolean) => prefixes(id).find(test) ?? id;
const MAX_LISTED = 4;
const listed = (ids: readonly string[]) => (ids.length > MAX_LISTED ? say('authoring.translation.andMore', { ids: ids.slice(0, MAX_LISTED).join(', '), count: ids.length - MAX_LISTED }) : ids.join(', '));

function groupBy(ids: readonly string[], key: (id: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const k = key(id);
    const group = groups.get(k);
    if (group) group.push(id);
    else groups.set(k, [id]);
  }
  return groups;
}

/** The source with the translation's texts and language: the same ids, scales, keying and bands, so scores compare. */
export function translatedDoc(source: QuestionnaireDoc, { doc }: ValidatedTranslation): QuestionnaireDoc {
  const merged = structuredClone(source);
  const texts = new Map(doc.texts);
  for (const entry of sourceTexts(source)) {
    const text = texts.get(entry.id);
    if (text !== undefined) setAt(merged, entry, text);
  }
  return { ...merged, language: doc.language };
}

function setAt(doc: QuestionnaireDoc, { at }: TextEntry, text: string): void {
  let node = doc as unknown as Record<string | number, unknown>;
  for (const segment of at.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[at.at(-1)!] = text;
}

/** A translation checked against its source, and when it passes, the source in its words (problems: the file's own first). */
export function applyTranslation(source: QuestionnaireDoc, translation: ValidatedTranslation, problems: readonly Problem[], file: string): { doc?: QuestionnaireDoc; problems: Problem[] } {
  // In the order of the file, as a questionnaire's problems are.
  const all = [...problems, ...checkTranslation(source, translation, file)].sort((a, b) => a.line - b.line || a.column - b.column);
  if (hasErrors(all)) return { problems: firstProblems(all) };
  const doc = translatedDoc(source, translation);
  const refused = scoringByTexts(source, doc, translation, file);
  return refused.length > 0 ? { problems: firstProblems([...all, ...refused]) } : { doc, problems: all };
}

/**
 * The translated model, told its source's labels and "not observed" answers, so that answers
 * given in the source's language (a cohort answering in both) read as the same points.
 */
export function withSourceAnswers(q: Questionnaire, source: QuestionnaireDoc): Questionnaire {
  for (const [id, scale] of Object.entries(q.scales)) {
    const own = source.scales[id];
    if (!own) continue;
    scale.sourceLabels = [...own.labels];
    if (own.not_applicable) scale.sourceNotApplicable = [...own.not_applicable];
  }
  return q;
}

/** The warning a draft translation gives wherever it is used, until a speaker of its language has reviewed it. */
export function draftWarning({ doc, places }: ValidatedTranslation, file: string): Problem[] {
  if (doc.status !== 'draft') return [];
  const [, line, column] = places.find(([id]) => id === 'status') ?? ['', 1, 1];
  // Said again where it is shown: it is found while the questionnaire whose language then counts loads.
  return [saidProblem({ file, line, column, severity: 'warning' }, 'authoring.translation.draft', { language: doc.language })];
}
