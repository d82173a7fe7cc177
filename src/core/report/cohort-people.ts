import { RATER_ROLES } from '../answers/roles.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { dictionary } from '../dictionary.js';
import { finite } from '../stats/alpha.js';
import { byCodePoint } from '../code-point-order.js';
import type { PersonRow, PersonScore } from './cohort.js';
import { NOT_GIVEN, type AnonymityPlan } from './disclosure.js';
import type { FormRespondents } from './respondents.js';

/**
 * Per-respondent rows, from the rows kept one by one (every row, when the forms keep rows). Named
 * (--per-respondent): every respondent as read. Unnamed: only the respondents the report shows,
 * each with the group and rater group it is shown in, so a row can never stand for a respondent
 * the floor hides, nor a pooled rater under their own role.
 */
export function personRows(forms: readonly FormRespondents[], plan: AnonymityPlan, named: boolean): PersonRow[] {
  return forms.flatMap((form, f) => {
    if (!form.keepsRows) throw new RangeError('per-respondent rows need every row kept (keepRows)');
    const q: Questionnaire = form.questionnaire;
    const ids = form.scorer.sectionIds;
    const floored = plan.groups[f];
    const reported = new Map<number, string>();
    for (const group of floored?.shown ?? []) for (const part of group.members) for (const index of part.kept) reported.set(index, group.name);
    const rows: PersonRow[] = [];
    for (let index = 0; index < form.kept.size; index++) {
      if (!named && plan.hidden[f]![index] === 1) continue;
      const group = form.keptGroup(index);
      const subject = form.keptSubject(index);
      const { scores, percents } = form.figuresOf(form.kept, index);
      const own = dictionary<PersonScore>();
      ids.forEach((id, g) => {
        const band = scores[2 * g + 1]!;
        own[id] = { score: finite(scores[2 * g]!), percent: finite(percents[g]!), band: Number.isNaN(band) ? null : q.bands[band]!.id };
      });
      const role = form.keptRole(index);
      rows.push({
        questionnaire: q.id,
        row: form.keptRowNumber(index) + 1,
        respondent: named ? (form.names.at(index) ?? null) : null,
        subject: named && subject >= 0 ? form.subjects.names[subject]! : null,
        source: named ? (form.sources.at(index) ?? null) : null,
        role: named ? role : (plan.shownRole[f]![index] ?? role),
        group: named ? (group >= 0 ? form.groups.names[group]! : floored ? NOT_GIVEN : null) : (reported.get(index) ?? null),
        scores: own,
      });
    }
    return named ? rows : unordered(rows, ids);
  });
}

/**
 * Rows without names in an order of their own figures, numbered afresh: neither the order of the
 * file nor a gap where a hidden respondent was can point at who is who.
 */
function unordered(rows: PersonRow[], ids: readonly string[]): PersonRow[] {
  const key = (p: PersonRow) => [p.group ?? '', RATER_ROLES.indexOf(p.role), ...ids.map((id) => p.scores[id]!.percent ?? -1)] as const;
  const compare = (a: PersonRow, b: PersonRow) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      return typeof x[i] === 'number' ? (x[i] as number) - (y[i] as number) : byCodePoint(String(x[i]), String(y[i]));
    }
    return 0;
  };
  return rows.sort(compare).map((p, i) => ({ ...p, row: i + 1 }));
}
