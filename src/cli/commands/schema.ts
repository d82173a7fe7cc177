import { Command } from '@commander-js/extra-typings';
import { examples } from './shared.js';

export const schemaCommand = () =>
  new Command('schema')
    .summary('print the JSON Schema of a file format or of JSON output')
    .description(
      'Print a JSON Schema (draft-07) on stdout. Editors such as VS Code with the YAML extension use it\nto complete and check questionnaire, answer and export-map (--map) files; scripts use the others to read\n--format json.',
    )
    .argument('[name]', 'which schema: questionnaire, translation (of a questionnaire), answers, result (score), compare, report, feedback, evaluation, map (--map) or about (report --about)', 'questionnaire')
    .addHelpText('after', examples(['syslead schema > questionnaire.schema.json', 'syslead schema report']));
