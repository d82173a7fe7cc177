import { say } from '../../core/i18n/voice.js';
import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption } from './shared.js';

export const translateCommand = () =>
  new Command('translate')
    .summary(say('cli.translate.summary'))
    .description(say('cli.translate.description'))
    .addHelpText('after', examples(['syslead translate export systems-leadership-quick --lang cy --out quick.cy.xlf', 'syslead translate import quick.cy.xlf --out questionnaires/systems-leadership-quick.cy.yaml']));

export const translateExportCommand = () =>
  new Command('export')
    .summary(say('cli.translate.export.summary'))
    .description(say('cli.translate.export.description'))
    .argument('<questionnaire>', say('cli.arg.questionnaireIdOrFile'))
    .requiredOption('--lang <language>', say('cli.translate.export.opt.lang'))
    .option('-o, --out <file>', say('cli.translate.export.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .addOption(questionnairesOption())
    .addHelpText('after', examples(['syslead translate export systems-leadership-quick --lang cy --out quick.cy.xlf']));

export const translateImportCommand = () =>
  new Command('import')
    .summary(say('cli.translate.import.summary'))
    .description(say('cli.translate.import.description'))
    .argument('<file>', say('cli.translate.import.arg.file'))
    .option('-o, --out <file>', say('cli.translate.import.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .addHelpText('after', examples(['syslead translate import quick.cy.xlf --out questionnaires/systems-leadership-quick.cy.yaml']));
