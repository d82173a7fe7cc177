import { Command } from '@commander-js/extra-typings';
import { examples, questionnairesOption } from './shared.js';

export const translateCommand = () =>
  new Command('translate')
    .summary("write a translator's XLIFF file of a questionnaire's texts, and the translation file from it")
    .description(
      'For translators: "export" writes every text of a questionnaire as XLIFF 2.0, which translation tools read, with where each text is and any translation made so far; "import" writes the translation file (ID.LANG.yaml, texts only: the scoring stays the source\'s) from the XLIFF filled in. Check the result with "syslead validate"; use it as "syslead run ID.LANG".',
    )
    .addHelpText('after', examples(['syslead translate export systems-leadership-quick --lang cy --out quick.cy.xlf', 'syslead translate import quick.cy.xlf --out questionnaires/systems-leadership-quick.cy.yaml']));

export const translateExportCommand = () =>
  new Command('export')
    .summary("write a questionnaire's texts as XLIFF 2.0 for a translator")
    .description(
      'Write an XLIFF 2.0 file of every text of QUESTIONNAIRE (an id or a file), English source and, when a translation into --lang exists (ID.LANG as "syslead run" finds it, or ID.LANG.yaml beside the file), its texts as targets. trgLang is that translation\'s language, else --lang with the source\'s region when it has none (cy from an en-GB source: cy-GB).',
    )
    .argument('<questionnaire>', 'a questionnaire id (see syslead list) or a questionnaire file')
    .requiredOption('--lang <language>', 'the language translated into, e.g. cy or cy-GB')
    .option('-o, --out <file>', 'write the XLIFF to this file instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .addOption(questionnairesOption())
    .addHelpText('after', examples(['syslead translate export systems-leadership-quick --lang cy --out quick.cy.xlf']));

export const translateImportCommand = () =>
  new Command('import')
    .summary('write the translation file from a filled-in XLIFF file')
    .description(
      'Write the translation YAML from an XLIFF 2.0 file made by "syslead translate export" and filled in by a translator. Units without a target are left out (and counted on stderr); "syslead validate" then lists them.',
    )
    .argument('<file>', 'the XLIFF file')
    .option('-o, --out <file>', 'write the translation to this file instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
    .addHelpText('after', examples(['syslead translate import quick.cy.xlf --out questionnaires/systems-leadership-quick.cy.yaml']));
