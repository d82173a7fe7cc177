import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const historyCommand = () =>
  new Command('history')
    .summary('list your saved results with their date and theme scores, newest first')
    .description(
      'List the results saved by "syslead run" (in $SYSLEAD_HOME or the usual data folder), newest first, with the date and each theme\'s score. Without a questionnaire, lists the results of every questionnaire.',
    )
    .argument('[questionnaire]', 'only the results of this questionnaire (id or YAML file)')
    .option('--json', 'print the results as a JSON array of {questionnaire, file, completed, themes: [{id, title, percent, band}]}')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addHelpText('after', examples(['syslead history', 'syslead history systems-leadership --json']));
