import { say } from '../../core/i18n/voice.js';
import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption, langOption } from './shared.js';

export const validateCommand = () =>
  new Command('validate')
    .summary(say('cli.validate.summary'))
    .description(say('cli.validate.description'))
    .argument('<file...>', say('cli.validate.arg.files'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .option('--json', say('cli.validate.opt.json'))
    .addHelpText('after', examples(['syslead validate questionnaires/template.yaml', 'syslead validate --json *.yaml']));
