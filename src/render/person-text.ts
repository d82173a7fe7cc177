import { sayIn } from '../core/i18n/voice.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { safeText } from '../core/safe-text.js';
import { shownPercent } from '../core/score/bands.js';
import { itemWording, type ItemLine, type PersonReport, type RankedTheme, type SectionReport } from '../core/report/person.js';
import type { Resource } from '../core/questionnaire/model.js';
import { percentBar } from './bar.js';
import type { RenderOptions } from './options.js';
import { percentText } from './percent.js';
import { completedDay } from './dates.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';

const BAR_WIDTH = 20;
const MIN_BAR_WIDTH = 5;
/** The columns after a bar for " 100%  ", before the band label. */
const PERCENT_WIDTH = 7;
const INDENT = '  ';

/** Person reports as terminal text, each wrapped to the width, with a double rule between them. */
export function renderPersonText(reports: readonly PersonReport[], options: RenderOptions): string {
  return reports.map((report) => personText(report, options)).join(`\n${(options.plain ? '=' : '═').repeat(options.width)}\n\n`);
}

/**
 * The header and summary of a person report alone (themes ranked, strongest, growth edge,
 * priorities): what fits a screen at the end of a run, the full report a choice away.
 */
export function renderPersonSummaryText(report: PersonReport, options: RenderOptions): string {
  return personText(report, options, { summaryOnly: true });
}

/** One person report as terminal text, wrapped to the width; every text from a file made safe. */
function personText(report: PersonReport, options: RenderOptions, { summaryOnly = false } = {}): string {
  const { style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const wrap = (text: string, indent = '', firstIndent = indent) => wrapIndented(text, width, indent, firstIndent);
  const safe = (text: string) => safeText(text);
  const heading = (text: string) => style.bold(text);
  const language = report.presentation.languages[0]!;
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);

  // A bar with its percent and band label, fitted into the columns left after `used` (narrower when tight).
  const bar = (percent: number | null, bandLabel: string | undefined, used: number) => {
    if (percent === null) return style.dim(say('person.noScore'));
    const label = safe(bandLabel ?? '');
    const cells = Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, width - used - PERCENT_WIDTH - textWidth(label)));
    const { filled, track } = percentBar(percent, cells);
    return `${style.cyan(filled)}${style.dim(track)} ${String(shownPercent(percent)).padStart(3)}%  ${style.bold(label)}`;
  };

  // Header and caution.
  const r = report.result;
  out.push(wrap(style.bold(safe(report.title))));
  const who = [
    r.respondent ? safe(r.respondent) : null,
    say('person.who.role', { role: r.role }),
    r.subject && r.subject !== r.respondent ? say('person.who.about', { subject: safe(r.subject) }) : null,
    r.completed ? say('person.who.completed', { day: safe(completedDay(r.completed)) }) : say('person.who.inProgress'),
  ];
  out.push(wrap(who.filter(Boolean).join(' · ')), '', wrap(style.italic(report.caution)), '');

  // Summary: every theme ranked, then the strongest, the growth edge and the priorities.
  out.push(heading(say('person.heading.summary').toUpperCase()));
  // Titles in a column beside their bars when that fits, else each title above its bar.
  const titleWidth = Math.min(Math.max(...report.summary.ranking.map((t) => textWidth(safe(t.title)))), Math.floor(width / 3));
  const barColumn = textWidth(INDENT) + titleWidth + 2;
  const labelWidth = Math.max(0, ...report.summary.ranking.map((t) => textWidth(safe(t.band?.label ?? ''))));
  const rowFits = barColumn + BAR_WIDTH + PERCENT_WIDTH + labelWidth <= width;
  for (const t of report.summary.ranking) {
    const title = safe(t.title);
    if (rowFits && textWidth(title) <= titleWidth) out.push(`${INDENT}${title}${' '.repeat(titleWidth - textWidth(title))}  ${bar(t.percent, t.band?.label, barColumn)}`);
    else out.push(wrap(title, INDENT), `${INDENT}${INDENT}${bar(t.percent, t.band?.label, textWidth(INDENT + INDENT))}`);
  }
  out.push('');
  const named = (t: RankedTheme) => `${safe(t.title)} (${percentText(t.percent, say('person.noScore'))}${t.band ? `, ${safe(t.band.label)}` : ''})`;
  if (report.summary.strongest) out.push(wrap(`${style.bold(say('person.heading.strongest'))} ${named(report.summary.strongest)}`, INDENT + INDENT, INDENT));
  if (report.summary.growthEdge) out.push(wrap(`${style.bold(say('person.heading.growthEdge'))} ${named(report.summary.growthEdge)}`, INDENT + INDENT, INDENT));
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push(wrap(style.bold(`${say('person.heading.priorities')} (${say('person.priorities.aside')}):`), INDENT + INDENT, INDENT));
    priorities.themes.forEach((t, i) => out.push(wrap(say('person.priorities.item', { theme: named(t), importance: safe(t.importanceLabel) }), `${INDENT}     `, `${INDENT}  ${i + 1}. `)));
    if (priorities.note) out.push(wrap(safe(priorities.note), INDENT + INDENT));
  }
  if (summaryOnly) return `${out.join('\n')}\n`;

  // Each theme, then its facets.
  const items = (title: string, lines: ItemLine[], mark: string, indent: string) => {
    if (lines.length === 0) return;
    out.push('', wrap(style.bold(title), indent));
    for (const l of lines) {
      const w = itemWording(l, language);
      out.push(wrap(`${w.lead ? `${safe(w.lead)} ` : ''}${safe(w.text)}${w.note ? ` ${style.dim(`(${safe(w.note)})`)}` : ''}`, `${indent}    `, `${indent}  ${mark} `));
    }
  };
  // A plain URL goes on a line of its own, never broken, so it can be copied or clicked whole.
  const resource = (res: Resource, indent: string) => {
    const about = [res.authors, res.publisher, res.year]
      .filter((x) => x !== undefined)
      .map((x) => safe(String(x)))
      .join(', ');
    const title = safe(res.title);
    const first = `${indent}  • `;
    const rest = `${indent}    `;
    if (!res.url) return out.push(wrap(`${title}: ${about}`, rest, first));
    const url = safe(res.url);
    if (options.link) return out.push(wrap(`${options.link(title, url)}: ${about}`, rest, first));
    out.push(wrap(`${title}: ${about}`, rest, first), `${rest}${url}`);
  };
  const sectionBody = (s: SectionReport, indent: string, importance?: string) => {
    if (s.description) out.push(wrap(safe(s.description), indent));
    // Without a score, the detail line says why; a "no score" bar above it would only repeat it.
    if (s.score.percent !== null) out.push(`${indent}${bar(s.score.percent, s.band?.label, textWidth(indent))}`);
    out.push(wrap(style.dim(safe(s.detail)), indent));
    if (importance) out.push(wrap(importance, indent));
    if (s.reflection) {
      out.push('', wrap(style.bold(say('person.heading.meaning')), indent), wrap(safe(s.reflection.meaning), indent + INDENT));
      out.push('', wrap(style.bold(say('person.heading.questions')), indent));
      for (const q of s.reflection.questions) out.push(wrap(safe(q), `${indent}    `, `${indent}  • `));
      out.push('', wrap(style.bold(say('person.heading.try')), indent), wrap(safe(s.reflection.try), indent + INDENT));
    }
    items(say('person.heading.strengths'), s.strengths, '+', indent);
    items(say('person.heading.growthEdges'), s.growthEdges, '-', indent);
    if (s.texts.length > 0) {
      out.push('', wrap(style.bold(say('person.heading.notes')), indent));
      for (const t of s.texts) out.push(wrap(style.dim(safe(t.prompt)), indent + INDENT), wrap(safeText(t.answer, { keepNewlines: true }).replace(/\t/g, ' '), `${indent}    `));
    }
    if (s.resources.length > 0) {
      out.push('', wrap(style.bold(say('person.heading.readNext')), indent));
      for (const res of s.resources) resource(res, indent);
    }
  };

  for (const theme of report.themes) {
    out.push('', style.dim((options.plain ? '-' : '─').repeat(width)), wrap(heading(safe(theme.title).toUpperCase())));
    sectionBody(theme, '', theme.importance ? `${say('person.importance')}: ${safe(theme.importance.label)}` : undefined);
    for (const facet of theme.facets) {
      out.push('', wrap(style.bold(say('person.facet', { title: safe(facet.title) })), INDENT));
      sectionBody(facet, INDENT);
    }
  }
  return `${out.join('\n')}\n`;
}
