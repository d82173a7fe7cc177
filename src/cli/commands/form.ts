import { Command, Option } from '@commander-js/extra-typings';
import { FORM_PLATFORMS } from '../../core/form/types.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const formCommand = () =>
  new Command('form')
    .summary('write what a survey tool imports (or a sheet to build the survey by hand) for a questionnaire')
    .description(
      'Write the survey for QUESTIONNAIRE (an id or a file) in what PLATFORM imports: a Google Apps Script (google), an Advanced Format TXT (qualtrics), a survey structure TSV (limesurvey), a data dictionary (redcap), a build sheet (ms-forms), a printable answer sheet (paper) or a CSV to type paper answers into (csv). Its download is read back by report and feedback unedited, or with the --map file written beside it. The files go to --out-dir; the steps to follow are printed on stdout.',
    )
    .argument('<questionnaire>', 'a questionnaire id (see syslead list) or a questionnaire file')
    .addOption(new Option('--for <platform>', `the survey tool: ${FORM_PLATFORMS.join(', ')}`).choices(FORM_PLATFORMS).makeOptionMandatory())
    .option('--out-dir <dir>', 'the folder to write the files to (made if missing)', '.')
    .option('--subject-list <file>', 'on an observer form: the people rated, one name per line, offered as the choices of "Who are you giving feedback about?"')
    .option('--force', 'replace files of the same names')
    .option('--pdf', 'also print each HTML file (the paper sheet, a build sheet) to PDF, with a Chromium-family browser')
    .addOption(paperOption('with --pdf'))
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
