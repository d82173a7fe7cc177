import { questionnaireSchema } from './schema.js';
import { checkRules } from './rules.js';
import { loadValidated, type LoadResult, type ValidatedQuestionnaire } from './validated.js';
import { parseYamlSource, type Path, type YamlSource } from '../yaml-source.js';
import { placeIn } from './place.js';
import { readablePart } from '../yaml-readable.js';
import { zodProblems } from '../zod-problems.js';
import { firstProblems, hasErrors, uniqueProblems } from '../problem.js';
import { say } from '../i18n/voice.js';

/**
 * Parses and validates questionnaire YAML; every problem carries its line and column. At most
 * MAX_PROBLEMS_PER_FILE are returned (then one that counts the rest), as for answer files: one
 * file of 22,000 bad items would otherwise print 150,000 lines.
 */
export function loadQuestionnaire(text: string, file: string): LoadResult {
  return loadValidated(validateQuestionnaire(text, file));
}

/** As loadQuestionnaire, stopping short of the model: what the compiled built-ins and the cache keep. */
export function validateQuestionnaire(text: string, file: string): ValidatedQuestionnaire {
  const source = parseYamlSource(text, file);
  const result = check(source, text, file);
  const bounded = { ...result, problems: firstProblems(result.problems) };
  const id: unknown = source.value !== null && typeof source.value === 'object' ? (source.value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return bounded;
  const { line, column } = source.locate(['id']);
  return { ...bounded, declared: { id, line, column } };
}

/**
 * One pass: the syntax errors, then the schema's and the rules' problems in what the file says as
 * far as it can be read (its top-level entries that no syntax error touches), in the order of the
 * file, each once.
 */
function check(source: YamlSource, text: string, file: string): ValidatedQuestionnaire {
  let read = source;
  let keep = (_path: Path) => true;
  if (source.misread.length > 0) {
    const { text: rest, dropped } = readablePart(text, source.misread);
    read = parseYamlSource(rest, file);
    keep = (path) => !dropped.has(String(path[0]));
  }
  const value = read.value;
  if (value === undefined) return { problems: source.problems };
  if (value === null) {
    if (hasErrors(source.problems)) return { problems: source.problems };
    return { problems: [{ file, line: 1, column: 1, severity: 'error', message: say('authoring.load.empty') }] };
  }
  // The rest's own problems are those of the first reading (its warnings) and duplicate keys.
  const problems = [...source.problems, ...(read === source ? [] : read.problems)];
  const parsed = questionnaireSchema.safeParse(value);
  if (!parsed.success) {
    const place = (path: Path) => placeIn(value, path);
    for (const p of zodProblems(questionnaireSchema, parsed.error.issues, read, file, { place, keep })) problems.push(p);
  }
  for (const f of checkRules(value)) {
    if (!keep(f.path)) continue;
    const { line, column } = read.locate(f.path, f.atKey);
    problems.push({ file, line, column, severity: f.severity, message: f.message, ...(f.said ? { said: f.said } : {}) });
  }
  const distinct = uniqueProblems(problems);
  if (hasErrors(distinct) || !parsed.success) return { problems: distinct };
  return { doc: parsed.data, problems: distinct };
}
