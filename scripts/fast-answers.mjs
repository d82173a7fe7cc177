// Run by `npm run build` after the bundle: writes dist/bundle/fast-answers.json, what `syslead
// --version` and `syslead --help` print on a stream 80 columns wide without colour, as main() prints
// it, in each language syslead speaks (as $SYSLEAD_LANG or the locale chooses it; --lang goes to
// the bundle). bin/syslead.js answers those from this text without loading the bundle, which alone
// costs more than bare node's start (commander and the command table); anything else, a terminal of
// another width among them, runs the bundle. tests/cli/fast-answers.test.ts compares the two.
import { writeFileSync } from 'node:fs';
import { main } from '../dist/cli/main.js';
import { UI_LANGUAGES } from '../dist/core/i18n/messages.js';

/** What `syslead ...args` writes on stdout, or undefined if it writes on stderr or fails. */
async function printed(args, env) {
  let stdout = '';
  let stderr = '';
  const stream = (add) => ({
    isTTY: false,
    write: (text) => {
      add(String(text));
      return true;
    },
  });
  const io = {
    stdin: undefined,
    stdout: stream((text) => (stdout += text)),
    stderr: stream((text) => (stderr += text)),
    env,
    now: () => new Date(),
    signals: { on: () => () => undefined, raise: () => undefined, posix: true },
  };
  const code = await main(['node', 'syslead', ...args], io);
  if (code !== 0 || stderr !== '' || stdout === '') throw new Error(`syslead ${args.join(' ')} exited ${code}: ${stderr}`);
  return stdout;
}

try {
  // By language, then by argument: { en: { '--help': ... }, cy: { ... } }.
  const answers = {};
  for (const language of UI_LANGUAGES) {
    answers[language] = {};
    for (const arg of ['--version', '-V', '--help', '-h']) answers[language][arg] = await printed([arg], { SYSLEAD_LANG: language });
  }
  writeFileSync(new URL('../dist/bundle/fast-answers.json', import.meta.url), `${JSON.stringify(answers)}\n`);
} catch (error) {
  console.error(`fast-answers: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
