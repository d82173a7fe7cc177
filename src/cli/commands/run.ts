import { Command, Option } from '@commander-js/extra-typings';
import { RATER_ROLES } from '../../core/answers/roles.js';
import { PERSON_FORMATS } from './formats.js';
import { examples, paperOption, questionnairesOption, langOption } from './shared.js';

export const runCommand = () =>
  new Command('run')
    .summary('take the self-assessment in the terminal, one question at a time')
    .description(
      'Take a questionnaire in the terminal (default: the built-in systems-leadership), one question at a time: a number key answers, b goes back, s skips, ? explains the theme. With --plain (the default when TERM=dumb), for screen readers and simple terminals, each question is printed once and the same answers are typed as lines. Every answer is saved as it is given; Ctrl-C stops, and --resume carries on later. At the end the answers are saved for "syslead history" and "syslead compare", and the report is printed on stdout; at a terminal, the summary alone, then a choice: read the full report ($PAGER, else less -R), save it as HTML or PDF beside the result, or done. Needs a terminal: for scripts, use "syslead score".',
    )
    .argument('[questionnaire]', 'questionnaire id or YAML file (default: systems-leadership)')
    .option('--resume', 'carry on with the run in progress without asking')
    .option(
      '--plain',
      'for screen readers and simple terminals: each question printed once as plain lines, its answers a numbered list, the answer typed as a line (a number, or b, s, ?); no colour, no redrawing, no escape sequences. The default when TERM=dumb',
    )
    .option('--no-plain', 'redraw the screen and answer by single keys even when TERM=dumb')
    .option('--subject <name>', 'whom the answers are about (an observer form asks when it is not given)')
    .addOption(new Option('--role <role>', 'on an observer form, how you work with the person (asked when not given; a self-assessment is always self)').choices(RATER_ROLES))
    .option('--no-input', 'never ask anything: exit 2 at once (scripts should use "syslead score")')
    .option('-o, --out <file>', 'also write the report to this file, in the format of its extension (.md, .json, .html, .pdf, else text)')
    .option('--force', 'with --out: replace the file if it exists')
    .addOption(new Option('-f, --format <format>', "the report's format on stdout and in --out: text, md, json, html or pdf (in --out; stdout then shows text)").choices(PERSON_FORMATS))
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
        'syslead run systems-leadership-observer --subject "Sam Patel" --role peer',
      ]),
    );
