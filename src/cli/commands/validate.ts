import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const validateCommand = () =>
  new Command('validate')
    .summary('check questionnaire files and report every problem with its line and column')
    .description(
      'Check questionnaire YAML files: syntax, fields and names, in one pass. Problems are printed as FILE:LINE:COL: error: MESSAGE on stderr.\nAn observer form with pairs_with: ID is checked against that self form (found beside it, in --questionnaires folders or built in).\nExit 0 when every file is valid (warnings allowed), 1 otherwise.',
    )
    .argument('<file...>', 'questionnaire YAML files ("-" reads stdin)')
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--json', 'print the problems as a JSON array of {file, line, column, severity, message} on stdout')
    .addHelpText('after', examples(['syslead validate questionnaires/template.yaml', 'syslead validate --json *.yaml']));
