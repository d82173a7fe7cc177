/** The command line itself: --help, usage errors, and the top-level catch's messages. */
export const CLI_EN = {
  'cli.lang.unknown': 'syslead: note: syslead has no words for --lang {lang} (it speaks {known}): the next language it knows is used',

  // commander's own words, in help and usage errors (program.ts)
  'cli.help.usage': 'Usage:',
  'cli.help.optionsPlaceholder': 'options',
  'cli.help.commandPlaceholder': 'command',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.globalOptions': 'Global Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.examples': 'Examples:',
  'cli.help.choices': 'choices: {choices}',
  'cli.help.default': 'default: {value}',
  'cli.help.preset': 'preset: {value}',
  'cli.help.env': 'env: {variable}',
  'cli.help.command': 'display help for command',
  'cli.help.afterError': '(run with --help for usage)',
  'cli.usage.unknownOption': "error: unknown option '{option}'",
  'cli.usage.unknownCommand': "error: unknown command '{command}'",
  'cli.usage.didYouMean': '(Did you mean {suggestion}?)',
  'cli.usage.didYouMeanOneOf': '(Did you mean one of {suggestions}?)',
  'cli.usage.missingArgument': "error: missing required argument '{argument}'",
  'cli.usage.optionMissingArgument': "error: option '{option}' argument missing",
  'cli.usage.missingMandatoryOption': "error: required option '{option}' not specified",
  'cli.usage.tooManyArguments': {
    one: 'error: too many arguments. Expected {count} argument but got {received}.',
    other: 'error: too many arguments. Expected {count} arguments but got {received}.',
  },
  'cli.usage.tooManyArgumentsFor': {
    one: "error: too many arguments for '{command}'. Expected {count} argument but got {received}.",
    other: "error: too many arguments for '{command}'. Expected {count} arguments but got {received}.",
  },
  'cli.usage.invalidOptionValue': "error: option '{option}' argument '{value}' is invalid. {reason}",
  'cli.usage.invalidArgumentValue': "error: command-argument value '{value}' is invalid for argument '{argument}'. {reason}",
  'cli.usage.allowedChoices': 'Allowed choices are {choices}.',
  'cli.usage.wholeNumber': 'expected a whole number of at least {min}',
  'cli.usage.percentagePoints': 'expected a number of percentage points (0 or more)',

  // the top-level catch (main.ts)
  'cli.failure.error': 'syslead: error: {message}',
  'cli.failure.internal': 'syslead: internal error: {message}',
  'cli.failure.bug': 'This is a bug in syslead. Run again with SYSLEAD_DEBUG=1 to see the details, and please report it.',

  // the program (program.ts)
  'cli.program.description': 'A self-assessment on the mindset of systems leadership for people who lead across boundaries in public services.',
  'cli.program.version': 'print the version',
  'cli.program.help': 'show help for a command',
  'cli.program.noColor': 'never colour the output (as does NO_COLOR=1)',

  // options shared by several commands (shared.ts and the commands)
  'cli.opt.questionnaires': 'also look for questionnaires in this folder (repeatable; as does $SYSLEAD_QUESTIONNAIRES)',
  'cli.opt.lang':
    "the language syslead speaks and writes reports in: en or cy; cy,en for a report in both, Welsh first (default: $SYSLEAD_LANG, else the questionnaire's language, else the system's; English where syslead has no words for it)",
  'cli.opt.paper': 'with --format pdf: the paper, a4 or letter',
  'cli.opt.paperWithPdf': 'with --pdf: the paper, a4 or letter',
  'cli.opt.forceOut': 'with --out: replace the file if it exists',
  'cli.opt.map': "a YAML export map: which item, role, respondent ... each CSV column holds, and what the export's coded values mean (see syslead schema map)",
  'cli.opt.sheet': 'for an xlsx workbook (or one in a zip): read this sheet (default: the first that is not hidden)',
  'cli.opt.includeUnfinished': 'read the responses the export marks unfinished (Qualtrics Finished 0, LimeSurvey without Date submitted, REDCap status not Complete); by default they are left out and counted',
  'cli.opt.questionnaireEveryInput': 'read every input against this questionnaire (default: the one each answer file names; for a CSV, the one its columns match)',
  'cli.arg.questionnaireIdOrFile': 'a questionnaire id (see syslead list) or a questionnaire file',

  // run
  'cli.run.summary': 'take the self-assessment in the terminal, one question at a time',
  'cli.run.description':
    'Take a questionnaire in the terminal (default: the built-in systems-leadership), one question at a time: a number key answers, b goes back, s skips, ? explains the theme. With --plain (the default when TERM=dumb), for screen readers and simple terminals, each question is printed once and the same answers are typed as lines. Every answer is saved as it is given; Ctrl-C stops, and --resume carries on later. At the end the answers are saved for "syslead history" and "syslead compare", and the report is printed on stdout; at a terminal, the summary alone, then a choice: read the full report ($PAGER, else less -R), save it as HTML or PDF beside the result, or done. Needs a terminal: for scripts, use "syslead score".',
  'cli.run.arg.questionnaire': 'questionnaire id or YAML file (default: systems-leadership)',
  'cli.run.opt.resume': 'carry on with the run in progress without asking',
  'cli.run.opt.plain':
    'for screen readers and simple terminals: each question printed once as plain lines, its answers a numbered list, the answer typed as a line (a number, or b, s, ?); no colour, no redrawing, no escape sequences. The default when TERM=dumb',
  'cli.run.opt.noPlain': 'redraw the screen and answer by single keys even when TERM=dumb',
  'cli.run.opt.subject': 'whom the answers are about (an observer form asks when it is not given)',
  'cli.run.opt.role': 'on an observer form, how you work with the person (asked when not given; a self-assessment is always self)',
  'cli.run.opt.noInput': 'never ask anything: exit 2 at once (scripts should use "syslead score")',
  'cli.run.opt.out': 'also write the report to this file, in the format of its extension (.md, .json, .html, .pdf, else text)',
  'cli.run.opt.format': "the report's format on stdout and in --out: text, md, json, html or pdf (in --out; stdout then shows text)",

  // history
  'cli.history.summary': 'list your saved results with their date and theme scores, newest first',
  'cli.history.description':
    'List the results saved by "syslead run" (in $SYSLEAD_HOME or the usual data folder), newest first, with the date and each theme\'s score. Without a questionnaire, lists the results of every questionnaire.',
  'cli.history.arg.questionnaire': 'only the results of this questionnaire (id or YAML file)',
  'cli.history.opt.json': 'print the results as a JSON array of {questionnaire, file, completed, themes: [{id, title, percent, band}]}',

  // compare
  'cli.compare.summary': 'show what changed between two results, per theme and facet',
  'cli.compare.description':
    'Show the change from an earlier result to a later one, per theme and facet, with its direction and size in percentage points. Without files, compares the two most recent saved results of the questionnaire (default: systems-leadership).',
  'cli.compare.arg.results': 'two result files, in either order: the one completed first is the "before" (see "syslead history")',
  'cli.compare.opt.questionnaire': 'the questionnaire (default: the one the results name; without files, systems-leadership)',
  'cli.compare.opt.format': 'text, md (Markdown), json or html (a self-contained page with before and after charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.compare.opt.reliability':
    "a cohort report's JSON (syslead report --format json) of the same questionnaire: judge each change by Jacobson & Truax's reliable change index from its alpha and score SD, where it gives them (else the rule of thumb, said so)",
  'cli.compare.opt.out': 'write the comparison to this file (atomically) instead of stdout',

  // score
  'cli.score.summary': "score answer files or a survey export: each person's results as terminal text, Markdown, JSON or HTML",
  'cli.score.description':
    "Score answer files (YAML or JSON), CSV survey exports (one respondent per row, columns matched to items by id or text) and folders of them, and print a report for each: themes ranked, the strongest theme, the growth edge, development priorities, reflections, strengths and growth edges, notes and further reading. The questionnaire is the one named in each answer file (for a CSV, the one its columns match) unless --questionnaire is given.\n\nProblems are printed as FILE:LINE:COL: error: MESSAGE on stderr; if any input has an error, no report is printed (exit 1). With --out-dir, a file per respondent and an index are written; a row or file with an error is left out and the others are written (exit 1 when any was left out). Unfinished responses in an export are left out and counted, with a warning (--include-unfinished reads them); what became of each CSV file's rows is said on stderr.",
  'cli.score.arg.inputs': 'answer files, survey exports (.csv/.tsv, .xlsx, a .zip of one), or folders of them ("-" reads stdin)',
  'cli.score.opt.questionnaire': 'score against this questionnaire (an id or a YAML file) instead of the one each file names',
  'cli.score.opt.format':
    'text (for the terminal), md (Markdown), json (one object, or an array for several) or html (a self-contained page with charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.score.opt.out': 'write the report to this file (atomically) instead of stdout',
  'cli.score.opt.outDir': 'write a report file per respondent into this folder (created if missing), with index.html (html) or index.md',
  'cli.score.opt.nameBy': 'with --out-dir: name each file after this CSV column or answer-file attribute (default: the respondent)',
  'cli.score.opt.force': 'with --out or --out-dir: replace files that exist',

  // report
  'cli.report.summary': 'a cohort report: statistics per theme, facet and item, groups and 360 views, from answer files or survey exports',
  'cli.report.description':
    "Report on a cohort from answer files (YAML or JSON), folders of them and CSV survey exports (one respondent per\nrow, columns matched to items by id or by text): per theme and facet n, mean, SD, min, median, max, bands,\nCronbach's alpha, and per item n, mean, SD, missing, r.drop, alpha if dropped and answer frequencies, computed as\nR's psych package does by default. Bad rows and files are printed as FILE:LINE:COL: error: MESSAGE on stderr and\nskipped: the report is still written, and the exit code is 1 (--strict: no report). Unfinished responses are left\nout and counted (--include-unfinished reads them). Each CSV file's rows read, scored and skipped are said on stderr.\nNobody is named unless --per-respondent is given.",
  'cli.report.arg.inputs': 'answer files, folders of them, or survey exports: CSV, xlsx, or a zip of one ("-" reads stdin, told by its content)',
  'cli.report.opt.format':
    'text (for the terminal), md (Markdown), json, csv (a row of scores per respondent) or html (a self-contained page with charts), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.report.opt.detail': 'summary: the plain-English summary alone (one or two A4 pages; the default for text, md and html); full: the summary, then the full statistics as an appendix (the default for json and csv)',
  'cli.report.opt.out': 'write the report to this file (atomically) instead of stdout',
  'cli.report.opt.strict': 'treat any bad row or file as fatal: no report, exit 1',
  'cli.report.opt.perRespondent': "add every respondent's theme and facet scores, with their names",
  'cli.report.opt.groupBy': 'statistics per group of this column or attribute (team, site, role ...)',
  'cli.report.opt.minGroup': 'anonymity floor: smaller groups are pooled into "other", hidden if still smaller',
  'cli.report.opt.title': 'the title heading the report, in every format',
  'cli.report.opt.programme': 'the programme the cohort is on, under the title',
  'cli.report.opt.date': 'the date or period the report is of, under the title (free text, e.g. "November 2026")',
  'cli.report.opt.about': 'a small YAML file giving title:, programme: and date: (see syslead schema about); --title, --programme and --date override it',
  'cli.report.opt.subject': 'the column naming whom answers are about, for the 360 view',
  'cli.report.opt.margin': '360: self above (below) others by more than this many percentage points is a blind spot (hidden strength)',

  // evaluate
  'cli.evaluate.summary': "a programme evaluation: the cohort's change between two waves, per theme and facet, people matched by a column",
  'cli.evaluate.description':
    "Evaluate a programme from two waves of one questionnaire (BEFORE and AFTER, each a file or folder of inputs as for\nreport), matching people by a column or attribute (--match-by Email). Per theme and facet, on percents of maximum\npossible: the mean change with its 95% CI (paired t, as R's t.test(paired = TRUE)), Cohen's d_z with its CI\n(noncentral t), and how many people changed reliably (Jacobson & Truax's RCI at 1.96, from BEFORE's SD and alpha).\nHow many matched, and why the rest did not, is said in the report and on stderr; any row skipped gives exit 1.\nNobody is named unless --per-respondent is given.",
  'cli.evaluate.arg.before': 'the first wave: answer files, a folder of them, or a survey export (CSV, xlsx, or a zip of one)',
  'cli.evaluate.arg.after': 'the second wave, as BEFORE',
  'cli.evaluate.opt.matchBy': 'the column or attribute that names the same person in both waves (Email, respondent ...)',
  'cli.evaluate.opt.questionnaire': 'read both waves against this questionnaire (default: the one each input names or matches)',
  'cli.evaluate.opt.map': 'a YAML export map for the CSV columns, as for report (see syslead schema map)',
  'cli.evaluate.opt.format': 'text, md (Markdown), json, csv (a row per theme and facet), html, or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.evaluate.opt.out': 'write the evaluation to this file (atomically) instead of stdout',
  'cli.evaluate.opt.strict': 'treat any bad row or file as fatal: no evaluation, exit 1',
  'cli.evaluate.opt.includeUnfinished': 'read the responses the export marks unfinished; by default they are left out and counted',
  'cli.evaluate.opt.perRespondent': "add each matched person's change and reliable-change class, with their names",
  'cli.evaluate.opt.minGroup': 'anonymity floor: with fewer matched people, no figure is shown',

  // feedback
  'cli.feedback.summary': "a 360 feedback report per subject: self against each rater group, by theme, facet and statement, with others' comments",
  'cli.feedback.description':
    "Read self-assessments and observers' answers (answer files, folders of them, CSV survey exports of both forms, as report reads them) and write one 360 feedback report per subject: self, the manager, each rater group large enough and all others per theme and facet, with the spread of others' ratings and their agreement (r_wg), every statement self against others, the largest gaps each way, development priorities, reflections, others' comments verbatim, and questions for the coaching conversation. The manager is shown alone; every other group needs --min-group raters, else it is pooled into \"other\", else left out of every figure and comment. Forms are joined by theme and item id; subjects are matched ignoring case and spacing.",
  'cli.feedback.arg.inputs': 'answer files, folders of them, or CSV files of the self and observer forms ("-" reads stdin)',
  'cli.feedback.opt.format': 'text (for the terminal), md (Markdown), json or html (a self-contained page), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.feedback.opt.outDir': 'write a report per subject into this folder (created if missing), with an index (index.md; index.html or index.json for html or json)',
  'cli.feedback.opt.subject': "print this subject's report on stdout instead (case and spacing aside)",
  'cli.feedback.opt.subjectColumn': 'the column (or answer-file attribute) naming whom answers are about',
  'cli.feedback.opt.minGroup': 'anonymity floor: rater groups but the manager need this many raters, else are pooled into "other", else left out',
  'cli.feedback.opt.margin': 'self above (below) others by more than this many percentage points is a blind spot (hidden strength)',
  'cli.feedback.opt.force': 'with --out-dir: replace files that exist',

  // validate
  'cli.validate.summary': 'check questionnaire files and report every problem with its line and column',
  'cli.validate.description':
    'Check questionnaire YAML files: syntax, fields and names, in one pass. Problems are printed as FILE:LINE:COL: error: MESSAGE on stderr.\nAn observer form with pairs_with: ID is checked against that self form (found beside it, in --questionnaires folders or built in).\nExit 0 when every file is valid (warnings allowed), 1 otherwise.',
  'cli.validate.arg.files': 'questionnaire YAML files ("-" reads stdin)',
  'cli.validate.opt.json': 'print the problems as a JSON array of {file, line, column, severity, message} on stdout',

  // preview
  'cli.preview.summary': "show a questionnaire whole, for the people who sign off its wording: statements, scoring, every band's reflections",
  'cli.preview.description':
    "Show QUESTIONNAIRE (an id or a file) as a reader who must approve it needs it: every theme, facet and statement in order, with its scale and how it is scored in words (reverse-scored or not), the importance and free-text questions, and every band's reflections and resources with the band's cut-offs. A self form and its observer form are shown side by side: give the observer form as --observer, or preview a built-in form of a pair (systems-leadership and systems-leadership-observer), which brings its other form.",
  'cli.preview.arg.questionnaire': 'a questionnaire id (see syslead list) or a questionnaire file ("-" reads stdin)',
  'cli.preview.opt.format': 'text (for the terminal), md (Markdown), html (a self-contained page), or pdf (the html page printed to PDF by Chromium, Chrome or Edge)',
  'cli.preview.opt.observer': 'the observer form to show beside the self form QUESTIONNAIRE, statement by statement',
  'cli.preview.opt.out': 'write the preview to this file (atomically) instead of stdout',

  // list
  'cli.list.summary': 'list the questionnaires available',
  'cli.list.description': 'List the built-in questionnaires and those in the folders given by --questionnaires or\n$SYSLEAD_QUESTIONNAIRES (a list of folders separated by ":"), with id, title, items and minutes.',
  'cli.list.opt.json': 'print the list as JSON on stdout',

  // form
  'cli.form.summary': 'write what a survey tool imports (or a sheet to build the survey by hand) for a questionnaire',
  'cli.form.description':
    'Write the survey for QUESTIONNAIRE (an id or a file) in what PLATFORM imports: a Google Apps Script (google), an Advanced Format TXT (qualtrics), a survey structure TSV (limesurvey), a data dictionary (redcap), a build sheet (ms-forms), a printable answer sheet (paper) or a CSV to type paper answers into (csv). Its download is read back by report and feedback unedited, or with the --map file written beside it. The files go to --out-dir; the steps to follow are printed on stdout.',
  'cli.form.opt.for': 'the survey tool: {platforms}',
  'cli.form.opt.outDir': 'the folder to write the files to (made if missing)',
  'cli.form.opt.subjectList': 'on an observer form: the people rated, one name per line, offered as the choices of "Who are you giving feedback about?"',
  'cli.form.opt.force': 'replace files of the same names',
  'cli.form.opt.pdf': 'also print each HTML file (the paper sheet, a build sheet) to PDF, with a Chromium-family browser',

  // translate
  'cli.translate.summary': "write a translator's XLIFF file of a questionnaire's texts, and the translation file from it",
  'cli.translate.description':
    'For translators: "export" writes every text of a questionnaire as XLIFF 2.0, which translation tools read, with where each text is and any translation made so far; "import" writes the translation file (ID.LANG.yaml, texts only: the scoring stays the source\'s) from the XLIFF filled in. Check the result with "syslead validate"; use it as "syslead run ID.LANG".',
  'cli.translate.export.summary': "write a questionnaire's texts as XLIFF 2.0 for a translator",
  'cli.translate.export.description':
    'Write an XLIFF 2.0 file of every text of QUESTIONNAIRE (an id or a file), English source and, when a translation into --lang exists (ID.LANG as "syslead run" finds it, or ID.LANG.yaml beside the file), its texts as targets. trgLang is that translation\'s language, else --lang with the source\'s region when it has none (cy from an en-GB source: cy-GB).',
  'cli.translate.export.opt.lang': 'the language translated into, e.g. cy or cy-GB',
  'cli.translate.export.opt.out': 'write the XLIFF to this file instead of stdout',
  'cli.translate.import.summary': 'write the translation file from a filled-in XLIFF file',
  'cli.translate.import.description':
    'Write the translation YAML from an XLIFF 2.0 file made by "syslead translate export" and filled in by a translator. Units without a target are left out (and counted on stderr); "syslead validate" then lists them.',
  'cli.translate.import.arg.file': 'the XLIFF file',
  'cli.translate.import.opt.out': 'write the translation to this file instead of stdout',

  // schema
  'cli.schema.summary': 'print the JSON Schema of a file format or of JSON output',
  'cli.schema.description':
    'Print a JSON Schema (draft-07) on stdout. Editors such as VS Code with the YAML extension use it\nto complete and check questionnaire, answer and export-map (--map) files; scripts use the others to read\n--format json.',
  'cli.schema.arg.name': 'which schema: questionnaire, translation (of a questionnaire), answers, result (score), compare, report, feedback, evaluation, map (--map) or about (report --about)',
} as const;
