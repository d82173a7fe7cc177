import type { CohortReport, CohortSummary, ItemFigures, StatementAgreement, SummaryArea, SummaryImportance, SummarySelfOthers, ThemeFigures } from './cohort.js';
import { byCodePoint } from '../code-point-order.js';
import { finite } from '../stats/alpha.js';
import { PRIORITY_MIN_IMPORTANCE } from '../score/priorities.js';
import { stableText } from './stable-text.js';

/** Areas named as strongest and with most room to grow, and statements with most and least agreement. */
const SHOWN = 3;

/**
 * Agreement with a statement: the share (0-100) of those who answered it who chose one of the top
 * two points of its scale, as worded (raw answers, before reverse keying); null when nobody answered.
 */
export function agreement(frequencies: Record<string, number>): number | null {
  const points = Object.keys(frequencies).sort((a, b) => Number(a) - Number(b));
  const total = points.reduce((n, p) => n + frequencies[p]!, 0);
  if (total === 0) return null;
  const top = points.slice(-2).reduce((n, p) => n + frequencies[p]!, 0);
  return (100 * top) / total;
}

/**
 * The plain-English summary of a report, from its figures after the anonymity floor (so it can show
 * nothing they hide): who took part, each theme and facet with its n, the strongest areas and those
 * with most room to grow, the statements with most and least agreement, and what the figures cannot say.
 */
export function cohortSummary(report: Omit<CohortReport, 'summary'>, importance: { themes: SummaryImportance[]; shared: SummaryImportance[] } | null = null): CohortSummary {
  // Each area's mean percent with its n, and its reason where it has none.
  const area = (s: ThemeFigures | ThemeFigures['facets'][number], kind: SummaryArea['kind']): SummaryArea => ({
    id: s.id,
    title: s.title,
    kind,
    n: s.n,
    meanPercent: s.meanPercent,
    reasons: s.meanPercent === null ? { meanPercent: s.reasons.meanPercent ?? stableText('cohort.reason.noScores') } : {},
  });
  const areas: SummaryArea[] = report.themes.flatMap((t: ThemeFigures) => [area(t, 'theme'), ...t.facets.map((f) => area(f, 'facet'))]);
  // Facets rank finer than their theme: a theme with facets is ranked by them, one without by itself.
  const withFacets = new Set(report.themes.filter((t) => t.facets.length > 0).map((t) => t.id));
  const ranked = areas.filter((a) => !(a.kind === 'theme' && withFacets.has(a.id)) && a.meanPercent !== null);
  const byPercent = [...ranked].sort((a, b) => b.meanPercent! - a.meanPercent! || byCodePoint(a.id, b.id));
  // Each item once: a theme lists its facets' items too.
  const items = new Map<string, ItemFigures>();
  for (const t of report.themes) for (const i of t.items) items.set(i.id, i);
  const statements = [...items.values()]
    .map((i): StatementAgreement => ({ id: i.id, text: i.text, n: i.n, reverseKeyed: i.reverseKeyed, agreement: agreement(i.frequencies) }))
    .filter((s) => s.agreement !== null)
    .sort((a, b) => b.agreement! - a.agreement! || byCodePoint(a.id, b.id));
  const strongest = byPercent.slice(0, Math.min(SHOWN, Math.floor(byPercent.length / 2)));
  const growth = byPercent.slice(byPercent.length - strongest.length).reverse();
  const most = statements.slice(0, Math.min(SHOWN, Math.floor(statements.length / 2)));
  const least = statements.slice(statements.length - most.length).reverse();
  const raters = report.subjects.reduce((n, s) => n + s.raters, 0);
  return {
    participants: { scored: report.scored, hidden: report.hidden.respondents, subjects: report.subjects.length, raters },
    areas,
    strongest,
    growth,
    mostAgreement: most,
    leastAgreement: least,
    agreementBasis: stableText('cohort.summary.agreementBasis'),
    priorities: importance && {
      ...importance,
      basis: stableText('cohort.summary.importanceBasis', { min: String(PRIORITY_MIN_IMPORTANCE) }),
    },
    selfOthers:
      report.subjects.length === 0
        ? null
        : {
            themes: selfAgainstOthers(report),
            basis: stableText('cohort.summary.selfOthersBasis'),
          },
    limits: [stableText('cohort.summary.limitPeople', { scored: String(report.scored) }), stableText('cohort.summary.limitDifference'), stableText('cohort.summary.limitNobody')],
    reasons: {
      ...(importance ? {} : { priorities: stableText('cohort.reason.noImportanceAsked') }),
      ...(report.subjects.length > 0 ? {} : { selfOthers: stableText('cohort.reason.no360') }),
    },
  };
}

/**
 * The cohort's 360 as a whole: per theme of the main form, the mean of the subjects' own percents
 * against the mean of their colleagues' (each subject once), over the subjects for whom the report
 * shows both; so it holds nothing the per-subject figures withhold.
 */
function selfAgainstOthers(report: Omit<CohortReport, 'summary'>): SummarySelfOthers[] {
  return report.themes.map((theme) => {
    let self = 0;
    let others = 0;
    let subjects = 0;
    let raters = 0;
    for (const s of report.subjects) {
      const t = s.themes.find((x) => x.id === theme.id);
      if (!t || t.self === null || t.others === null) continue;
      self += t.self;
      others += t.others;
      raters += t.othersN;
      subjects++;
    }
    const mean = (sum: number) => (subjects === 0 ? null : finite(sum / subjects));
    const selfMean = mean(self);
    const othersMean = mean(others);
    const difference = selfMean === null || othersMean === null ? null : finite(selfMean - othersMean);
    // With no subject to average, all three are null for the same reason.
    const none = stableText('cohort.reason.noSubjectBoth');
    const reasons: Record<string, string> = {};
    if (selfMean === null) reasons.self = none;
    if (othersMean === null) reasons.others = none;
    if (difference === null) reasons.difference = none;
    return { id: theme.id, title: theme.title, subjects, raters, self: selfMean, others: othersMean, difference, reasons };
  });
}
