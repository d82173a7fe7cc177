import { firstProblems, hasErrors, type Problem } from '../problem.js';
import { parseYamlSource, type Path, type YamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import { HEADER_FIELDS, SCORING_FIELDS, translationSchema } from './schema.js';
import type { ValidatedFile, ValidatedTranslation } from './validated.js';
import { say } from '../i18n/voice.js';

/** Fields whose keys are ids (of scales, bands, resources, themes, items, band reflections, facets), not field names. */
const ID_KEYED = new Set(['scales', 'bands', 'resources', 'themes', 'items', 'reflections', 'facets']);

/** Whether YAML text is a translation file (a top-level translation_of), without parsing it when it cannot be. */
export function isTranslationText(text: string): boolean {
  if (!text.includes('translation_of')) return false;
  const { value } = parseYamlSource(text, '');
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'translation_of');
}

/** Checks a translation file on its own: its shape, and that it sets no scoring rule. */
export function validateTranslation(text: string, file: string): ValidatedFile {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.problems)) return { problems: firstProblems(source.problems), isTranslation: true };
  const scoring: Path[] = [];
  const value = withoutScoring(source.value, [], false, scoring);
  const refused = scoring.map((path): Problem => {
    const { line, column } = source.locate(path, true);
    return { file, line, column, severity: 'error', message: say('authoring.translation.noScoring', { field: String(path.at(-1)) }) };
  });
  const parsed = translationSchema.safeParse(value);
  const problems = [...source.problems, ...refused, ...(parsed.success ? [] : zodProblems(translationSchema, parsed.error.issues, source, file))];
  if (!parsed.success || hasErrors(problems)) return { problems: firstProblems(problems), isTranslation: true };
  const { translation_of, language, status, source_version } = parsed.data;
  const texts: [string, string][] = [];
  const places: ValidatedTranslation['places'] = [];
  collect(parsed.data, [], texts, places, source);
  return { problems, isTranslation: true, translation: { doc: { translationOf: translation_of, language, status, ...(source_version === undefined ? {} : { sourceVersion: source_version }), texts }, places } };
}

/** A copy of `value` without the scoring fields, whose paths go to `found`. */
function withoutScoring(value: unknown, path: Path, keysAreIds: boolean, found: Path[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => withoutScoring(v, [...path, i], false, found));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, v] of Object.entries(value)) {
    if (!keysAreIds && SCORING_FIELDS.has(key)) found.push([...path, key]);
    else copy[key] = withoutScoring(v, [...path, key], !keysAreIds && ID_KEYED.has(key), found);
  }
  return copy;
}

function collect(value: unknown, path: (string | number)[], texts: [string, string][], places: ValidatedTranslation['places'], source: YamlSource): void {
  if (path.length > 0) {
    const { line, column } = source.locate(path, true);
    places.push([path.join('.'), line, column]);
  }
  if (path.length === 1 && HEADER_FIELDS.has(String(path[0]))) return;
  if (typeof value === 'string') texts.push([path.join('.'), value]);
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i], texts, places, source));
  else if (value !== null && typeof value === 'object') for (const [key, v] of Object.entries(value)) collect(v, [...path, key], texts, places, source);
}
