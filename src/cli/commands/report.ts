import { say } from '../../core/i18n/voice.js';
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
    .summary(say('cli.report.summary'))
    .description(say('cli.report.description'))
    .argument('<inputs...>', say('cli.report.arg.inputs'))
    .option('-q, --questionnaire <id|file>', say('cli.opt.questionnaireEveryInput'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .option('--map <file>', say('cli.opt.map'))
    .option('--sheet <name>', say('cli.opt.sheet'))
    .addOption(new Option('-f, --format <format>', say('cli.report.opt.format')).choices(COHORT_FORMATS).default('text' as const))
    .addOption(new Option('--detail <level>', say('cli.report.opt.detail')).choices(DETAILS))
    .option('-o, --out <file>', say('cli.report.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .option('--strict', say('cli.report.opt.strict'))
    .option('--include-unfinished', say('cli.opt.includeUnfinished'))
    .option('--per-respondent', say('cli.report.opt.perRespondent'))
    .option('--group-by <column>', say('cli.report.opt.groupBy'))
    .option('--min-group <n>', say('cli.report.opt.minGroup'), wholeNumber(1), DEFAULT_MIN_GROUP)
    .option('--title <text>', say('cli.report.opt.title'))
    .option('--programme <text>', say('cli.report.opt.programme'))
    .option('--date <text>', say('cli.report.opt.date'))
    .option('--about <file>', say('cli.report.opt.about'))
    .option('--subject <column>', say('cli.report.opt.subject'), 'subject')
    .option('--margin <points>', say('cli.report.opt.margin'), percentagePoints, DEFAULT_MARGIN)
    .addHelpText(
      'after',
      examples([
        'syslead report cohort/',
        'syslead report --format md --out cohort.md forms-export.csv',
        'syslead report --group-by team --min-group 5 forms-export.csv',
        // not said: an example command line, typed as it is
        'syslead report --format json self/ observers.csv > 360.json',
        'syslead report --format csv --per-respondent --out scores.csv forms-export.csv',
        'syslead report --format html --out cohort.html --group-by team forms-export.csv',
      ]),
    );
