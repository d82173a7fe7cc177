import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { RATER_ROLES } from '../../core/answers/roles.js';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const runCommand = () =>
  new Command('run')
    .summary(say('cli.run.summary'))
    .description(say('cli.run.description'))
    .argument('[questionnaire]', say('cli.run.arg.questionnaire'))
    .option('--resume', say('cli.run.opt.resume'))
    .option('--plain', say('cli.run.opt.plain'))
    .option('--no-plain', say('cli.run.opt.noPlain'))
    .option('--subject <name>', say('cli.run.opt.subject'))
    .addOption(new Option('--role <role>', say('cli.run.opt.role')).choices(RATER_ROLES))
    .option('--no-input', say('cli.run.opt.noInput'))
    .option('-o, --out <file>', say('cli.run.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .addOption(new Option('-f, --format <format>', say('cli.run.opt.format')).choices(PERSON_FORMATS))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addOption(paperOption())
    .addHelpText(
      'after',
      examples([
        'syslead run',
        'syslead run --resume',
        'syslead run --plain',
        'syslead run systems-leadership-quick --out report.md',
        'syslead run --out report.pdf',
        'syslead run ./my-questionnaire.yaml',
        // not said: an example command line, typed as it is
        'syslead run systems-leadership-observer --subject "Sam Patel" --role peer',
      ]),
    );
