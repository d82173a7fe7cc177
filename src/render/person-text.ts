import { sayIn } from '../core/i18n/voice.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { safeText } from '../core/safe-text.js';
import { shownPercent } from '../core/score/bands.js';
import { itemWording, textsAlongside, type ItemLine, type PersonReport, type RankedTheme, type SectionReport } from '../core/report/person.js';
import type { Band, Resource } from '../core/questionnaire/model.js';
import { percentBar } from './bar.js';
import type { RenderOptions } from './options.js';
import { percentText } from './percent.js';
import { completedDay } from './dates.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';
import { pairText, wordsText } from './bilingual.js';

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

/**
 * One person report as terminal text, wrapped to the width; every text from a file made safe. A
 * bilingual report (one with `alongside`) gives each heading in both languages ("Cryfderau /
 * Strengths") and each longer text in the first language, then in the second on its own line.
 */
function personText(report: PersonReport, options: RenderOptions, { summaryOnly = false } = {}): string {
  const { style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const wrap = (text: string, indent = '', firstIndent = indent) => wrapIndented(text, width, indent, firstIndent);
  const safe = (text: string) => safeText(text);
  const heading = (text: string) => style.bold(text);
  const language = report.presentation.languages[0]!;
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  // The second language (--lang cy,en): syslead's words in it, and the questionnaire's texts when they differ.
  const other = report.alongside;
  const second = report.presentation.languages[1];
  const texts = textsAlongside(report);
  /** A heading of syslead's, in each language: "Cryfderau / Strengths". */
  const both = (key: MessageKey, values?: MessageValues) => wordsText(report.presentation, key, values);
  /** A short text of the questionnaire's (a title, a band label), with its translation after a slash. */
  const pair = (text: string, alongside: string | undefined) => safe(pairText(text, alongside));
  /** A longer text, then its translation on a line of its own; each wrapped as `lines` wraps it. */
  const twice = (text: string, alongside: string | undefined, lines: (text: string, first: boolean) => string[]) => {
    out.push(...lines(text, true));
    if (alongside !== undefined && alongside !== text) out.push(...lines(alongside, false));
  };
  const noScore = both('person.noScore');

  // A bar with its percent and band label, fitted into the columns left after `used` (narrower when tight).
  const bar = (percent: number | null, bandLabel: string | undefined, used: number) => {
    if (percent === null) return style.dim(noScore);
    const label = bandLabel ?? '';
    const cells = Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, width - used - PERCENT_WIDTH - textWidth(label)));
    const { filled, track } = percentBar(percent, cells);
    return `${style.cyan(filled)}${style.dim(track)} ${String(shownPercent(percent)).padStart(3)}%  ${style.bold(label)}`;
  };
  const bandOf = (band: Band | null, alongside: Band | null | undefined) => (band ? pair(band.label, alongside?.label) : undefined);

  // Header and caution.
  const r = report.result;
  out.push(wrap(style.bold(pair(report.title, texts?.title))));
  const who = (words: (key: MessageKey, values?: MessageValues) => string) =>
    [
      r.respondent ? safe(r.respondent) : null,
      words('person.who.role', { role: words(`person.role.${r.role}`) }),
      r.subject && r.subject !== r.respondent ? words('person.who.about', { subject: safe(r.subject) }) : null,
      r.completed ? words('person.who.completed', { day: safe(completedDay(r.completed)) }) : words('person.who.inProgress'),
    ]
      .filter(Boolean)
      .join(' · ');
  out.push(wrap(who(say)));
  if (second !== undefined) out.push(wrap(who((key, values) => sayIn(second, key, values))));
  out.push('', wrap(style.italic(report.caution)));
  if (second !== undefined) out.push(wrap(style.italic(other?.caution ?? sayIn(second, 'person.caution'))));
  out.push('');

  // Summary: every theme ranked, then the strongest, the growth edge and the priorities.
  out.push(heading(both('person.heading.summary').toUpperCase()));
  const otherTheme = (id: string) => texts?.themes.find((t) => t.id === id);
  const rankedTitle = (t: RankedTheme) => pair(t.title, otherTheme(t.id)?.title);
  const rankedBand = (t: RankedTheme) => bandOf(t.band, otherTheme(t.id)?.band);
  // Titles in a column beside their bars when that fits, else each title above its bar.
  const titleWidth = Math.min(Math.max(...report.summary.ranking.map((t) => textWidth(rankedTitle(t)))), Math.floor(width / 3));
  const barColumn = textWidth(INDENT) + titleWidth + 2;
  const labelWidth = Math.max(0, ...report.summary.ranking.map((t) => textWidth(rankedBand(t) ?? '')));
  const rowFits = barColumn + BAR_WIDTH + PERCENT_WIDTH + labelWidth <= width;
  for (const t of report.summary.ranking) {
    const title = rankedTitle(t);
    if (rowFits && textWidth(title) <= titleWidth) out.push(`${INDENT}${title}${' '.repeat(titleWidth - textWidth(title))}  ${bar(t.percent, rankedBand(t), barColumn)}`);
    else out.push(wrap(title, INDENT), `${INDENT}${INDENT}${bar(t.percent, rankedBand(t), textWidth(INDENT + INDENT))}`);
  }
  out.push('');
  const named = (t: RankedTheme) => {
    const band = rankedBand(t);
    return `${rankedTitle(t)} (${percentText(t.percent, noScore)}${band ? `, ${band}` : ''})`;
  };
  if (report.summary.strongest) out.push(wrap(`${style.bold(both('person.heading.strongest'))} ${named(report.summary.strongest)}`, INDENT + INDENT, INDENT));
  if (report.summary.growthEdge) out.push(wrap(`${style.bold(both('person.heading.growthEdge'))} ${named(report.summary.growthEdge)}`, INDENT + INDENT, INDENT));
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push(wrap(style.bold(`${both('person.heading.priorities')} (${both('person.priorities.aside')}):`), INDENT + INDENT, INDENT));
    priorities.themes.forEach((t, i) => {
      const importance = pair(t.importanceLabel, texts?.summary.priorities?.themes[i]?.importanceLabel);
      out.push(wrap(say('person.priorities.item', { theme: named(t), importance }), `${INDENT}     `, `${INDENT}  ${i + 1}. `));
    });
    if (priorities.note) twice(priorities.note, other?.summary.priorities?.note ?? undefined, (note) => [wrap(safe(note), INDENT + INDENT)]);
  }
  if (summaryOnly) return `${out.join('\n')}\n`;

  // Each theme, then its facets.
  const items = (title: MessageKey, lines: ItemLine[], alongside: ItemLine[] | undefined, mark: string, indent: string) => {
    if (lines.length === 0) return;
    out.push('', wrap(style.bold(both(title)), indent));
    const line = (l: ItemLine, words: UiLanguage) => {
      const w = itemWording(l, words);
      return `${w.lead ? `${safe(w.lead)} ` : ''}${safe(w.text)}${w.note ? ` ${style.dim(`(${safe(w.note)})`)}` : ''}`;
    };
    lines.forEach((l, i) => {
      out.push(wrap(line(l, language), `${indent}    `, `${indent}  ${mark} `));
      const translated = alongside?.[i];
      if (translated && second !== undefined) out.push(wrap(line(translated, second), `${indent}    `));
    });
  };
  // A plain URL goes on a line of its own, never broken, so it can be copied or clicked whole.
  const resource = (res: Resource, alongside: Resource | undefined, indent: string) => {
    const about = [res.authors, res.publisher, res.year]
      .filter((x) => x !== undefined)
      .map((x) => safe(String(x)))
      .join(', ');
    const title = pair(res.title, alongside?.title);
    const first = `${indent}  • `;
    const rest = `${indent}    `;
    if (!res.url) return out.push(wrap(`${title}: ${about}`, rest, first));
    const url = safe(res.url);
    if (options.link) return out.push(wrap(`${options.link(title, url)}: ${about}`, rest, first));
    out.push(wrap(`${title}: ${about}`, rest, first), `${rest}${url}`);
  };
  const sectionBody = (s: SectionReport, t: SectionReport | undefined, o: SectionReport | undefined, indent: string, importance?: string) => {
    if (s.description) twice(s.description, t?.description, (text) => [wrap(safe(text), indent)]);
    // Without a score, the detail line says why; a "no score" bar above it would only repeat it.
    if (s.score.percent !== null) out.push(`${indent}${bar(s.score.percent, bandOf(s.band, t?.band), textWidth(indent))}`);
    twice(s.detail, o?.detail, (text) => [wrap(style.dim(safe(text)), indent)]);
    if (importance) out.push(wrap(importance, indent));
    if (s.reflection) {
      const tr = t?.reflection ?? undefined;
      out.push('', wrap(style.bold(both('person.heading.meaning')), indent));
      twice(s.reflection.meaning, tr?.meaning, (text) => [wrap(safe(text), indent + INDENT)]);
      out.push('', wrap(style.bold(both('person.heading.questions')), indent));
      s.reflection.questions.forEach((q, i) => twice(q, tr?.questions[i], (text, first) => [first ? wrap(safe(text), `${indent}    `, `${indent}  • `) : wrap(safe(text), `${indent}    `)]));
      out.push('', wrap(style.bold(both('person.heading.try')), indent));
      twice(s.reflection.try, tr?.try, (text) => [wrap(safe(text), indent + INDENT)]);
    }
    items('person.heading.strengths', s.strengths, t?.strengths, '+', indent);
    items('person.heading.growthEdges', s.growthEdges, t?.growthEdges, '-', indent);
    if (s.texts.length > 0) {
      out.push('', wrap(style.bold(both('person.heading.notes')), indent));
      s.texts.forEach((a, i) => {
        twice(a.prompt, t?.texts[i]?.prompt, (text) => [wrap(style.dim(safe(text)), indent + INDENT)]);
        out.push(wrap(safeText(a.answer, { keepNewlines: true }).replace(/\t/g, ' '), `${indent}    `));
      });
    }
    if (s.resources.length > 0) {
      out.push('', wrap(style.bold(both('person.heading.readNext')), indent));
      s.resources.forEach((res, i) => resource(res, t?.resources[i], indent));
    }
  };

  report.themes.forEach((theme, i) => {
    // A translation has its source's themes and facets, in the same order.
    const t = texts?.themes[i];
    const o = other?.themes[i];
    out.push('', style.dim((options.plain ? '-' : '─').repeat(width)), wrap(heading(pair(theme.title, t?.title).toUpperCase())));
    const importance = theme.importance ? `${both('person.importance')}: ${pair(theme.importance.label, t?.importance?.label)}` : undefined;
    sectionBody(theme, t, o, '', importance);
    theme.facets.forEach((facet, j) => {
      const tf = t?.facets[j];
      const title =
        second === undefined ? say('person.facet', { title: safe(facet.title) }) : `${say('person.facet', { title: safe(facet.title) })} / ${sayIn(second, 'person.facet', { title: safe(tf?.title ?? facet.title) })}`;
      out.push('', wrap(style.bold(title), INDENT));
      sectionBody(facet, tf, o?.facets[j], INDENT);
    });
  });
  return `${out.join('\n')}\n`;
}
