import { say } from '../../core/i18n/voice.js';
import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const historyCommand = () =>
  new Command('history')
    .summary(say('cli.history.summary'))
    .description(say('cli.history.description'))
    .argument('[questionnaire]', say('cli.history.arg.questionnaire'))
    .option('--json', say('cli.history.opt.json'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addHelpText('after', examples(['syslead history', 'syslead history systems-leadership --json']));
