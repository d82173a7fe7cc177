import { Command, Option } from 'commander';
import { packageVersion } from './version.js';
import { safeText } from '../core/safe-text.js';
import { RATER_ROLES, type RaterRole } from '../core/answers/roles.js';
import type { GlobalOptions } from './options.js';
import type { CommandIO } from '../terminal/io.js';

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

const questionnairesOption = () =>
  new Option('--questionnaires <dir>', 'also look for questionnaires in this folder (repeatable; as does $SYSLEAD_QUESTIONNAIRES)')
    // One folder per use, so a file named after it is never swallowed as another folder.
    .argParser((dir: string, dirs: string[]) => [...dirs, dir])
    .default([]);

/**
 * The command table. Each action imports its command module only when it runs, so --help and
 * --version never load YAML, zod, prompt or CSV libraries.
 */
export function buildProgram(io: CommandIO): Command {
  const program = new Command('syslead')
    .description('A self-assessment on the mindset of systems leadership for people who lead across boundaries in public services.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--no-color', 'never colour the output (as does NO_COLOR=1)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // commander quotes the arguments it refuses (a file name from a shared folder, say): neutralise them.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(safeText(text, { keepNewlines: true })),
      // As commander reads process itself: the terminal's width, else its default of 80.
      getOutHelpWidth: () => (io.stdout.isTTY ? (io.stdout.columns ?? 80) : 80),
      getErrHelpWidth: () => (io.stderr.isTTY ? (io.stderr.columns ?? 80) : 80),
    })
    .addHelpText('after', examples(['syslead run', 'syslead score answers.yaml', 'syslead report --format html --out cohort.html forms-export.csv', 'syslead list']));

  const globals = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('run')
    .summary('take the self-assessment in the terminal, one question at a time')
    .description(
      'Take a questionnaire in the terminal (default: the built-in systems-leadership), one question at a time: a number key answers, b goes back, s skips, ? explains the theme. Every answer is saved as it is given; Ctrl-C stops, and --resume carries on later. At the end the report is printed on stdout and the answers are saved for "syslead history" and "syslead compare". Needs a terminal: for scripts, use "syslead score".',
    )
    .argument('[questionnaire]', 'questionnaire id or YAML file (default: systems-leadership)')
    .option('--resume', 'carry on with the run in progress without asking')
    .option('--subject <name>', 'whom the answers are about (an observer form asks when it is not given)')
    .addOption(new Option('--role <role>', 'on an observer form, how you work with the person (asked when not given; a self-assessment is always self)').choices(RATER_ROLES))
    .option('--no-input', 'never ask anything: exit 2 at once (scripts should use "syslead score")')
    .option('-o, --out <file>', 'also write the report to this file, in the format of its extension (.md, .json, .html, else text)')
    .option('--force', 'with --out: replace the file if it exists')
    .addOption(new Option('-f, --format <format>', "the report's format on stdout and in --out: text, md, json or html").choices(['text', 'md', 'json', 'html']))
    .addOption(questionnairesOption())
    .addHelpText(
      'after',
      examples([
        'syslead run',
        'syslead run --resume',
        'syslead run systems-leadership-quick --out report.md',
        'syslead run ./my-questionnaire.yaml',
        'syslead run systems-leadership-observer --subject "Sam Patel" --role peer',
      ]),
    )
    .action(
      async (
        name: string | undefined,
        opts: { resume?: boolean; subject?: string; role?: RaterRole; input: boolean; out?: string; force?: boolean; format?: 'text' | 'md' | 'json' | 'html'; questionnaires: string[] },
        cmd: Command,
      ) => {
        const { run } = await import('../commands/run.js');
        await run({ ...globals(cmd), ...opts, ...(name !== undefined ? { questionnaire: name } : {}) }, io);
      },
    );

  program
    .command('history')
    .summary('list your saved results with their date and theme scores, newest first')
    .description(
      'List the results saved by "syslead run" (in $SYSLEAD_HOME or the usual data folder), newest first, with the date and each theme\'s score. Without a questionnaire, lists the results of every questionnaire.',
    )
    .argument('[questionnaire]', 'only the results of this questionnaire (id or YAML file)')
    .option('--json', 'print the results as a JSON array of {questionnaire, file, completed, themes: [{id, title, percent, band}]}')
    .addOption(questionnairesOption())
    .addHelpText('after', examples(['syslead history', 'syslead history systems-leadership --json']))
    .action(async (name: string | undefined, opts: { json?: boolean; questionnaires: string[] }, cmd: Command) => {
      const { run } = await import('../commands/history.js');
      await run({ ...globals(cmd), ...opts, ...(name !== undefined ? { questionnaire: name } : {}) }, io);
    });

  program
    .command('compare')
    .summary('show what changed between two results, per theme and facet')
    .description(
      'Show the change from an earlier result to a later one, per theme and facet, with its direction and size in percentage points. Without files, compares the two most recent saved results of the questionnaire (default: systems-leadership).',
    )
    .argument('[results...]', 'two result files, in either order: the one completed first is the "before" (see "syslead history")')
    .option('-q, --questionnaire <id|file>', 'the questionnaire (default: the one the results name; without files, systems-leadership)')
    .addOption(questionnairesOption())
    .addOption(new Option('-f, --format <format>', 'text, md (Markdown), json or html (a self-contained page with before and after charts)').choices(['text', 'md', 'json', 'html']).default('text'))
    .option('-o, --out <file>', 'write the comparison to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .addHelpText(
      'after',
      examples(['syslead compare', 'syslead compare --questionnaire systems-leadership-quick', 'syslead compare before.json after.json --format md', 'syslead compare --format html --out change.html']),
    )
    .action(async (files: string[], opts: Omit<import('../commands/compare.js').CompareOptions, 'files'>, cmd: Command) => {
      const { run } = await import('../commands/compare.js');
      await run({ ...globals(cmd), ...opts, files }, io);
    });

  program
    .command('score')
    .summary("score answer files or a survey export: each person's results as terminal text, Markdown, JSON or HTML")
    .description(
      'Score answer files (YAML or JSON), CSV survey exports (one respondent per row, columns matched to items by id or text) and folders of them, and print a report for each: themes ranked, the strongest theme, the growth edge, development priorities, reflections, strengths and growth edges, notes and further reading. The questionnaire is the one named in each answer file (for a CSV, the one its columns match) unless --questionnaire is given.\n\nProblems are printed as FILE:LINE:COL: error: MESSAGE on stderr; if any input has an error, no report is printed (exit 1). With --out-dir, a file per respondent and an index are written; a row or file with an error is left out and the others are written (exit 1 when any was left out).',
    )
    .argument('<inputs...>', 'answer files, .csv/.tsv files, or folders of them ("-" reads an answer file from stdin)')
    .option('-q, --questionnaire <id|file>', 'score against this questionnaire (an id or a YAML file) instead of the one each file names')
    .addOption(questionnairesOption())
    .addOption(
      new Option('-f, --format <format>', 'text (for the terminal), md (Markdown), json (one object, or an array for several) or html (a self-contained page with charts)')
        .choices(['text', 'md', 'json', 'html'])
        .default('text'),
    )
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--out-dir <dir>', 'write a report file per respondent into this folder (created if missing), with index.html (html) or index.md')
    .option('--name-by <column>', 'with --out-dir: name each file after this CSV column or answer-file attribute (default: the respondent)')
    .option('--force', 'with --out or --out-dir: replace files that exist')
    .addHelpText(
      'after',
      examples([
        'syslead score answers.yaml',
        'syslead score --format md --out report.md answers.yaml',
        'syslead score --format json cohort/*.yaml > results.json',
        'syslead score --format html --out report.html answers.yaml',
        'syslead score --format html --out-dir reports/ forms-export.csv',
        'syslead score --format md --out-dir reports/ --name-by Email forms-export.csv',
        'cat answers.json | syslead score -',
      ]),
    )
    .action(
      async (inputs: string[], opts: { questionnaire?: string; questionnaires: string[]; format: 'text' | 'md' | 'json' | 'html'; out?: string; outDir?: string; nameBy?: string; force?: boolean }, cmd: Command) => {
        const { run } = await import('../commands/score.js');
        await run({ ...globals(cmd), ...opts, inputs }, io);
      },
    );

  program
    .command('report')
    .summary('a cohort report: statistics per theme, facet and item, groups and 360 views, from answer files or survey exports')
    .description(
      "Report on a cohort from answer files (YAML or JSON), folders of them and CSV survey exports (one respondent per\nrow, columns matched to items by id or by text): per theme and facet n, mean, SD, min, median, max, bands,\nCronbach's alpha, and per item n, mean, SD, missing, r.drop, alpha if dropped and answer frequencies, computed as\nR's psych package does by default. Bad rows and files are printed as FILE:LINE:COL: error: MESSAGE on stderr and\nskipped (--strict: no report, exit 1). Nobody is named unless --per-respondent is given.",
    )
    .argument('<inputs...>', 'answer files, folders of them, or CSV files ("-" reads stdin: an answer file or a CSV, told by its content)')
    .option('-q, --questionnaire <id|file>', 'read every input against this questionnaire (default: the one each answer file names; for a CSV, the one its columns match)')
    .addOption(questionnairesOption())
    .addOption(
      new Option('-f, --format <format>', 'text (for the terminal), md (Markdown), json, csv (a row of scores per respondent) or html (a self-contained page with charts)')
        .choices(['text', 'md', 'json', 'csv', 'html'])
        .default('text'),
    )
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .option('--strict', 'treat any bad row or file as fatal: no report, exit 1')
    .option('--per-respondent', "add every respondent's theme and facet scores, with their names")
    .option('--group-by <column>', 'statistics per group of this column or attribute (team, site, role ...)')
    .option('--min-group <n>', 'anonymity floor: smaller groups are pooled into "other", hidden if still smaller', '3')
    .option('--subject <column>', 'the column naming whom answers are about, for the 360 view', 'subject')
    .option('--margin <points>', '360: self above (below) others by more than this many percentage points is a blind spot (hidden strength)', '10')
    .addHelpText(
      'after',
      examples([
        'syslead report cohort/',
        'syslead report --format md --out cohort.md forms-export.csv',
        'syslead report --group-by team --min-group 5 forms-export.csv',
        'syslead report --format json self/ observers.csv > 360.json',
        'syslead report --format csv --per-respondent --out scores.csv forms-export.csv',
        'syslead report --format html --out cohort.html --group-by team forms-export.csv',
      ]),
    )
    .action(async (inputs: string[], opts: Omit<import('../commands/report.js').ReportOptions, 'inputs'>, cmd: Command) => {
      const { run } = await import('../commands/report.js');
      await run({ ...globals(cmd), ...opts, inputs }, io);
    });

  program
    .command('validate')
    .summary('check questionnaire files and report every problem with its line and column')
    .description('Check questionnaire YAML files. Problems are printed as FILE:LINE:COL: error: MESSAGE on stderr.\nExit 0 when every file is valid (warnings allowed), 1 otherwise.')
    .argument('<file...>', 'questionnaire YAML files ("-" reads stdin)')
    .option('--json', 'print the problems as a JSON array of {file, line, column, severity, message} on stdout')
    .addHelpText('after', examples(['syslead validate questionnaires/template.yaml', 'syslead validate --json *.yaml']))
    .action(async (files: string[], opts: { json?: boolean }, cmd: Command) => {
      const { run } = await import('../commands/validate.js');
      await run({ ...globals(cmd), ...opts, files }, io);
    });

  program
    .command('list')
    .summary('list the questionnaires available')
    .description('List the built-in questionnaires and those in the folders given by --questionnaires or\n$SYSLEAD_QUESTIONNAIRES (a list of folders separated by ":"), with id, title, items and minutes.')
    .addOption(questionnairesOption())
    .option('--json', 'print the list as JSON on stdout')
    .addHelpText('after', examples(['syslead list', 'syslead list --questionnaires ./my-questionnaires --json']))
    .action(async (opts: { questionnaires: string[]; json?: boolean }, cmd: Command) => {
      const { run } = await import('../commands/list.js');
      await run({ ...globals(cmd), ...opts }, io);
    });

  program
    .command('schema')
    .summary('print the JSON Schema of a file format or of JSON output')
    .description('Print a JSON Schema (draft-07) on stdout. Editors such as VS Code with the YAML extension use it\nto complete and check questionnaire and answer files; scripts use the others to read --format json.')
    .argument('[name]', 'which schema: questionnaire, answers, result (score), compare or report', 'questionnaire')
    .addHelpText('after', examples(['syslead schema > questionnaire.schema.json', 'syslead schema report']))
    .action(async (name: string) => {
      const { run } = await import('../commands/schema.js');
      await run({ name }, io);
    });

  return program;
}
