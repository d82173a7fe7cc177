#!/usr/bin/env node
// The installed command. The CLI is TypeScript, transpiled into dist/ and bundled into
// dist/bundle/ (by `npm ci`, `npm run build`: scripts/bundle.mjs); this file only starts it, so
// that the package's entry never moves when the build does. It is CommonJS (bin/package.json):
// Node starts a CommonJS file sooner than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { isatty } = require('node:tty');

/**
 * The language syslead speaks without --lang, of those the build wrote answers in: the first of
 * $SYSLEAD_LANG, $LC_ALL, $LC_MESSAGES and $LANG it speaks, by primary subtag (cy-GB, cy_GB.UTF-8),
 * else English; as core/i18n/voice.ts chooses it when no questionnaire is read.
 */
function languageOf(env, spoken) {
  for (const tag of [env.SYSLEAD_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const primary = tag
      ?.trim()
      .toLowerCase()
      .split(/[-_.@]/)[0];
    if (primary !== undefined && spoken.includes(primary)) return primary;
  }
  return 'en';
}

/**
 * What `syslead --version` or `syslead --help` prints, from the text the build wrote
 * (scripts/fast-answers.mjs), in the language of the environment, when it is what the CLI would
 * print: 80 columns, as on anything but a terminal of another width. Undefined for everything else
 * (--lang among them), or without that text.
 */
function fastAnswer(args) {
  if (args.length !== 1 || (isatty(1) && process.stdout.columns !== 80)) return undefined;
  try {
    const byLanguage = JSON.parse(readFileSync(`${__dirname}/../dist/bundle/fast-answers.json`, 'utf8'));
    const answers = byLanguage[languageOf(process.env, Object.keys(byLanguage))];
    return answers !== undefined && Object.hasOwn(answers, args[0]) ? answers[args[0]] : undefined;
  } catch {
    return undefined;
  }
}

const answer = fastAnswer(process.argv.slice(2));
if (answer === undefined) {
  const { enableCompileCache } = require('node:module');
  if (enableCompileCache !== undefined) {
    // Node 22.1 and later keep the code they compiled from the bundle in a cache (in the temporary
    // folder, unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so
    // that the next start compiles less.
    enableCompileCache();
    // Not awaited: a bundle that fails to load is an unhandled rejection, which ends the process with 1.
    void import('../dist/bundle/cli.js');
  } else {
    // Node 20: the same chunks as CommonJS, with a code cache of syslead's own.
    const { codeCacheFolder, runCached } = require('./code-cache.js');
    const { version } = JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8'));
    runCached(`${__dirname}/../dist/bundle/cli.cjs`, version, codeCacheFolder(process.env), process.argv.slice(2));
  }
} else {
  // As the CLI does: a reader that stops early (`syslead --help | head`) is the end, not an error.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(answer);
}
