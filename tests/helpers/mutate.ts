import fc from 'fast-check';

export interface Mutation {
  kind: 'delete' | 'insert' | 'duplicateLine';
  at: number;
  length?: number;
  text?: string;
}

/** A mutation of a valid file: delete a span, insert YAML-significant or random text, or repeat a line. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string(), fc.constantFrom('\n', ': ', '- ', '[', '{', '&a ', '*a', '!!binary ', '"', "'", '\t', '__proto__: 1\n', 'constructor: ', '\u0000', '\uFEFF', '\r\n', '#', '\u001b[2J')),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else if (m.kind === 'insert') out = out.slice(0, at) + (m.text ?? '') + out.slice(at);
    else {
      const lines = out.split('\n');
      const i = at % lines.length;
      lines.splice(i, 0, lines[i]!);
      out = lines.join('\n');
    }
  }
  return out;
}
