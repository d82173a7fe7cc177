import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const listCommand = () =>
  new Command('list')
    .summary('list the questionnaires available')
    .description('List the built-in questionnaires and those in the folders given by --questionnaires or\n$SYSLEAD_QUESTIONNAIRES (a list of folders separated by ":"), with id, title, items and minutes.')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--json', 'print the list as JSON on stdout')
    .addHelpText('after', examples(['syslead list', 'syslead list --questionnaires ./my-questionnaires --json']));
