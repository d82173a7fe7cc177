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
  const bar = (p: number | null) => {
    if (p === null) return 'no score';
    const { filled, track } = percentBar(p, BAR_WIDTH);
    return `\`${filled}${track}\` ${percentText(p)}`;
  };

  out.push(`# ${mdText(report.title)}`, '');
  const who = [
    r.respondent ? `**Respondent:** ${mdText(r.respondent)}` : null,
    `**Role:** ${r.role}`,
    r.subject && r.subject !== r.respondent ? `**About:** ${mdText(r.subject)}` : null,
    r.completed ? `**Completed:** ${mdText(completedDay(r.completed))}` : '**In progress**',
  ];
  out.push(who.filter(Boolean).join(' · '), '', `> ${mdText(report.caution)}`, '');

  out.push('## Summary', '', '| Theme | Score | Band |', '| --- | --- | --- |');
  for (const t of report.summary.ranking) out.push(`| ${mdText(t.title)} | ${bar(t.percent)} | ${t.band ? mdText(t.band.label) : (report.themes.find((x) => x.id === t.id)?.score.reason ?? '')} |`);
  out.push('');
  const named = (t: RankedTheme) => `${mdText(t.title)} (${percentText(t.percent)}${t.band ? `, ${mdText(t.band.label)}` : ''})`;
  if (report.summary.strongest) out.push(`- **Strongest theme:** ${named(report.summary.strongest)}`);
  if (report.summary.growthEdge) out.push(`- **Growth edge:** ${named(report.summary.growthEdge)}`);
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push('- **Development priorities** (important to the role, scoring lowest):');
    priorities.themes.forEach((t, i) => out.push(`  ${i + 1}. ${named(t)}: ${mdText(t.importanceLabel)} to the role`));
    if (priorities.note) out.push(`  ${mdText(priorities.note)}`);
  }

  const items = (title: string, lines: ItemLine[], level: string) => {
    if (lines.length === 0) return;
    out.push(
      '',
      `${level} ${title}`,
      '',
      ...lines.map((l) => {
        const w = itemWording(l);
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
      out.push('', `${sub} What it may mean`, '', mdText(s.reflection.meaning));
      out.push('', `${sub} Questions to sit with`, '', ...s.reflection.questions.map((q) => `- ${mdText(q)}`));
      out.push('', `${sub} One thing to try`, '', mdText(s.reflection.try));
    }
    items('Strengths', s.strengths, sub);
    items('Growth edges', s.growthEdges, sub);
    if (s.texts.length > 0) {
      out.push('', `${sub} Notes`);
      for (const t of s.texts) out.push('', `*${mdText(t.prompt)}*`, '', ...t.answer.split(/\r?\n/).map((line) => `> ${mdText(line)}`));
    }
    if (s.resources.length > 0) out.push('', `${sub} Read next`, '', ...s.resources.map(resource));
  };

  for (const theme of report.themes) {
    out.push('', `## ${mdText(theme.title)}`);
    section(theme, '##', theme.importance ? `Importance to the role: ${mdText(theme.importance.label)}` : undefined);
    for (const facet of theme.facets) {
      out.push('', `### ${mdText(facet.title)}`);
      section(facet, '###');
    }
  }
  return `${out.join('\n')}\n`;
}
