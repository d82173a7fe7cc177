import { sayIn } from '../core/i18n/voice.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { mdText, mdUrl } from '../core/safe-text.js';
import { itemWording, textsAlongside, type ItemLine, type PersonReport, type RankedTheme, type SectionReport } from '../core/report/person.js';
import type { Resource } from '../core/questionnaire/model.js';
import { percentBar } from './bar.js';
import { percentText } from './percent.js';
import { completedDay } from './dates.js';
import { BETWEEN, wordsText } from './bilingual.js';
import { remembered } from '../core/remembered.js';

const BAR_WIDTH = 20;
/** The questionnaire's texts (and syslead's) as Markdown, escaped once for every report of a batch; a person's own (their name, their answers) each time. */
const mdTextOnce = remembered(mdText);

/** Person reports as Markdown, separated by a rule. */
export function renderPersonMarkdown(reports: readonly PersonReport[]): string {
  return reports.map(personMarkdown).join('\n---\n\n');
}

/**
 * One person report as Markdown (GitHub-flavoured: the summary is a table). A bilingual report
 * (--lang cy,en) gives each heading in both languages ("Cryfderau / Strengths") and each longer
 * text in the first language, then in the second.
 */
function personMarkdown(report: PersonReport): string {
  const out: string[] = [];
  const r = report.result;
  const language = report.presentation.languages[0]!;
  const second = report.presentation.languages[1];
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  /** syslead's words in every language of the report. */
  const both = (key: MessageKey, values?: MessageValues) => wordsText(report.presentation, key, values);
  // The same report with the questionnaire's texts in the second language, when they differ; with syslead's words in it.
  const texts = textsAlongside(report);
  const other = report.alongside;
  /** A short text and its translation: "Teitl / Title". */
  const pair = (text: string, alongside: string | undefined) => (alongside === undefined || alongside === text ? mdTextOnce(text) : `${mdTextOnce(text)}${BETWEEN}${mdTextOnce(alongside)}`);
  /** A longer text as a paragraph, then its translation as another. */
  const twice = (text: string, alongside: string | undefined, line: (text: string) => string = mdTextOnce) => (alongside === undefined || alongside === text ? [line(text)] : [line(text), '', line(alongside)]);
  /** A text and its translation in one block, on lines of their own (a hard line break between). */
  const broken = (text: string, alongside: string | undefined, line: (text: string) => string = mdTextOnce) => (alongside === undefined || alongside === text ? [line(text)] : [`${line(text)}\\`, line(alongside)]);
  const noScore = both('person.noScore');
  const bar = (p: number | null) => {
    if (p === null) return noScore;
    const { filled, track } = percentBar(p, BAR_WIDTH);
    return `\`${filled}${track}\` ${percentText(p, noScore)}`;
  };

  out.push(`# ${pair(report.title, texts?.title)}`, '');
  const who = [
    r.respondent ? `**${both('person.fact.respondent')}:** ${mdText(r.respondent)}` : null,
    `**${both('person.fact.role')}:** ${both(`person.role.${r.role}`)}`,
    r.subject && r.subject !== r.respondent ? `**${both('person.fact.about')}:** ${mdText(r.subject)}` : null,
    r.completed ? `**${both('person.fact.completed')}:** ${mdText(completedDay(r.completed))}` : `**${both('person.fact.inProgress')}**`,
  ];
  out.push(who.filter(Boolean).join(' · '), '', `> ${mdTextOnce(report.caution)}`);
  if (second !== undefined) out.push('>', `> ${mdTextOnce(other?.caution ?? sayIn(second, 'person.caution'))}`);
  out.push('');

  const otherTheme = (id: string) => texts?.themes.find((t) => t.id === id);
  const rankedTitle = (t: RankedTheme) => pair(t.title, otherTheme(t.id)?.title);
  const rankedBand = (t: RankedTheme) => (t.band ? pair(t.band.label, otherTheme(t.id)?.band?.label) : undefined);
  out.push(`## ${both('person.heading.summary')}`, '', `| ${both('person.column.theme')} | ${both('person.column.score')} | ${both('person.column.band')} |`, '| --- | --- | --- |');
  for (const t of report.summary.ranking) out.push(`| ${rankedTitle(t)} | ${bar(t.percent)} | ${rankedBand(t) ?? report.themes.find((x) => x.id === t.id)?.score.reason ?? ''} |`);
  out.push('');
  const named = (t: RankedTheme) => {
    const band = rankedBand(t);
    return `${rankedTitle(t)} (${percentText(t.percent, noScore)}${band ? `, ${band}` : ''})`;
  };
  if (report.summary.strongest) out.push(`- **${both('person.heading.strongest')}** ${named(report.summary.strongest)}`);
  if (report.summary.growthEdge) out.push(`- **${both('person.heading.growthEdge')}** ${named(report.summary.growthEdge)}`);
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push(`- **${both('person.heading.priorities')}** (${both('person.priorities.aside')}):`);
    priorities.themes.forEach((t, i) => {
      const importance = pair(t.importanceLabel, texts?.summary.priorities?.themes[i]?.importanceLabel);
      out.push(`  ${i + 1}. ${say('person.priorities.item', { theme: named(t), importance })}`);
    });
    if (priorities.note) out.push(...broken(priorities.note, other?.summary.priorities?.note ?? undefined).map((line) => `  ${line}`));
  }

  const items = (title: MessageKey, lines: ItemLine[], alongside: ItemLine[] | undefined, level: string) => {
    if (lines.length === 0) return;
    const line = (l: ItemLine, words: typeof language) => {
      const w = itemWording(l, words);
      return `${w.lead ? `${mdTextOnce(w.lead)} ` : ''}${mdTextOnce(w.text)}${w.note ? ` (${mdTextOnce(w.note)})` : ''}`;
    };
    out.push(
      '',
      `${level} ${both(title)}`,
      '',
      ...lines.flatMap((l, i) => {
        const translated = alongside?.[i];
        return translated && second !== undefined ? [`- ${line(l, language)}\\`, `  ${line(translated, second)}`] : [`- ${line(l, language)}`];
      }),
    );
  };
  const resource = (res: Resource, alongside: Resource | undefined) => {
    const about = [res.authors, res.publisher, res.year]
      .filter((x) => x !== undefined)
      .map((x) => mdTextOnce(String(x)))
      .join(', ');
    const title = res.url ? `[${pair(res.title, alongside?.title)}](${mdUrl(res.url)})` : pair(res.title, alongside?.title);
    return `- ${title}: ${about}`;
  };
  // t: the same part with the questionnaire's texts in the second language; o: with syslead's words in it.
  const section = (s: SectionReport, t: SectionReport | undefined, o: SectionReport | undefined, level: string, importance?: string) => {
    const sub = `${level}#`;
    if (s.description) out.push('', ...twice(s.description, t?.description));
    const band = s.band ? pair(s.band.label, t?.band?.label) : undefined;
    out.push('', `${bar(s.score.percent)}${band ? ` · **${band}**` : ''} · ${mdTextOnce(s.detail)}${o && o.detail !== s.detail ? `${BETWEEN}${mdTextOnce(o.detail)}` : ''}`);
    if (importance) out.push('', importance);
    if (s.reflection) {
      const tr = t?.reflection ?? undefined;
      out.push('', `${sub} ${both('person.heading.meaning')}`, '', ...twice(s.reflection.meaning, tr?.meaning));
      out.push('', `${sub} ${both('person.heading.questions')}`, '', ...s.reflection.questions.flatMap((q, i) => broken(q, tr?.questions[i]).map((line, j) => (j === 0 ? `- ${line}` : `  ${line}`))));
      out.push('', `${sub} ${both('person.heading.try')}`, '', ...twice(s.reflection.try, tr?.try));
    }
    items('person.heading.strengths', s.strengths, t?.strengths, sub);
    items('person.heading.growthEdges', s.growthEdges, t?.growthEdges, sub);
    if (s.texts.length > 0) {
      out.push('', `${sub} ${both('person.heading.notes')}`);
      s.texts.forEach((a, i) => out.push('', ...broken(a.prompt, t?.texts[i]?.prompt, (text) => `*${mdTextOnce(text)}*`), '', ...a.answer.split(/\r?\n/).map((line) => `> ${mdText(line)}`)));
    }
    if (s.resources.length > 0) out.push('', `${sub} ${both('person.heading.readNext')}`, '', ...resourceLines(s.resources, t?.resources, resource));
  };

  // A translation has its source's themes and facets, in the same order.
  report.themes.forEach((theme, i) => {
    const t = texts?.themes[i];
    const o = other?.themes[i];
    out.push('', `## ${pair(theme.title, t?.title)}`);
    section(theme, t, o, '##', theme.importance ? `${both('person.importance')}: ${pair(theme.importance.label, t?.importance?.label)}` : undefined);
    theme.facets.forEach((facet, j) => {
      out.push('', `### ${pair(facet.title, t?.facets[j]?.title)}`);
      section(facet, t?.facets[j], o?.facets[j], '###');
    });
  });
  return `${out.join('\n')}\n`;
}

/** Each list of resources' lines, made once with the list beside it: every report that lists them lists them the same. */
const resourceLinesMade = new WeakMap<readonly Resource[], { alongside: readonly Resource[] | undefined; lines: string[] }>();

function resourceLines(resources: readonly Resource[], alongside: readonly Resource[] | undefined, line: (res: Resource, alongside: Resource | undefined) => string): string[] {
  const made = resourceLinesMade.get(resources);
  if (made !== undefined && made.alongside === alongside) return made.lines;
  const lines = resources.map((res, i) => line(res, alongside?.[i]));
  resourceLinesMade.set(resources, { alongside, lines });
  return lines;
}
