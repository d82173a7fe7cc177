// `syslead score --out-dir --format pdf`: a PDF per respondent of a Forms-style CSV (the one
// bench/report.mjs makes), printed through one browser, against printing the same HTML reports
// with one browser process per file (`chromium --headless --print-to-pdf`), as a script without
// syslead's printer would. Wall time and PDFs per second. Figures only; nothing passes or fails.
// Run after `npm run build`: node bench/pdf.mjs (SYSLEAD_BENCH_PDF_PEOPLE=100, SYSLEAD_BROWSER or
// /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INSTALLED } from './machine.mjs';
import { answers, formsCsv, questionnaire } from './report.mjs';

const bin = INSTALLED;

function wall(command, args, env = process.env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchPdf(people = Number(process.env.SYSLEAD_BENCH_PDF_PEOPLE ?? 100)) {
  const browser = process.env.SYSLEAD_BROWSER ?? '/usr/bin/chromium';
  if (!existsSync(browser)) {
    console.log(`syslead score --out-dir --format pdf: skipped, no browser at ${browser}`);
    return;
  }
  const q = questionnaire();
  const { items, data } = answers(q, people);
  const work = mkdtempSync(join(tmpdir(), 'syslead-bench-pdf-'));
  try {
    const csv = join(work, 'cohort.csv');
    writeFileSync(csv, formsCsv(items, data, people));
    const env = { ...process.env, SYSLEAD_BROWSER: browser };
    const pdfMs = wall(process.execPath, [bin, 'score', csv, '--out-dir', join(work, 'pdf'), '--format', 'pdf'], env);
    const pdfs = readdirSync(join(work, 'pdf')).filter((n) => n.endsWith('.pdf')).length;
    const htmlMs = wall(process.execPath, [bin, 'score', csv, '--out-dir', join(work, 'html'), '--format', 'html']);
    const pages = readdirSync(join(work, 'html')).filter((n) => n.endsWith('.html') && n !== 'index.html');
    // One browser per file, a profile each, as many at once as the printer keeps pages (2).
    const sandbox = userInfo().uid === 0 ? ['--no-sandbox'] : [];
    const start = process.hrtime.bigint();
    for (let i = 0; i < pages.length; i++) {
      const page = join(work, 'html', pages[i]);
      const profile = join(work, `profile-${i}`);
      wall(browser, ['--headless', ...sandbox, '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${page.replace(/\.html$/, '.pdf')}`, pathToFileURL(page).href]);
      rmSync(profile, { recursive: true, force: true });
    }
    const perFileMs = Number(process.hrtime.bigint() - start) / 1e6;
    const rate = (n, ms) => ((n / ms) * 1000).toFixed(1);
    console.log(`syslead score --out-dir --format pdf: systems-leadership, ${people} people, ${browser}`);
    console.log(`  one browser (syslead)      ${rate(pdfs, pdfMs).padStart(6)} PDFs/s  ${pdfMs.toFixed(0)} ms wall for ${pdfs} PDFs`);
    console.log(
      `  a browser per file        ${rate(pages.length, perFileMs).padStart(6)} PDFs/s  ${perFileMs.toFixed(0)} ms wall for ${pages.length} PDFs (+ ${htmlMs.toFixed(0)} ms for the HTML), ${(perFileMs / pdfMs).toFixed(1)}x slower`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) benchPdf();
