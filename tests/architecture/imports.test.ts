import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The rules of ARCHITECTURE.md's layers, checked on the source: no import cycle (type-only and
// dynamic imports count, as they tie modules together for a reader and a bundler alike), a pure
// core that imports no layer above it and nothing of Node's, and exit codes known only on top.
const SRC = join(ROOT, 'src');

/** Every relative import of a module: static, type-only, re-exports and dynamic import(). */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+'([^']+)'/gm)) specifiers.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) specifiers.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) specifiers.push(m[1]!);
  return specifiers;
}

function sourceGraph(): Map<string, string[]> {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const local = importsOf(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
    graph.set(
      relative(SRC, file),
      local.map((f) => relative(SRC, f)),
    );
  }
  return graph;
}

/** The import cycles, each as the modules on it (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src', () => {
  const graph = sourceGraph();

  it('finds cycles, type-only and dynamic imports included (the checker itself)', () => {
    expect(importsOf("import type { A } from './a.js';\nexport { b } from './b.js';\nconst c = await import('./c.js');\nimport './d.js';")).toEqual(['./a.js', './b.js', './d.js', './c.js']);
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['a']]]))).toEqual([['a']]);
  });

  it('has no import cycle', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps the core pure: it imports no outer layer and nothing of Node', () => {
    const outer = /^(io|cli|terminal|prompt|render|commands)\//;
    const offending: string[] = [];
    for (const [file, deps] of graph) {
      if (!file.startsWith('core/')) continue;
      for (const dep of deps) if (outer.test(dep) || !dep.startsWith('core/')) offending.push(`${file} imports ${dep}`);
      for (const specifier of importsOf(readFileSync(join(SRC, file), 'utf8'))) if (specifier.startsWith('node:')) offending.push(`${file} imports ${specifier}`);
    }
    expect(offending).toEqual([]);
  });

  it('lets only the entry touch process: commands and every layer below take the command context', () => {
    // The file-system layer names this process in its temporary files and locks (its pid), and
    // removes unfinished temporary files at exit: facts of the process, not of a command's world.
    const allowed = new Set(['cli.ts', 'cli/process-io.ts', 'io/atomic.ts', 'io/run-lock.ts']);
    const offending: string[] = [];
    for (const file of graph.keys()) {
      if (allowed.has(file)) continue;
      const code = readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\bprocess\.|\bprocess\b\s*[),;]/.test(code)) offending.push(file);
    }
    expect(offending).toEqual([]);
  });

  it('keeps exit codes to the commands and the entry: only commands/ and cli/ import ExitError (errors.ts)', () => {
    const importers = [...graph].filter(([, deps]) => deps.includes('errors.ts')).map(([file]) => file);
    expect(importers.length).toBeGreaterThan(5);
    expect(importers.filter((file) => !/^(commands|cli)\//.test(file))).toEqual([]);
  });
});
