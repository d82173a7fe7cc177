import { Command, Option } from '@commander-js/extra-typings';
import { COHORT_FORMATS } from './formats.js';
import { DETAILS } from '../../core/report/cohort.js';
import { examples, paperOption, percentagePoints, questionnairesOption, wholeNumber, langOption } from './shared.js';

/** The anonymity floor: smaller groups are pooled, or hidden. */
export const DEFAULT_MIN_GROUP = 3;
/** Percentage points between self and others that make a blind spot or a hidden strength. */
export const DEFAULT_MARGIN = 10;

export const reportCommand = () =>
  new Command('report')
    .summary('a cohort report: statistics per theme, facet and item, groups and 360 views, from answer files or survey exports')
    .description(
      "Report on a cohort from answer files (YAML or JSON), folders of them and CSV survey exports (one respondent per\nrow, columns matched to items by id or by text): per theme and facet n, mean, SD, min, median, max, bands,\nCronbach's alpha, and per item n, mean, SD, missing, r.drop, alpha if dropped and answer frequencies, computed as\nR's psych package does by default. Bad rows and files are printed as FILE:LINE:COL: error: MESSAGE on stderr and\nskipped: the report is still written, and the exit code is 1 (--strict: no report). Unfinished responses are left\nout and counted (--include-unfinished reads them). Each CSV file's rows read, scored and skipped are said on stderr.\nNobody is named unless --per-respondent is given.",
    )
    .argument('<inputs...>', 'answer files, folders of them, or survey exports: CSV, xlsx, or a zip of one ("-" reads stdin, told by its content)')
    .option('-q, --questionnaire <id|file>', 'read every input against this questionnaire (default: the one each answer file names; for a CSV, the one its columns match)')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .option('--map <file>', "a YAML export map: which item, role, respondent ... each CSV column holds, and what the export's coded values mean (see syslead schema map)")
    .option('--sheet <name>', 'for an xlsx workbook (or one in a zip): read this sheet (default: the first that is not hidden)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'text (for the terminal), md (Markdown), json, csv (a row of scores per respondent) or html (a self-contained page with charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
      )
        .choices(COHORT_FORMATS)
        .default('text' as const),
    )
    .addOption(
      new Option(
        '--detail <level>',
        'summary: the plain-English summary alone (one or two A4 pages; the default for text, md and html); full: the summary, then the full statistics as an appendix (the default for json and csv)',
      ).choices(DETAILS),
    )
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .option('--strict', 'treat any bad row or file as fatal: no report, exit 1')
    .option('--include-unfinished', 'read the responses the export marks unfinished (Qualtrics Finished 0, LimeSurvey without Date submitted, REDCap status not Complete); by default they are left out and counted')
    .option('--per-respondent', "add every respondent's theme and facet scores, with their names")
    .option('--group-by <column>', 'statistics per group of this column or attribute (team, site, role ...)')
    .option('--min-group <n>', 'anonymity floor: smaller groups are pooled into "other", hidden if still smaller', wholeNumber(1), DEFAULT_MIN_GROUP)
    .option('--title <text>', 'the title heading the report, in every format')
    .option('--programme <text>', 'the programme the cohort is on, under the title')
    .option('--date <text>', 'the date or period the report is of, under the title (free text, e.g. "November 2026")')
    .option('--about <file>', 'a small YAML file giving title:, programme: and date: (see syslead schema about); --title, --programme and --date override it')
    .option('--subject <column>', 'the column naming whom answers are about, for the 360 view', 'subject')
    .option('--margin <points>', '360: self above (below) others by more than this many percentage points is a blind spot (hidden strength)', percentagePoints, DEFAULT_MARGIN)
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
    );
