import { Command, Option } from '@commander-js/extra-typings';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const compareCommand = () =>
  new Command('compare')
    .summary('show what changed between two results, per theme and facet')
    .description(
      'Show the change from an earlier result to a later one, per theme and facet, with its direction and size in percentage points. Without files, compares the two most recent saved results of the questionnaire (default: systems-leadership).',
    )
    .argument('[results...]', 'two result files, in either order: the one completed first is the "before" (see "syslead history")')
    .option('-q, --questionnaire <id|file>', 'the questionnaire (default: the one the results name; without files, systems-leadership)')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .addOption(
      new Option('-f, --format <format>', 'text, md (Markdown), json or html (a self-contained page with before and after charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)')
        .choices(PERSON_FORMATS)
        .default('text' as const),
    )
    .option(
      '--reliability <file>',
      "a cohort report's JSON (syslead report --format json) of the same questionnaire: judge each change by Jacobson & Truax's reliable change index from its alpha and score SD, where it gives them (else the rule of thumb, said so)",
    )
    .option('-o, --out <file>', 'write the comparison to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .addHelpText(
      'after',
      examples([
        'syslead compare',
        'syslead compare --questionnaire systems-leadership-quick',
        'syslead compare before.json after.json --format md',
        'syslead compare --reliability cohort.json before.json after.json',
        'syslead compare --format html --out change.html',
        'syslead compare --format pdf --out change.pdf',
      ]),
    );
