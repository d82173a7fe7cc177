import { Command, Option } from '@commander-js/extra-typings';
import { PREVIEW_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const previewCommand = () =>
  new Command('preview')
    .summary("show a questionnaire whole, for the people who sign off its wording: statements, scoring, every band's reflections")
    .description(
      "Show QUESTIONNAIRE (an id or a file) as a reader who must approve it needs it: every theme, facet and statement in order, with its scale and how it is scored in words (reverse-scored or not), the importance and free-text questions, and every band's reflections and resources with the band's cut-offs. A self form and its observer form are shown side by side: give the observer form as --observer, or preview a built-in form of a pair (systems-leadership and systems-leadership-observer), which brings its other form.",
    )
    .argument('<questionnaire>', 'a questionnaire id (see syslead list) or a questionnaire file ("-" reads stdin)')
    .addOption(
      new Option('-f, --format <format>', 'text (for the terminal), md (Markdown), html (a self-contained page), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)')
        .choices(PREVIEW_FORMATS)
        .default('text' as const),
    )
    .option('--observer <id|file>', 'the observer form to show beside the self form QUESTIONNAIRE, statement by statement')
    .option('-o, --out <file>', 'write the preview to this file (atomically) instead of stdout')
    .option('--force', 'with --out: replace the file if it exists')
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
