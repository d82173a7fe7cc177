import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { FEEDBACK_FORMATS } from './formats.js';
import { DEFAULT_MARGIN, DEFAULT_MIN_GROUP } from './report.js';
import { examples, paperOption, percentagePoints, questionnairesOption, wholeNumber, langOption } from './shared.js';

export const feedbackCommand = () =>
  new Command('feedback')
    .summary(say('cli.feedback.summary'))
    .description(say('cli.feedback.description'))
    .argument('<inputs...>', say('cli.feedback.arg.inputs'))
    .option('-q, --questionnaire <id|file>', say('cli.opt.questionnaireEveryInput'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .addOption(new Option('-f, --format <format>', say('cli.feedback.opt.format')).choices(FEEDBACK_FORMATS).default('text' as const))
    .option('--map <file>', say('cli.opt.map'))
    .option('--sheet <name>', say('cli.opt.sheet'))
    .option('--include-unfinished', say('cli.opt.includeUnfinished'))
    .option('--out-dir <dir>', say('cli.feedback.opt.outDir'))
    .option('--subject <name>', say('cli.feedback.opt.subject'))
    .option('--subject-column <column>', say('cli.feedback.opt.subjectColumn'), 'subject')
    .option('--min-group <n>', say('cli.feedback.opt.minGroup'), wholeNumber(1), DEFAULT_MIN_GROUP)
    .option('--margin <points>', say('cli.feedback.opt.margin'), percentagePoints, DEFAULT_MARGIN)
    .option('--force', say('cli.feedback.opt.force'))
    .addHelpText(
      'after',
      examples([
        'syslead feedback --out-dir reports/ self-export.csv observer-export.csv',
        'syslead feedback --format html --out-dir reports/ self/ observers/',
        'syslead feedback --format pdf --out-dir reports/ self/ observers/',
        // not said: an example command line, typed as it is
        'syslead feedback --subject "Sam Patel" --format md self/ observers.csv',
      ]),
    );
