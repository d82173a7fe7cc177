import { EXIT, ExitError } from '../errors.js';
import { findBrowser } from '../io/browser.js';
import type { PdfPrinter } from '../io/pdf-printer.js';
import type { OutputTarget } from '../render/options.js';
import { type FormatOf, type ReportKind, type ReportModels, rendererFor, type TextKind } from '../render/registry.js';
import type { CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';
import type { UiLanguage } from '../core/i18n/messages.js';

/**
 * --format pdf: the HTML report printed by a Chromium-family browser found on the machine. The
 * browser is looked for before any input is read, so a machine without one fails at once, and
 * started once per command, whatever the number of reports.
 */

export type Paper = 'a4' | 'letter';

/** A format of a command that may be pdf: the html renderer does the work for pdf. */
export type FormatOrPdf<Kind extends ReportKind> = FormatOf<Kind> | 'pdf';

/** A PDF is bytes for a file: a terminal is refused it, a pipe or a redirect takes it. */
function refusePdfOnTerminal(format: string, out: string | undefined, io: Pick<CommandIO, 'stdout'>): void {
  if (format === 'pdf' && (out === undefined || out === '/dev/stdout') && io.stdout.isTTY === true) {
    throw new ExitError(say('results.pdf.notForTerminal'), { exitCode: EXIT.usage });
  }
}

/** The browser's program, or the failure saying what to install: checked before the work starts. */
export function browserFor(io: Pick<CommandIO, 'env'>): string {
  return findBrowser(io.env);
}

/**
 * Before a command reads anything: for --format pdf, the PDF refused to a terminal (unless it
 * goes to files in a folder, `toFolder`) and the browser found, or the failure saying what to
 * install; undefined for every other format.
 */
export function pdfBrowser(format: string, out: string | undefined, io: Pick<CommandIO, 'stdout' | 'env'>, toFolder = false): string | undefined {
  if (format !== 'pdf') return undefined;
  if (!toFolder) refusePdfOnTerminal(format, out, io);
  return browserFor(io);
}

/**
 * One browser for every report of the command; close() it in a finally. Its words (the footer's
 * "page N of M") are in `language`, by default the one syslead speaks; outputRenderer gives each
 * report's page its own.
 */
export async function startPrinter(browser: string, paper: Paper, language?: UiLanguage): Promise<PdfPrinter> {
  const { openPrinter } = await import('../io/pdf-printer.js');
  return openPrinter({ browser, paper, ...(language !== undefined ? { language } : {}) });
}

/** The language of a report's own words (its first), for the printer's words on its pages; per kind, so each kind's model is asked as it holds it. */
const LANGUAGE_OF: { [Kind in ReportKind]: (model: ReportModels[Kind]) => UiLanguage | undefined } = {
  person: (reports) => reports[0]?.presentation.languages[0],
  comparison: (report) => report.presentation.languages[0],
  cohort: (view) => view.presentations[0]?.languages[0],
  history: () => undefined,
  list: () => undefined,
  index: (index) => index.languages?.[0],
  feedback: (report) => report.presentation?.languages[0],
  feedbackIndex: (index) => index.presentation?.languages[0],
  evaluation: (model) => model.presentation.languages[0],
  preview: (preview) => preview.presentation.languages[0],
};

/** The language of syslead's own words in a report: the printer says its words in it. */
export function reportLanguageOf<Kind extends ReportKind>(kind: Kind, model: ReportModels[Kind]): UiLanguage | undefined {
  return LANGUAGE_OF[kind](model);
}

/**
 * A renderer of a kind in the format asked for: text for the text formats, PDF bytes for pdf (the
 * html page printed by `printer`).
 */
export async function outputRenderer<Kind extends TextKind>(
  kind: Kind,
  format: FormatOrPdf<Kind>,
  target: OutputTarget,
  printer: PdfPrinter | undefined,
): Promise<(model: ReportModels[Kind]) => Promise<string | Uint8Array>> {
  if (format !== 'pdf') {
    const render = await rendererFor(kind, format, target);
    return async (model) => render(model);
  }
  if (!printer) throw new Error('--format pdf without a printer');
  const html = await rendererFor(kind, 'html' as FormatOf<Kind>, { ...target, toFile: true });
  return (model) => printer.print(html(model), reportLanguageOf(kind, model));
}

/**
 * One report in the format asked for, through a browser started for it alone when it is a PDF.
 * `browser` is the one found before the work began.
 */
export async function renderOutput<Kind extends TextKind>(
  kind: Kind,
  model: ReportModels[Kind],
  format: FormatOrPdf<Kind>,
  target: OutputTarget,
  pdf: { browser: string | undefined; paper: Paper },
): Promise<string | Uint8Array> {
  if (format !== 'pdf') return (await outputRenderer(kind, format, target, undefined))(model);
  const printer = await startPrinter(pdf.browser ?? '', pdf.paper, reportLanguageOf(kind, model));
  try {
    return await (await outputRenderer(kind, format, target, printer))(model);
  } finally {
    await printer.close();
  }
}
