// What a run of the installed command loaded, from the log tests/helpers/record-imports.mjs writes
// (Node 22 and later, which load the ES module chunks), or bin/code-cache.js writes (Node 20, which
// loads their CommonJS copies: x.cjs stands for the chunk x.js). The command runs the bundle
// (dist/bundle/, scripts/bundle.mjs): each chunk in the log stands for the modules bundled into it, as
// dist/bundle/meta.json lists them, so that a test can still say "no module of yaml was loaded" (a
// chunk with any of yaml in it counts as all of yaml).
import { readFileSync } from 'node:fs';
import { ROOT } from './cli.js';

interface Chunk {
  modules: string[];
  imports: string[];
}

const BUNDLE = `file://${ROOT}dist/bundle/`;
const chunksOfBundle = (): Record<string, Chunk> => JSON.parse(readFileSync(`${ROOT}dist/bundle/meta.json`, 'utf8'));

/** The chunks loaded (by file name), and every module loaded as a path from the package's root, one a line. */
export function loadedFrom(logFile: string): { chunks: Set<string>; modules: string } {
  const meta = chunksOfBundle();
  const urls = new Set(
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file://'))
      .map((url) => (url.startsWith(BUNDLE) ? url.replace(/\.cjs$/, '.js') : url)),
  );
  const chunks = [...urls].filter((url) => url.startsWith(BUNDLE)).map((url) => url.slice(BUNDLE.length));
  const modules = [...urls].flatMap((url) => {
    if (!url.startsWith(BUNDLE)) return [url.slice(`file://${ROOT}`.length)];
    const chunk = meta[url.slice(BUNDLE.length)];
    if (chunk === undefined) throw new Error(`${url} is not in dist/bundle/meta.json: run \`npm run build\``);
    return chunk.modules;
  });
  return { chunks: new Set(chunks), modules: modules.join('\n') };
}

/** The entry chunk and the chunks that load with it (its static imports, theirs, and so on): what starts before any import(). */
export function entryChunks(): Set<string> {
  const meta = chunksOfBundle();
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    for (const next of meta[name]!.imports) visit(next);
  };
  visit('cli.js');
  return found;
}
