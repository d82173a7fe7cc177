import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const scoreCommand = () =>
  new Command('score')
    .summary(say('cli.score.summary'))
    .description(say('cli.score.description'))
    .argument('<inputs...>', say('cli.score.arg.inputs'))
    .option('-q, --questionnaire <id|file>', say('cli.score.opt.questionnaire'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .option('--map <file>', say('cli.opt.map'))
    .option('--sheet <name>', say('cli.opt.sheet'))
    .addOption(new Option('-f, --format <format>', say('cli.score.opt.format')).choices(PERSON_FORMATS).default('text' as const))
    .option('-o, --out <file>', say('cli.score.opt.out'))
    .option('--out-dir <dir>', say('cli.score.opt.outDir'))
    .option('--name-by <column>', say('cli.score.opt.nameBy'))
    .option('--force', say('cli.score.opt.force'))
    .option('--include-unfinished', say('cli.opt.includeUnfinished'))
    .addHelpText(
      'after',
      examples([
        'syslead score answers.yaml',
        'syslead score --format md --out report.md answers.yaml',
        // not said: an example command line, typed as it is
        'syslead score --format json cohort/*.yaml > results.json',
        'syslead score --format html --out report.html answers.yaml',
        'syslead score --format html --out-dir reports/ forms-export.csv',
        'syslead score --format pdf --out-dir reports/ forms-export.csv',
        'syslead score --format pdf --paper letter --out report.pdf answers.yaml',
        'syslead score --format md --out-dir reports/ --name-by Email forms-export.csv',
        // not said: an example command line, typed as it is
        'cat answers.json | syslead score -',
      ]),
    );
