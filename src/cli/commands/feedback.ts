import { Command, Option } from '@commander-js/extra-typings';
import { FEEDBACK_FORMATS } from './formats.js';
import { DEFAULT_MARGIN, DEFAULT_MIN_GROUP } from './report.js';
import { examples, paperOption, percentagePoints, questionnairesOption, wholeNumber, langOption } from './shared.js';

export const feedbackCommand = () =>
  new Command('feedback')
    .summary("a 360 feedback report per subject: self against each rater group, by theme, facet and statement, with others' comments")
    .description(
      "Read self-assessments and observers' answers (answer files, folders of them, CSV survey exports of both forms, as report reads them) and write one 360 feedback report per subject: self, the manager, each rater group large enough and all others per theme and facet, with the spread of others' ratings and their agreement (r_wg), every statement self against others, the largest gaps each way, development priorities, reflections, others' comments verbatim, and questions for the coaching conversation. The manager is shown alone; every other group needs --min-group raters, else it is pooled into \"other\", else left out of every figure and comment. Forms are joined by theme and item id; subjects are matched ignoring case and spacing.",
    )
    .argument('<inputs...>', 'answer files, folders of them, or CSV files of the self and observer forms ("-" reads stdin)')
    .option('-q, --questionnaire <id|file>', 'read every input against this questionnaire (default: the one each answer file names; for a CSV, the one its columns match)')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .addOption(
      new Option('-f, --format <format>', 'text (for the terminal), md (Markdown), json or html (a self-contained page), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)')
        .choices(FEEDBACK_FORMATS)
        .default('text' as const),
    )
    .option('--map <file>', "a YAML export map: which item, role, respondent ... each CSV column holds, and what the export's coded values mean (see syslead schema map)")
    .option('--sheet <name>', 'for an xlsx workbook (or one in a zip): read this sheet (default: the first that is not hidden)')
    .option('--include-unfinished', 'read the responses the export marks unfinished (Qualtrics Finished 0, LimeSurvey without Date submitted, REDCap status not Complete); by default they are left out and counted')
    .option('--out-dir <dir>', 'write a report per subject into this folder (created if missing), with an index (index.md; index.html or index.json for html or json)')
    .option('--subject <name>', "print this subject's report on stdout instead (case and spacing aside)")
    .option('--subject-column <column>', 'the column (or answer-file attribute) naming whom answers are about', 'subject')
    .option('--min-group <n>', 'anonymity floor: rater groups but the manager need this many raters, else are pooled into "other", else left out', wholeNumber(1), DEFAULT_MIN_GROUP)
    .option('--margin <points>', 'self above (below) others by more than this many percentage points is a blind spot (hidden strength)', percentagePoints, DEFAULT_MARGIN)
    .option('--force', 'with --out-dir: replace files that exist')
    .addHelpText(
      'after',
      examples([
        'syslead feedback --out-dir reports/ self-export.csv observer-export.csv',
        'syslead feedback --format html --out-dir reports/ self/ observers/',
        'syslead feedback --format pdf --out-dir reports/ self/ observers/',
        'syslead feedback --subject "Sam Patel" --format md self/ observers.csv',
      ]),
    );
