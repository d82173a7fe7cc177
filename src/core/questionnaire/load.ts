import { questionnaireSchema } from './schema.js';
import { checkRules } from './rules.js';
import { loadValidated, type LoadResult, type ValidatedQuestionnaire } from './validated.js';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import { firstProblems, hasErrors, type Problem } from '../problem.js';

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
  const result = check(source, file);
  const bounded = { ...result, problems: firstProblems(result.problems) };
  const id: unknown = source.value !== null && typeof source.value === 'object' ? (source.value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return bounded;
  const { line, column } = source.locate(['id']);
  return { ...bounded, declared: { id, line, column } };
}

function check(source: YamlSource, file: string): ValidatedQuestionnaire {
  if (hasErrors(source.problems)) return { problems: source.problems };

  if (source.value == null) return { problems: [{ file, line: 1, column: 1, severity: 'error', message: 'the file is empty: expected a questionnaire (see questionnaires/template.yaml)' }] };
  const parsed = questionnaireSchema.safeParse(source.value);
  if (!parsed.success) {
    return { problems: [...source.problems, ...zodProblems(questionnaireSchema, parsed.error.issues, source, file)] };
  }
  const findings = checkRules(parsed.data).map((f): Problem => {
    const { line, column } = source.locate(f.path, f.atKey);
    return { file, line, column, severity: f.severity, message: f.message };
  });
  const problems = [...source.problems, ...findings];
  if (hasErrors(problems)) return { problems };
  return { doc: parsed.data, problems };
}
