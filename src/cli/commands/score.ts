import { Command, Option } from '@commander-js/extra-typings';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const scoreCommand = () =>
  new Command('score')
    .summary("score answer files or a survey export: each person's results as terminal text, Markdown, JSON or HTML")
    .description(
      "Score answer files (YAML or JSON), CSV survey exports (one respondent per row, columns matched to items by id or text) and folders of them, and print a report for each: themes ranked, the strongest theme, the growth edge, development priorities, reflections, strengths and growth edges, notes and further reading. The questionnaire is the one named in each answer file (for a CSV, the one its columns match) unless --questionnaire is given.\n\nProblems are printed as FILE:LINE:COL: error: MESSAGE on stderr; if any input has an error, no report is printed (exit 1). With --out-dir, a file per respondent and an index are written; a row or file with an error is left out and the others are written (exit 1 when any was left out). Unfinished responses in an export are left out and counted, with a warning (--include-unfinished reads them); what became of each CSV file's rows is said on stderr.",
    )
    .argument('<inputs...>', 'answer files, survey exports (.csv/.tsv, .xlsx, a .zip of one), or folders of them ("-" reads stdin)')
    .option('-q, --questionnaire <id|file>', 'score against this questionnaire (an id or a YAML file) instead of the one each file names')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .option('--map <file>', "a YAML export map: which item, role, respondent ... each CSV column holds, and what the export's coded values mean (see syslead schema map)")
    .option('--sheet <name>', 'for an xlsx workbook (or one in a zip): read this sheet (default: the first that is not hidden)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'text (for the terminal), md (Markdown), json (one object, or an array for several) or html (a self-contained page with charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
      )
        .choices(PERSON_FORMATS)
        .default('text' as const),
    )
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--out-dir <dir>', 'write a report file per respondent into this folder (created if missing), with index.html (html) or index.md')
    .option('--name-by <column>', 'with --out-dir: name each file after this CSV column or answer-file attribute (default: the respondent)')
    .option('--force', 'with --out or --out-dir: replace files that exist')
    .option('--include-unfinished', 'read the responses the export marks unfinished (Qualtrics Finished 0, LimeSurvey without Date submitted, REDCap status not Complete); by default they are left out and counted')
    .addHelpText(
      'after',
      examples([
        'syslead score answers.yaml',
        'syslead score --format md --out report.md answers.yaml',
        'syslead score --format json cohort/*.yaml > results.json',
        'syslead score --format html --out report.html answers.yaml',
        'syslead score --format html --out-dir reports/ forms-export.csv',
        'syslead score --format pdf --out-dir reports/ forms-export.csv',
        'syslead score --format pdf --paper letter --out report.pdf answers.yaml',
        'syslead score --format md --out-dir reports/ --name-by Email forms-export.csv',
        'cat answers.json | syslead score -',
      ]),
    );
