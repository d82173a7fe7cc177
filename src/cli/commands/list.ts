import { say } from '../../core/i18n/voice.js';
import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const listCommand = () =>
  new Command('list')
    .summary(say('cli.list.summary'))
    .description(say('cli.list.description'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--json', say('cli.list.opt.json'))
    .addHelpText('after', examples(['syslead list', 'syslead list --questionnaires ./my-questionnaires --json']));
