import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { COHORT_FORMATS } from './formats.js';
import { DEFAULT_MIN_GROUP } from './report.js';
import { examples, paperOption, questionnairesOption, wholeNumber, langOption } from './shared.js';

export const evaluateCommand = () =>
  new Command('evaluate')
    .summary(say('cli.evaluate.summary'))
    .description(say('cli.evaluate.description'))
    .argument('<before>', say('cli.evaluate.arg.before'))
    .argument('<after>', say('cli.evaluate.arg.after'))
    .requiredOption('--match-by <column>', say('cli.evaluate.opt.matchBy'))
    .option('-q, --questionnaire <id|file>', say('cli.evaluate.opt.questionnaire'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--map <file>', say('cli.evaluate.opt.map'))
    .option('--sheet <name>', say('cli.opt.sheet'))
    .addOption(new Option('-f, --format <format>', say('cli.evaluate.opt.format')).choices(COHORT_FORMATS).default('text' as const))
    .addOption(paperOption())
    .option('-o, --out <file>', say('cli.evaluate.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .option('--strict', say('cli.evaluate.opt.strict'))
    .option('--include-unfinished', say('cli.evaluate.opt.includeUnfinished'))
    .option('--per-respondent', say('cli.evaluate.opt.perRespondent'))
    .option('--min-group <n>', say('cli.evaluate.opt.minGroup'), wholeNumber(1), DEFAULT_MIN_GROUP)
    .addHelpText(
      'after',
      examples([
        'syslead evaluate --match-by Email start.csv end.csv',
        'syslead evaluate --match-by respondent --format html --out change.html start/ end/',
        // not said: an example command line, typed as it is
        'syslead evaluate --match-by Email --format json start.xlsx end.xlsx > change.json',
      ]),
    );
