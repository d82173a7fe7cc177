import { Command, Option } from '@commander-js/extra-typings';
import { COHORT_FORMATS } from './formats.js';
import { DEFAULT_MIN_GROUP } from './report.js';
import { examples, paperOption, questionnairesOption, wholeNumber, langOption } from './shared.js';

export const evaluateCommand = () =>
  new Command('evaluate')
    .summary("a programme evaluation: the cohort's change between two waves, per theme and facet, people matched by a column")
    .description(
      "Evaluate a programme from two waves of one questionnaire (BEFORE and AFTER, each a file or folder of inputs as for\nreport), matching people by a column or attribute (--match-by Email). Per theme and facet, on percents of maximum\npossible: the mean change with its 95% CI (paired t, as R's t.test(paired = TRUE)), Cohen's d_z with its CI\n(noncentral t), and how many people changed reliably (Jacobson & Truax's RCI at 1.96, from BEFORE's SD and alpha).\nHow many matched, and why the rest did not, is said in the report and on stderr; any row skipped gives exit 1.\nNobody is named unless --per-respondent is given.",
    )
    .argument('<before>', 'the first wave: answer files, a folder of them, or a survey export (CSV, xlsx, or a zip of one)')
    .argument('<after>', 'the second wave, as BEFORE')
    .requiredOption('--match-by <column>', 'the column or attribute that names the same person in both waves (Email, respondent ...)')
    .option('-q, --questionnaire <id|file>', 'read both waves against this questionnaire (default: the one each input names or matches)')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--map <file>', 'a YAML export map for the CSV columns, as for report (see syslead schema map)')
    .option('--sheet <name>', 'for an xlsx workbook (or one in a zip): read this sheet (default: the first that is not hidden)')
    .addOption(
      new Option('-f, --format <format>', 'text, md (Markdown), json, csv (a row per theme and facet), html, or pdf (the html page printed to PDF by Chromium, Chrome or Edge)')
        .choices(COHORT_FORMATS)
        .default('text' as const),
    )
    .addOption(paperOption())
    .option('-o, --out <file>', 'write the evaluation to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .option('--strict', 'treat any bad row or file as fatal: no evaluation, exit 1')
    .option('--include-unfinished', 'read the responses the export marks unfinished; by default they are left out and counted')
    .option('--per-respondent', "add each matched person's change and reliable-change class, with their names")
    .option('--min-group <n>', 'anonymity floor: with fewer matched people, no figure is shown', wholeNumber(1), DEFAULT_MIN_GROUP)
    .addHelpText(
      'after',
      examples([
        'syslead evaluate --match-by Email start.csv end.csv',
        'syslead evaluate --match-by respondent --format html --out change.html start/ end/',
        'syslead evaluate --match-by Email --format json start.xlsx end.xlsx > change.json',
      ]),
    );
