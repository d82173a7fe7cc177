// Run by `npm run build` after scripts/transpile.mjs: bundles the CLI it wrote into dist/ (and the
// npm packages it uses) into dist/bundle/, which bin/syslead.js runs. Node loads ESM files one by one, each read,
// resolved and compiled on its own: the 60-120 modules a command needed took most of its start-up.
// What the code loads with import() (the commands, yaml and zod, the renderers, the xlsx and zip
// readers, the prompts) stays in chunks of its own, loaded only when a command needs it.
//
// dist/bundle/meta.json maps every chunk to the modules in it (tests/helpers/loaded-modules.ts reads
// it to tell which modules a command loaded); dist/bundle/THIRD-PARTY-LICENSES.txt holds the licence
// of every package bundled. The transpiled dist/ stays: this script, scripts/compile-questionnaires.mjs and a
// few tests import its modules.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/bundle');

// The chunks sit flat in dist/bundle/, two folders below the package as every module of
// dist/<folder>/ is, so that such a module's `new URL('../../package.json', import.meta.url)` (and
// its like) finds the same file from a chunk. Any other bundled module that uses import.meta.url
// (one level up or down, or of a package in node_modules) would look elsewhere: it fails the build.
const OUT_DEPTH = 2;

// esbuild's ESM output turns a bundled CommonJS package's require() of a Node module (commander's
// of node:events, yaml's of node:process) into a call that needs a `require`: ESM has none of its own.
const banner = "import { createRequire as __sysleadCreateRequire } from 'node:module';\nconst require = __sysleadCreateRequire(import.meta.url);";

// string-width makes ICU's grapheme segmenter as it loads, about 10 ms: more than a short command
// spends on its text. render/text-width.js counts columns as it does (tests/render/text-width.test.ts)
// and makes the segmenter only for text that is not narrow: wrap-ansi gets that for string-width.
const lazySegmenter = {
  name: 'string-width-with-a-lazy-segmenter',
  setup(build) {
    const wrapAnsi = join(root, 'node_modules/wrap-ansi/index.js');
    build.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === wrapAnsi ? { path: join(root, 'dist/render/string-width.js') } : undefined));
  },
};

// @stdlib's gammaincinv makes a logger with `debug` as it loads, for messages shown only when $DEBUG
// names it: loading debug cost report about 5 ms. Its modules get a logger that writes nothing.
const noDebug = {
  name: 'no-debug-for-stdlib',
  setup(build) {
    build.onResolve({ filter: /^debug$/ }, (args) => (args.importer.includes('/node_modules/@stdlib/') ? { path: join(root, 'scripts/no-debug.cjs') } : undefined));
  },
};

// commander requires node:child_process as it loads, for subcommands that are programs of their
// own, which syslead has none of: about 4 ms of every command on Node 20. It gets the module when it
// would spawn one.
const lazyChildProcess = {
  name: 'commander-without-child-process',
  setup(build) {
    const command = join(root, 'node_modules/commander/lib/command.js');
    const eager = "const childProcess = require('node:child_process');";
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      if (args.path !== command) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`bundle: ${args.path} no longer requires node:child_process as this plugin expects`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: join(root, 'dist/cli.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  banner: { js: banner },
  // Comments a package marks as legal (/*!, @license) go to a .LEGAL.txt beside their chunk; the
  // packages' licences themselves are in THIRD-PARTY-LICENSES.txt.
  legalComments: 'linked',
  // Less text to read and parse at every start: whitespace and syntax are minified (3-8% of the
  // CPU of each command in paired runs of bench/startup.mjs); names are kept, so stacks still read.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [lazySegmenter, noDebug, lazyChildProcess],
  logLevel: 'warning',
});

// Node 20 has no compile cache for ES modules: there bin/syslead.js runs a CommonJS copy of every
// chunk (x.cjs beside x.js) through vm.Script with V8's code cache per chunk (bin/code-cache.js), so
// that a command reads, compiles and caches only the chunks it loads, as on the ESM path. The copy is
// esbuild's transform of the chunk: its imports become require() of the sibling copies, its import()
// a require() when called (a module import() would start Node's ESM loader, about as dear as what the
// cache saves), import.meta.url the copy's own URL (it sits where the chunk does). The chunks have no
// top-level await, which CommonJS lacks: the transform would fail on one.
const esmFiles = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
for (const file of esmFiles) {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8').replace(/^#!.*\n/, '');
  if (!source.startsWith(banner)) throw new Error(`bundle: ${file} does not start with the banner`);
  const body = source.slice(banner.length);
  const { code } = await transform(body, {
    format: 'cjs',
    loader: 'js',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    define: body.includes('import.meta.url') ? { 'import.meta.url': '__sysleadUrl' } : {},
    banner: body.includes('import.meta.url') ? "'use strict';const __sysleadUrl = require('node:url').pathToFileURL(__filename).href;" : "'use strict';",
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  const required = code.replace(/require\("\.\/([\w-]+)\.js"\)/g, 'require("./$1.cjs")');
  if (/(?<![\w$.])import\(|\brequire\("\.\/[^"]*\.js"\)/.test(required)) {
    console.error(`bundle: ${file}: an import() or a require() of an ES module is left in its CommonJS copy, which bin/code-cache.js cannot run`);
    process.exit(1);
  }
  writeFileSync(path.replace(/\.js$/, '.cjs'), required);
}

const inputs = Object.keys(result.metafile.inputs);
const atBundleDepth = (input) => input.startsWith('dist/') && input.split('/').length - 1 === OUT_DEPTH;
const misplaced = inputs.filter((input) => !atBundleDepth(input) && readFileSync(join(root, input), 'utf8').includes('import.meta.url'));
if (misplaced.length > 0) {
  console.error(`bundle: ${misplaced.join(', ')}: import.meta.url would point elsewhere from dist/bundle/; keep such code in src/<folder>/, or leave the package out of the bundle`);
  process.exit(1);
}

const chunks = chunkContents(result.metafile);
writeFileSync(join(outdir, 'meta.json'), `${JSON.stringify(chunks, null, 1)}\n`);
writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), licences(inputs));

/**
 * Each chunk (by its file name): the modules bundled into it (paths from the package's root) and the
 * chunks it imports statically, which load with it; the others load when the code calls import().
 */
function chunkContents(metafile) {
  const name = (file) => relative(outdir, join(root, file));
  return Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, output]) => [name(file), { modules: Object.keys(output.inputs), imports: output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => name(i.path)) }]),
  );
}

/** Sorts as the same on every machine, whatever its locale. */
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name, version and licence text of every npm package with a module in the bundle. */
function licences(bundled) {
  const packages = new Set();
  for (const input of bundled) {
    const at = input.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    packages.add(input.slice(0, at) + ['node_modules', ...parts.slice(0, parts[0].startsWith('@') ? 2 : 1)].join('/'));
  }
  const texts = [...packages].sort(byCodeUnit).map((folder) => {
    const pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, folder)).find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
    if (file === undefined) throw new Error(`bundle: ${pkg.name} has no licence file to ship with its code`);
    return `${pkg.name}@${pkg.version} (${pkg.license})\n\n${readFileSync(join(root, folder, file), 'utf8').trim()}\n`;
  });
  return `The syslead bundle (dist/bundle/) includes code of these packages, under these licences.\n\n${texts.join(`\n${'-'.repeat(72)}\n\n`)}`;
}
