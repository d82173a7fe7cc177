import { say } from '../../core/i18n/voice.js';
import { Command } from '@commander-js/extra-typings';
import { examples } from './shared.js';

export const schemaCommand = () =>
  new Command('schema')
    .summary(say('cli.schema.summary'))
    .description(say('cli.schema.description'))
    .argument('[name]', say('cli.schema.arg.name'), 'questionnaire')
    .addHelpText('after', examples(['syslead schema > questionnaire.schema.json', 'syslead schema report']));
