import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { PREVIEW_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const previewCommand = () =>
  new Command('preview')
    .summary(say('cli.preview.summary'))
    .description(say('cli.preview.description'))
    .argument('<questionnaire>', say('cli.preview.arg.questionnaire'))
    .addOption(new Option('-f, --format <format>', say('cli.preview.opt.format')).choices(PREVIEW_FORMATS).default('text' as const))
    .option('--observer <id|file>', say('cli.preview.opt.observer'))
    .option('-o, --out <file>', say('cli.preview.opt.out'))
    .option('--force', say('cli.opt.forceOut'))
    .addOption(paperOption())
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'syslead preview systems-leadership',
        'syslead preview my-form.yaml --observer my-form-observer.yaml --format html --out sign-off.html',
        'syslead preview systems-leadership-quick --format pdf --out quick.pdf',
      ]),
    );
