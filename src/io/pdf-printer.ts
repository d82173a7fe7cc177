import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Failure } from '../core/failure.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { say, sayIn, speakingNow } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';

/**
 * Prints syslead's HTML reports to PDF with a Chromium-family browser, headless, spoken to over
 * the DevTools protocol on a pipe (--remote-debugging-pipe): no port is opened, and no driver
 * library is loaded (playwright-core would add 14 MB and about a second of start-up to every
 * PDF). One browser prints every report of a command, a few pages at a time.
 *
 * Offline and inert: the page is set from the text (no file, no URL), every request it would make
 * is refused (Fetch), scripts are disabled on top of the page's own Content-Security-Policy, and
 * the browser is started with a host resolver that resolves nothing and its background traffic off.
 */

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Width and height in inches, as the protocol takes them. */
const PAPER_SIZE: Record<Paper, [number, number]> = { a4: [210 / 25.4, 297 / 25.4], letter: [8.5, 11] };
/** Margins in inches: room above and below for the running header and the page numbers. */
const MARGIN = { top: 16 / 25.4, bottom: 14 / 25.4, side: 14 / 25.4 };

/** Pages printing at once in the one browser: the machine's cores do the layout. */
const DEFAULT_PAGES = 2;
/** A report that takes longer than this to print has met a browser that is stuck. */
const STEP_TIMEOUT_MS = 60_000;

const ARGS = [
  '--headless',
  '--remote-debugging-pipe',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
  '--mute-audio',
  '--hide-scrollbars',
  // Nothing resolves: even a request that got past the refusal below could reach no one.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

// The header and footer are drawn by the browser in the top and bottom margins; it fills "title"
// (the page's <title>: the report and the person), "pageNumber" and "totalPages" as text.
// not said: CSS
const BAND = 'font: 8pt system-ui, sans-serif; color: #555; width: 100%; margin: 0 14mm;';
// not said: HTML and CSS, with no words
const HEADER = `<div style="${BAND} white-space: nowrap; overflow: hidden; text-overflow: ellipsis;"><span class="title"></span></div>`;
/** The footer, "page N of M" in the language given. */
function footer(language: UiLanguage): string {
  // not said: HTML the browser fills with the page numbers
  const page = sayIn(language, 'inputs.pdf.footer', { number: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' });
  // not said: HTML and CSS, with no words
  return `<div style="${BAND} text-align: right;">${page}</div>`;
}

export interface PrinterOptions {
  /** The browser's program (see findBrowser). */
  browser: string;
  paper: Paper;
  /** Pages printing at once. */
  pages?: number;
  /** The language of the footer's "page N of M": the reports' (their first language); the language syslead speaks when not given. */
  language?: UiLanguage;
}

export interface PdfPrinter {
  /**
   * One report page as a PDF: the paper asked for, page N of M (in `language`, the report's: by
   * default the printer's), tagged, its headings as the outline.
   */
  print(html: string, language?: UiLanguage): Promise<Uint8Array>;
  /** Ends the browser and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/** Long enough for the largest report on a loaded machine; the page loads nothing from outside. */
const LOAD_TIMEOUT_MS = 60_000;

/** The promise, or a Failure after `ms`: a browser that hangs must not hang syslead. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Failure(say('inputs.pdf.within', { what, seconds: String(ms / 1000) }))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let launches = 0;
let refused = 0;

/** How many browsers this process has started: a batch starts one (tests/pdf). */
export function browsersLaunched(): number {
  return launches;
}

/** How many requests of the pages printed were refused: none reaches the network (tests/pdf). */
export function requestsRefused(): number {
  return refused;
}

/** Starts the browser; every report printed goes through it until close(). */
export async function openPrinter({ browser, paper, pages = DEFAULT_PAGES, language = speakingNow() }: PrinterOptions): Promise<PdfPrinter> {
  const profile = await mkdtemp(join(tmpdir(), 'syslead-browser-'));
  let connection: Connection;
  try {
    connection = await Connection.launch(browser, profile);
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const slots = new Slots(pages);
  const [paperWidth, paperHeight] = PAPER_SIZE[paper];
  const printParams = {
    paperWidth,
    paperHeight,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.side,
    marginRight: MARGIN.side,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER,
    footerTemplate: footer(language),
    // --paper decides, over the stylesheet's A4 for people printing the HTML themselves.
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
  let closed: Promise<void> | undefined;
  return {
    async print(html, pageLanguage) {
      return slots.run(async () => {
        const { targetId } = await connection.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
        try {
          const { sessionId } = await connection.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
          const send = <T>(method: string, params: object = {}) => connection.send<T>(method, params, sessionId);
          connection.on(sessionId, 'Fetch.requestPaused', (event: { requestId: string }) => {
            refused++;
            send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
          });
          await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
          await send('Emulation.setScriptExecutionDisabled', { value: true });
          await send('Page.enable');
          const { frameTree } = await send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
          // Printed before its load event, a page whose stylesheet request is still being refused can come out blank.
          const loaded = new Promise<void>((resolve) => connection.on(sessionId, 'Page.loadEventFired', () => resolve()));
          await send('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
          await withTimeout(loaded, LOAD_TIMEOUT_MS, say('inputs.pdf.notLoaded'));
          const footerTemplate = pageLanguage === undefined || pageLanguage === language ? printParams.footerTemplate : footer(pageLanguage);
          const { data } = await send<{ data: string }>('Page.printToPDF', { ...printParams, footerTemplate });
          connection.off(sessionId);
          return Buffer.from(data, 'base64');
        } finally {
          await connection.send('Target.closeTarget', { targetId }).catch(() => undefined);
        }
      });
    },
    close() {
      closed ??= connection.close().finally(() => rm(profile, { recursive: true, force: true }));
      return closed;
    },
  };
}

/** At most `size` tasks at once; the rest wait their turn, in order. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  method: string;
}

/** The DevTools protocol over the browser's pipe: messages of JSON, each ended by a NUL byte. */
class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Map<string, (params: never) => void>>();
  private buffered = '';
  private stderr = '';
  private exited: Failure | undefined;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly browser: string,
    private readonly child: ChildProcess,
    private readonly output: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('error', () => undefined);
    output.on('error', () => undefined);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-2000);
    });
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.stopped(new Failure(say('inputs.pdf.stopped', { browser: safeText(browser), how: signal ?? say('inputs.pdf.exitCode', { code: String(code) }), last: this.lastWords() })));
        resolve();
      });
    });
  }

  static async launch(browser: string, profile: string): Promise<Connection> {
    // Chromium will not run as root with its sandbox (a container's CI): there it is turned off.
    const root = userInfo().uid === 0 ? ['--no-sandbox'] : [];
    const child = spawn(browser, [...ARGS, ...root, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    launches++;
    const started = new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Failure(say('inputs.pdf.cannotStart', { browser: safeText(browser), why: error.code === 'ENOENT' ? say('inputs.pdf.noSuchProgram') : error.message }))),
      );
    });
    await started;
    const connection = new Connection(browser, child, child.stdio[3] as Writable, child.stdio[4] as Readable);
    // The first answer says the browser is up and speaking the protocol.
    await connection.send('Browser.getVersion');
    return connection;
  }

  send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Failure(say('inputs.pdf.noAnswer', { browser: safeText(this.browser), method, seconds: String(STEP_TIMEOUT_MS / 1000) })));
      }, STEP_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer, method });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on<P>(sessionId: string, method: string, handler: (params: P) => void): void {
    const session = this.listeners.get(sessionId) ?? new Map<string, (params: never) => void>();
    this.listeners.set(sessionId, session);
    session.set(method, handler as (params: never) => void);
  }

  off(sessionId: string): void {
    this.listeners.delete(sessionId);
  }

  async close(): Promise<void> {
    if (!this.exited) {
      this.send('Browser.close').catch(() => undefined);
      const killed = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await this.exit;
      clearTimeout(killed);
    }
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let end = this.buffered.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(this.buffered.slice(0, end)) as { id?: number; method?: string; params?: never; sessionId?: string; result?: unknown; error?: { message: string } };
      this.buffered = this.buffered.slice(end + 1);
      end = this.buffered.indexOf('\0');
      if (message.id !== undefined) {
        const pending = this.pending.get(message.id);
        if (!pending) continue;
        this.pending.delete(message.id);
        clearTimeout(pending.timer);
        if (message.error) pending.reject(new Failure(say('inputs.pdf.couldNotPrint', { browser: safeText(this.browser), method: pending.method, why: safeText(message.error.message) })));
        else pending.resolve(message.result);
      } else if (message.method && message.sessionId) {
        this.listeners.get(message.sessionId)?.get(message.method)?.(message.params!);
      }
    }
  }

  private stopped(failure: Failure): void {
    this.exited = failure;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(failure);
    }
    this.pending.clear();
  }

  private lastWords(): string {
    const line = this.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .at(-1);
    return line ? `: ${safeText(line)}` : '';
  }
}
