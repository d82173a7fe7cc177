import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../src/core/json-source.js';
import { parseYamlSource, type Path } from '../../src/core/yaml-source.js';
import { fuzzRuns } from '../helpers/fuzz.js';

/** Every path into a value, and one more below each (which is not there). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const below: Path[] = [path, [...path, 'missing'], [...path, 0]];
  if (Array.isArray(value)) return [...below, ...value.flatMap((v, i) => pathsOf(v, [...path, i])), [...path, String(value.length > 0 ? 0 : 'x')]];
  if (value !== null && typeof value === 'object') return [...below, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return below;
}

/** What parseYamlSource makes of the text, as parseJsonSource would give it. */
function bothRead(text: string) {
  const json = parseJsonSource(text);
  const yaml = parseYamlSource(text, 'a.json');
  return { json, yaml };
}

describe('parseJsonSource reads a JSON mapping as parseYamlSource does', () => {
  it('a saved result: its value, no problems, and the line and column of every key and value', () => {
    const text = `${JSON.stringify({ questionnaire: 'systems-leadership', version: 3, completed: '2026-01-15T10:12:00Z', answers: { sv1: 4, sv2: null, notes: 'Quite “good” \\ fine' }, list: [1, [2, {}], []] }, null, 2)}\n`;
    const { json, yaml } = bothRead(text);
    expect(json).toBeDefined();
    expect(json!.value).toEqual(yaml.value);
    expect(json!.problems).toEqual([]);
    expect(json!.locate(['questionnaire'])).toEqual({ line: 2, column: 20, found: true });
    expect(json!.locate(['answers', 'sv2'], true)).toEqual({ line: 7, column: 5, found: true });
    for (const path of pathsOf(json!.value)) for (const atKey of [false, true]) expect(json!.locate(path, atKey), `${JSON.stringify(path)} ${atKey}`).toEqual(yaml.locate(path, atKey));
  });

  it('any JSON mapping, however laid out', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), fc.constantFrom(undefined, 0, 1, 2, 4), fc.boolean(), (value, indent, padded) => {
        const written = JSON.stringify(value, null, indent);
        const text = padded ? `\n  ${written.replaceAll(',', ' ,  ')}\n\n` : written;
        const { json, yaml } = bothRead(text);
        if (json === undefined) return true; // left to yaml: "__proto__" keys, say
        expect(json.problems).toEqual(yaml.problems);
        expect(json.value).toEqual(yaml.value);
        expect(Object.is((json.value as Record<string, unknown>)['-0'], (yaml.value as Record<string, unknown>)['-0'])).toBe(true);
        for (const path of pathsOf(json.value)) for (const atKey of [false, true]) expect(json.locate(path, atKey)).toEqual(yaml.locate(path, atKey));
        return true;
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it.each([
    ['YAML', 'questionnaire: x\n'],
    ['not a mapping', '[1, 2]'],
    ['a repeated key', '{"a": 1, "a": 2}'],
    ['a "__proto__" key', '{"__proto__": {"x": 1}}'],
    ['tabs', '{\t"a": 1}'],
    ['CRs', '{"a": 1}\r\n'],
    ['a byte-order mark', '\ufeff{"a": 1}'],
    ['nesting deeper than 32', `{"a": ${'['.repeat(40)}${']'.repeat(40)}}`],
    ['a key of more than 1,000 characters', `{"${'k'.repeat(1001)}": 1}`],
    ['broken JSON', '{"a": 1,}'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(parseJsonSource(text)).toBeUndefined();
  });
});
