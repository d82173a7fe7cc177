import { Command } from '@commander-js/extra-typings';
import { packageVersion } from '../io/package-version.js';
import { safeText } from '../core/safe-text.js';
import type { CommandIO } from '../terminal/io.js';
import { colourLevel } from '../terminal/colour-level.js';
import { say } from '../core/i18n/voice.js';
import { helpInLanguage, usageErrorInLanguage } from './commander-words.js';
import { compareCommand } from './commands/compare.js';
import { evaluateCommand } from './commands/evaluate.js';
import { feedbackCommand } from './commands/feedback.js';
import { formCommand } from './commands/form.js';
import { historyCommand } from './commands/history.js';
import { listCommand } from './commands/list.js';
import { previewCommand } from './commands/preview.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { examples } from './commands/shared.js';
import { translateCommand, translateExportCommand, translateImportCommand } from './commands/translate.js';
import { validateCommand } from './commands/validate.js';

/**
 * The command table, built from each command's declaration in cli/commands/. Each action imports
 * its command module only when it runs, so --help and --version never load YAML, zod, prompt or
 * CSV libraries.
 */
export function buildProgram(io: CommandIO) {
  const program = new Command('syslead')
    .description(say('cli.program.description'))
    .version(packageVersion(), '-V, --version', say('cli.program.version'))
    .helpOption('-h, --help', say('cli.program.help'))
    .option('--no-color', say('cli.program.noColor'))
    .showHelpAfterError(say('cli.help.afterError'))
    .helpCommand('help [command]', say('cli.help.command'))
    .configureHelp(helpInLanguage())
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // commander quotes the arguments it refuses (a file name from a shared folder, say): neutralise them.
      writeErr: (text) => io.stderr.write(safeText(text, { keepNewlines: true })),
      // Its usage errors in the language syslead speaks; writeErr then makes them safe.
      outputError: (text, write) => write(usageErrorInLanguage(text)),
      // As commander reads process itself: the terminal's width, else its default of 80.
      getOutHelpWidth: () => (io.stdout.isTTY ? (io.stdout.columns ?? 80) : 80),
      getErrHelpWidth: () => (io.stderr.isTTY ? (io.stderr.columns ?? 80) : 80),
      getOutHasColors: () => colourLevel(io.stdout, undefined, io.env) > 0,
      getErrHasColors: () => colourLevel(io.stderr, undefined, io.env) > 0,
    })
    .addHelpText('after', examples(['syslead run', 'syslead score answers.yaml', 'syslead report --format html --out cohort.html forms-export.csv', 'syslead list']));
  // The program's own options (--no-color) reach every command; commander types them on the program only.
  const globals = (cmd: { optsWithGlobals(): object }) => ({ color: (cmd.optsWithGlobals() as { color: boolean }).color });

  // Settings made on the program (exitOverride, output, help after an error) reach an added command
  // only by copyInheritedSettings, as program.command() would copy them.
  program.addCommand(
    runCommand()
      .copyInheritedSettings(program)
      .action(async (questionnaire, opts, cmd) => {
        const { run } = await import('../commands/run.js');
        await run({ ...opts, ...globals(cmd), ...(questionnaire !== undefined ? { questionnaire } : {}) }, io);
      }),
  );
  program.addCommand(
    historyCommand()
      .copyInheritedSettings(program)
      .action(async (questionnaire, opts, cmd) => {
        const { run } = await import('../commands/history.js');
        await run({ ...opts, ...globals(cmd), ...(questionnaire !== undefined ? { questionnaire } : {}) }, io);
      }),
  );
  program.addCommand(
    compareCommand()
      .copyInheritedSettings(program)
      .action(async (files, opts, cmd) => {
        const { run } = await import('../commands/compare.js');
        await run({ ...opts, ...globals(cmd), files }, io);
      }),
  );
  program.addCommand(
    scoreCommand()
      .copyInheritedSettings(program)
      .action(async (inputs, opts, cmd) => {
        const { run } = await import('../commands/score.js');
        await run({ ...opts, ...globals(cmd), inputs }, io);
      }),
  );
  program.addCommand(
    reportCommand()
      .copyInheritedSettings(program)
      .action(async (inputs, opts, cmd) => {
        const { run } = await import('../commands/report.js');
        await run({ ...opts, ...globals(cmd), inputs }, io);
      }),
  );
  program.addCommand(
    evaluateCommand()
      .copyInheritedSettings(program)
      .action(async (before, after, opts, cmd) => {
        const { run } = await import('../commands/evaluate.js');
        await run({ ...opts, ...globals(cmd), before, after }, io);
      }),
  );
  program.addCommand(
    feedbackCommand()
      .copyInheritedSettings(program)
      .action(async (inputs, opts, cmd) => {
        const { run } = await import('../commands/feedback.js');
        await run({ ...opts, ...globals(cmd), inputs }, io);
      }),
  );
  program.addCommand(
    validateCommand()
      .copyInheritedSettings(program)
      .action(async (files, opts, cmd) => {
        const { run } = await import('../commands/validate.js');
        await run({ ...opts, ...globals(cmd), files }, io);
      }),
  );
  program.addCommand(
    previewCommand()
      .copyInheritedSettings(program)
      .action(async (questionnaire, opts, cmd) => {
        const { run } = await import('../commands/preview.js');
        await run({ ...opts, ...globals(cmd), questionnaire }, io);
      }),
  );
  program.addCommand(
    listCommand()
      .copyInheritedSettings(program)
      .action(async (opts, cmd) => {
        const { run } = await import('../commands/list.js');
        await run({ ...opts, ...globals(cmd) }, io);
      }),
  );
  program.addCommand(
    formCommand()
      .copyInheritedSettings(program)
      .action(async (questionnaire, opts, cmd) => {
        const { run } = await import('../commands/form.js');
        await run({ ...opts, ...globals(cmd), questionnaire }, io);
      }),
  );
  program.addCommand(
    translateCommand()
      .copyInheritedSettings(program)
      .addCommand(
        translateExportCommand()
          .copyInheritedSettings(program)
          .action(async (questionnaire, opts, cmd) => {
            const { run } = await import('../commands/translate-export.js');
            await run({ ...opts, ...globals(cmd), questionnaire }, io);
          }),
      )
      .addCommand(
        translateImportCommand()
          .copyInheritedSettings(program)
          .action(async (file, opts, cmd) => {
            const { run } = await import('../commands/translate-import.js');
            await run({ ...opts, ...globals(cmd), file }, io);
          }),
      ),
  );
  program.addCommand(
    schemaCommand()
      .copyInheritedSettings(program)
      .action(async (name) => {
        const { run } = await import('../commands/schema.js');
        await run({ name }, io);
      }),
  );
  return program;
}
