import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/core/json-schemas.js';

/** A JSON Schema node, as far as these checks read one. */
interface Node {
  type?: string;
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
}

/** Every property of every object in the schema, records' values and arrays' items included, with its path. */
function properties(node: Node, path: string): { path: string; node: Node }[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => [{ path: `${path}.${name}`, node: child }, ...properties(child, `${path}.${name}`)]);
  const values = typeof node.additionalProperties === 'object' ? properties(node.additionalProperties, `${path}.*`) : [];
  const items = node.items ? properties(node.items, `${path}[]`) : [];
  return [...own, ...values, ...items];
}

/** A leaf is what an editor completes as a value: not an object, not a list of objects. */
const isLeaf = (node: Node) => node.type !== 'object' && !(node.type === 'array' && node.items?.type === 'object');

/** Whether an example fits what the node itself says of its values: type, enum, pattern, bounds. */
function fits(node: Node, value: unknown): boolean {
  if (node.enum && !node.enum.includes(value)) return false;
  if (node.type === 'array') return Array.isArray(value) && value.every((v) => !node.items || fits(node.items, v));
  if (node.type === 'string') return typeof value === 'string' && (node.pattern === undefined || new RegExp(node.pattern).test(value));
  if (node.type === 'integer' || node.type === 'number') {
    if (typeof value !== 'number' || (node.type === 'integer' && !Number.isInteger(value))) return false;
    return (node.minimum === undefined || value >= node.minimum) && (node.maximum === undefined || value <= node.maximum);
  }
  return true;
}

describe('the questionnaire JSON Schema, for editors', () => {
  const schema = jsonSchemas.questionnaire() as Node;
  const all = properties(schema, '$');

  it('reaches every part of the format (a walk that found nothing would prove nothing)', () => {
    const paths = all.map((p) => p.path);
    for (const path of ['$.themes[].facets[].items[].keyed', '$.scales.*.labels', '$.themes[].reflections.*.try', '$.bands[].below', '$.resources[].url', '$.importance.question']) expect(paths).toContain(path);
  });

  it('describes every property', () => {
    expect(all.filter((p) => !p.node.description).map((p) => p.path)).toEqual([]);
  });

  it('gives every leaf property an example that fits it', () => {
    const leaves = all.filter((p) => isLeaf(p.node));
    expect(leaves.filter((p) => !p.node.examples || p.node.examples.length === 0).map((p) => p.path)).toEqual([]);
    expect(leaves.flatMap((p) => (p.node.examples ?? []).filter((e) => !fits(p.node, e)).map((e) => `${p.path}: ${JSON.stringify(e)}`))).toEqual([]);
  });

  it('lists the values where the set is fixed', () => {
    const enums = (path: string) => all.find((p) => p.path === path)!.node.enum;
    expect(enums('$.form')).toEqual(['self', 'observer']);
    expect(enums('$.scoring.method')).toEqual(['mean', 'sum']);
    expect(enums('$.themes[].method')).toEqual(['mean', 'sum']);
    expect(enums('$.themes[].items[].type')).toEqual(['likert', 'text']);
    expect(enums('$.themes[].facets[].items[].keyed')).toEqual(['plus', 'minus']);
  });
});
