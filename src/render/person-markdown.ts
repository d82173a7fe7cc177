import { sayIn } from '../core/i18n/voice.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { mdText, mdUrl } from '../core/safe-text.js';
import { itemWording, type ItemLine, type PersonReport, type RankedTheme, type SectionReport } from '../core/report/person.js';
import type { Resource } from '../core/questionnaire/model.js';
import { percentBar } from './bar.js';
import { percentText } from './percent.js';
import { completedDay } from './dates.js';

const BAR_WIDTH = 20;

/** Person reports as Markdown, separated by a rule. */
export function renderPersonMarkdown(reports: readonly PersonReport[]): string {
  return reports.map(personMarkdown).join('\n---\n\n');
}

/** One person report as Markdown (GitHub-flavoured: the summary is a table). */
function personMarkdown(report: PersonReport): string {
  const out: string[] = [];
  const r = report.result;
  const language = report.presentation.languages[0]!;
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const noScore = say('person.noScore');
  const bar = (p: number | null) => {
    if (p === null) return noScore;
    const { filled, track } = percentBar(p, BAR_WIDTH);
    return `\`${filled}${track}\` ${percentText(p, noScore)}`;
  };

  out.push(`# ${mdText(report.title)}`, '');
  const who = [
    r.respondent ? `**${say('person.fact.respondent')}:** ${mdText(r.respondent)}` : null,
    `**${say('person.fact.role')}:** ${r.role}`,
    r.subject && r.subject !== r.respondent ? `**${say('person.fact.about')}:** ${mdText(r.subject)}` : null,
    r.completed ? `**${say('person.fact.completed')}:** ${mdText(completedDay(r.completed))}` : `**${say('person.fact.inProgress')}**`,
  ];
  out.push(who.filter(Boolean).join(' · '), '', `> ${mdText(report.caution)}`, '');

  out.push(`## ${say('person.heading.summary')}`, '', `| ${say('person.column.theme')} | ${say('person.column.score')} | ${say('person.column.band')} |`, '| --- | --- | --- |');
  for (const t of report.summary.ranking) out.push(`| ${mdText(t.title)} | ${bar(t.percent)} | ${t.band ? mdText(t.band.label) : (report.themes.find((x) => x.id === t.id)?.score.reason ?? '')} |`);
  out.push('');
  const named = (t: RankedTheme) => `${mdText(t.title)} (${percentText(t.percent, noScore)}${t.band ? `, ${mdText(t.band.label)}` : ''})`;
  if (report.summary.strongest) out.push(`- **${say('person.heading.strongest')}** ${named(report.summary.strongest)}`);
  if (report.summary.growthEdge) out.push(`- **${say('person.heading.growthEdge')}** ${named(report.summary.growthEdge)}`);
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push(`- **${say('person.heading.priorities')}** (${say('person.priorities.aside')}):`);
    priorities.themes.forEach((t, i) => out.push(`  ${i + 1}. ${say('person.priorities.item', { theme: named(t), importance: mdText(t.importanceLabel) })}`));
    if (priorities.note) out.push(`  ${mdText(priorities.note)}`);
  }

  const items = (title: string, lines: ItemLine[], level: string) => {
    if (lines.length === 0) return;
    out.push(
      '',
      `${level} ${title}`,
      '',
      ...lines.map((l) => {
        const w = itemWording(l, language);
        return `- ${w.lead ? `${mdText(w.lead)} ` : ''}${mdText(w.text)}${w.note ? ` (${mdText(w.note)})` : ''}`;
      }),
    );
  };
  const resource = (res: Resource) => {
    const about = [res.authors, res.publisher, res.year]
      .filter((x) => x !== undefined)
      .map((x) => mdText(String(x)))
      .join(', ');
    const title = res.url ? `[${mdText(res.title)}](${mdUrl(res.url)})` : mdText(res.title);
    return `- ${title}: ${about}`;
  };
  const section = (s: SectionReport, level: string, importance?: string) => {
    const sub = `${level}#`;
    if (s.description) out.push('', mdText(s.description));
    out.push('', `${bar(s.score.percent)}${s.band ? ` · **${mdText(s.band.label)}**` : ''} · ${mdText(s.detail)}`);
    if (importance) out.push('', importance);
    if (s.reflection) {
      out.push('', `${sub} ${say('person.heading.meaning')}`, '', mdText(s.reflection.meaning));
      out.push('', `${sub} ${say('person.heading.questions')}`, '', ...s.reflection.questions.map((q) => `- ${mdText(q)}`));
      out.push('', `${sub} ${say('person.heading.try')}`, '', mdText(s.reflection.try));
    }
    items(say('person.heading.strengths'), s.strengths, sub);
    items(say('person.heading.growthEdges'), s.growthEdges, sub);
    if (s.texts.length > 0) {
      out.push('', `${sub} ${say('person.heading.notes')}`);
      for (const t of s.texts) out.push('', `*${mdText(t.prompt)}*`, '', ...t.answer.split(/\r?\n/).map((line) => `> ${mdText(line)}`));
    }
    if (s.resources.length > 0) out.push('', `${sub} ${say('person.heading.readNext')}`, '', ...s.resources.map(resource));
  };

  for (const theme of report.themes) {
    out.push('', `## ${mdText(theme.title)}`);
    section(theme, '##', theme.importance ? `${say('person.importance')}: ${mdText(theme.importance.label)}` : undefined);
    for (const facet of theme.facets) {
      out.push('', `### ${mdText(facet.title)}`);
      section(facet, '###');
    }
  }
  return `${out.join('\n')}\n`;
}
