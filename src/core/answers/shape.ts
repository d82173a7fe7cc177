import { isSlug } from '../questionnaire/slug.js';
import type { ReadAnswerDoc } from './parse.js';
import { RATER_ROLES } from './roles.js';
import type { AnswerFileDoc } from './schema.js';
import { LANGUAGE_TAG } from '../language-tag.js';

/**
 * The answer-file schema's step without zod, for files that pass it: a document only when the
 * value is sure to pass answerFileReadSchema (schema.ts) as zod would give it back; undefined
 * otherwise, even for some values zod would take (a 29 February, say), so that zod, loaded then,
 * decides and says what is wrong. It never answers with problems: their wording is zod's.
 * tests/core/answer-shape.test.ts holds it to zod on generated files.
 */
export const readKnownShape: ReadAnswerDoc = (value) => {
  if (!isPlainRecord(value)) return undefined;
  for (const key of Object.keys(value)) if (!FIELDS.has(key)) return undefined;
  const { $schema, questionnaire, version, language, report_languages, respondent, role, subject, started, completed, attributes, answers, importance } = value;
  const ok =
    optional($schema, (v) => typeof v === 'string') &&
    isSlug(questionnaire) &&
    typeof version === 'number' &&
    Number.isSafeInteger(version) &&
    version >= 1 &&
    optional(language, (v) => typeof v === 'string' && LANGUAGE_TAG.test(v)) &&
    optional(report_languages, (v) => Array.isArray(v) && v.length > 0 && v.every((tag) => typeof tag === 'string' && LANGUAGE_TAG.test(tag))) &&
    optional(respondent, (v) => textUpTo(v, 200)) &&
    optional(role, (v) => (RATER_ROLES as readonly unknown[]).includes(v)) &&
    optional(subject, (v) => textUpTo(v, 200)) &&
    optional(started, isOffsetDateTime) &&
    optional(completed, isOffsetDateTime) &&
    optional(attributes, (v) => isRecordOf(v, (text) => textUpTo(text, 1000))) &&
    isRecordOf(answers, () => true) &&
    optional(importance, (v) => isRecordOf(v, () => true));
  if (!ok) return undefined;
  // As zod gives it back: the fields the schema has, in its order, each record a copy.
  const doc = {
    ...($schema !== undefined ? { $schema } : {}),
    questionnaire,
    version,
    ...(language !== undefined ? { language } : {}),
    ...(report_languages !== undefined ? { report_languages: [...(report_languages as string[])] } : {}),
    ...(respondent !== undefined ? { respondent } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(started !== undefined ? { started } : {}),
    ...(completed !== undefined ? { completed } : {}),
    ...(attributes !== undefined ? { attributes: { ...(attributes as object) } } : {}),
    answers: { ...(answers as object) },
    ...(importance !== undefined ? { importance: { ...(importance as object) } } : {}),
  };
  return { doc: doc as AnswerFileDoc };
};

const FIELDS = new Set(['$schema', 'questionnaire', 'version', 'language', 'report_languages', 'respondent', 'role', 'subject', 'started', 'completed', 'attributes', 'answers', 'importance']);

/** A mapping as the YAML reader gives one (it refuses a "__proto__" key before this is asked). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An absent field passes; null is a value, which none of these fields takes. */
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

const textUpTo = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

/**
 * A record whose keys are at most 100 characters (as the schema's), every value passing `check`.
 * A "__proto__" key (JSON.parse makes one an own key) is left to zod, whose copy of a record
 * treats it its own way.
 */
function isRecordOf(value: unknown, check: (value: unknown) => boolean): boolean {
  return isPlainRecord(value) && Object.entries(value).every(([key, v]) => key.length <= 100 && key !== '__proto__' && v !== undefined && check(v));
}

/**
 * An RFC 3339 date and time with Z or an offset, as z.iso.datetime({ offset: true }) takes it;
 * 29 February is left to zod's own rule for leap years.
 */
const DATE_TIME = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isOffsetDateTime(value: unknown): boolean {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  return match !== null && Number(match[3]) <= DAYS_IN_MONTH[Number(match[2]) - 1]!;
}
