import { say } from '../../core/i18n/voice.js';
import { Command, Option } from '@commander-js/extra-typings';
import { FORM_PLATFORMS } from '../../core/form/types.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const formCommand = () =>
  new Command('form')
    .summary(say('cli.form.summary'))
    .description(say('cli.form.description'))
    .argument('<questionnaire>', say('cli.arg.questionnaireIdOrFile'))
    .addOption(new Option('--for <platform>', say('cli.form.opt.for', { platforms: FORM_PLATFORMS.join(', ') })).choices(FORM_PLATFORMS).makeOptionMandatory())
    .option('--out-dir <dir>', say('cli.form.opt.outDir'), '.')
    .option('--subject-list <file>', say('cli.form.opt.subjectList'))
    .option('--force', say('cli.form.opt.force'))
    .option('--pdf', say('cli.form.opt.pdf'))
    .addOption(paperOption('cli.opt.paperWithPdf'))
    .addOption(questionnairesOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'syslead form systems-leadership --for google --out-dir survey/',
        'syslead form systems-leadership-observer --for qualtrics --subject-list cohort.txt',
        'syslead form systems-leadership-quick --for paper --pdf',
      ]),
    );
