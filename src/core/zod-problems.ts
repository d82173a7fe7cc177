import type { z } from 'zod';
import type { Problem } from './problem.js';
import type { Path, YamlSource } from './yaml-source.js';
import type { MessageKey } from './i18n/en.js';
import { say } from './i18n/voice.js';
import { shortened } from './shortened.js';

export interface ZodProblemOptions {
  /** Where a path is, in the reader's words (default: `themes[0].items`). */
  place?: (path: Path) => string;
  /** Whether to report a problem about `path` (default: every one). */
  keep?: (path: Path) => boolean;
}

/** Turns zod issues into located problems with messages written for people who are not programmers. */
export function zodProblems(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], source: YamlSource, file: string, options: ZodProblemOptions = {}): Problem[] {
  const { place = fieldName, keep = () => true } = options;
  const problems: Problem[] = [];
  const push = (path: Path, message: string, atKey = false) => {
    const { line, column } = source.locate(path, atKey);
    problems.push({ file, line, column, severity: 'error', message });
  };
  // zod also checks a list's length on a text given in its place: the wrong type is the mistake.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)));
  for (const issue of issues) {
    const path = issue.path as Path;
    if (!keep(path)) continue;
    if ((issue.code === 'too_big' || issue.code === 'too_small') && wrongType.has(JSON.stringify(issue.path))) continue;
    const name = place(path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys) if (keep([...path, key])) push([...path, key], say('authoring.zod.unknownField', { key: shortened(key), suggestion: suggest(key, allowed) }), true);
      continue;
    }
    const value = valueAt(source.value, path);
    if (issue.code === 'invalid_type' && value === undefined && !source.locate(path).found) {
      const within = place(path.slice(0, -1));
      const field = String(path.at(-1));
      push(path.slice(0, -1), within ? say('authoring.zod.missingFieldIn', { within, field }) : say('authoring.zod.missingField', { field }));
      continue;
    }
    if (issue.code === 'invalid_union' && path.length > 0) {
      push(path, `${name}: ${issue.message}`);
      continue;
    }
    push(path, `${name ? `${name}: ` : ''}${describe(issue, value, path)}`);
  }
  return problems;
}

function describe(issue: z.core.$ZodIssue, value: unknown, path: Path): string {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue.expected, value, path);
    case 'invalid_value':
      return say(issue.values.length === 1 ? 'authoring.zod.mustBe' : 'authoring.zod.mustBeOneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', '), value: show(value) });
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big)/.test(issue.message)) return issue.message;
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      // The limit is written as zod gives it (no thousands separator); the count only chooses the plural form.
      const values = { count: limit, limit: String(limit), value: show(value) };
      if (issue.origin === 'array') return say(issue.code === 'too_small' ? 'authoring.zod.atLeastEntries' : 'authoring.zod.atMostEntries', values);
      if (issue.origin === 'string') return issue.code === 'too_small' ? (limit <= 1 ? say('authoring.zod.notEmpty') : say('authoring.zod.atLeastCharacters', values)) : say('authoring.zod.atMostCharacters', values);
      const bound = issue.code === 'too_small' ? (inclusive ? 'authoring.zod.atLeast' : 'authoring.zod.moreThan') : inclusive ? 'authoring.zod.atMost' : 'authoring.zod.lessThan';
      return say(bound, values);
    }
    case 'invalid_format':
      return issue.message.replace(/^Invalid[^:]*: /, '');
    default:
      return issue.message;
  }
}

/** What each list holds, by the name of its field, to say what belongs where a wrong value is. */
const LIST_OF: Readonly<Record<string, MessageKey>> = {
  themes: 'authoring.zod.list.themes',
  facets: 'authoring.zod.list.facets',
  items: 'authoring.zod.list.items',
  questions: 'authoring.zod.list.questions',
  labels: 'authoring.zod.list.labels',
  not_applicable: 'authoring.zod.list.answers',
  bands: 'authoring.zod.list.bands',
  resources: 'authoring.zod.list.resources',
};

/** A value of the wrong kind, said as the mistake it most likely is, with the fix. */
function wrongType(expected: string, value: unknown, path: Path): string {
  const field = typeof path.at(-1) === 'string' ? String(path.at(-1)) : undefined;
  if (expected === 'array') {
    const of = field === undefined ? undefined : LIST_OF[field];
    const what = of === undefined ? say('authoring.zod.show.list') : say('authoring.zod.listOf', { things: say(of) });
    return say(typeof value === 'string' ? 'authoring.zod.listFromText' : 'authoring.zod.listFrom', { value: show(value), what });
  }
  if (expected === 'object') {
    return say(typeof value === 'string' || typeof value === 'number' ? 'authoring.zod.mappingFromScalar' : 'authoring.zod.mappingFrom', { value: show(value) });
  }
  if (expected === 'string') {
    if (value === null || value === undefined) return say('authoring.zod.textFromNothing');
    if (typeof value === 'number' || typeof value === 'boolean') return say('authoring.zod.textFromScalar', { value: show(value), text: String(value) });
    if (Array.isArray(value)) return say('authoring.zod.textFromList');
    return say('authoring.zod.textFromMapping');
  }
  if (expected === 'number' || expected === 'int') {
    const whole = expected === 'int';
    if (typeof value === 'number') return say(whole ? 'authoring.zod.wholeFromDecimal' : 'authoring.zod.numberFromDecimal', { value: show(value) });
    return say(whole ? 'authoring.zod.wholeFrom' : 'authoring.zod.numberFrom', { value: show(value) });
  }
  if (expected === 'boolean') return say('authoring.zod.booleanFrom', { value: show(value) });
  return say('authoring.zod.expected', { expected, value: show(value) });
}

function show(value: unknown): string {
  if (value === undefined) return say('authoring.zod.show.nothing');
  if (value === null) return say('authoring.zod.show.empty');
  if (Array.isArray(value)) return say('authoring.zod.show.list');
  if (typeof value === 'object') return say('authoring.zod.show.mapping');
  const text = JSON.stringify(value);
  if (typeof value !== 'string') return text;
  const cut = shortened(text);
  return say('authoring.zod.show.text', { text: cut === text ? text : `${cut}"` });
}

function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (s: z.ZodType) => s._zod.def as unknown as SchemaDef;

/** The field names an object schema allows at `path` (zod's issue does not carry them). */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let s: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (let d: SchemaDef | undefined = s && defOf(s); d && (d.innerType || d.in); d = s && defOf(s)) s = d.innerType ?? d.in;
  };
  for (const p of path) {
    unwrap();
    const d: SchemaDef | undefined = s && defOf(s);
    s = d?.type === 'object' ? d.shape?.[String(p)] : d?.type === 'array' ? d.element : d?.type === 'record' ? d.valueType : undefined;
  }
  unwrap();
  const d: SchemaDef | undefined = s && defOf(s);
  return d?.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

function suggest(key: string, allowed: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    // The distance is at least the difference in length: 100,000 unknown keys are then cheap.
    if (Math.abs(key.length - candidate.length) >= bestDistance) continue;
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? say('authoring.zod.didYouMean', { key: best }) : '';
}

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
