import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const compareCommand = () =>
  new Command('compare')
    .summary(say('cli.compare.summary'))
    .description(say('cli.compare.description'))
    .argument('[results...]', say('cli.compare.arg.results'))
    .option('-q, --questionnaire <id|file>', say('cli.compare.opt.questionnaire'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .addOption(new Option('-f, --format <format>', say('cli.compare.opt.format')).choices(PERSON_FORMATS).default('text' as const))
    .option('--reliability <file>', say('cli.compare.opt.reliability'))
    .option('-o, --out <file>', say('cli.compare.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
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
