import type { Questionnaire, Scale, ScoredItem } from '../questionnaire/model.js';
import { OBSERVER_ROLES } from '../run/rater.js';
import { textKey } from '../text-key.js';
import { formWordsIn } from '../i18n/form-words.js';
import { spokenLanguage } from '../i18n/messages.js';
import { say as sayNow } from '../i18n/voice.js';

/** What every generator is given: a validated questionnaire and, for an observer form, the people rated. */
export interface FormRequest {
  questionnaire: Questionnaire;
  /** `--subject-list`: the participants, offered as choices on the observer form's subject question. */
  subjects: readonly string[];
}

/** A question asked about the person answering or rated, worded so that syslead recognises its column. */
export interface PersonQuestion {
  kind: 'respondent' | 'subject' | 'relationship';
  /** The question's text, as the survey shows it and its export heads the column. */
  text: string;
  required: boolean;
  /** Choices to offer; empty for a free-text answer. */
  choices: string[];
}

/** One grid (matrix) question: statements as rows, a scale's labels as columns. */
export interface GridQuestion {
  kind: 'grid';
  /** Unique within the form, usable as a platform's question code: letters, digits, underscores. */
  code: string;
  /** The grid's title: the theme's or facet's title. */
  text: string;
  description?: string | undefined;
  /** Statements to rate, or the importance of each theme (rows are then themes). */
  purpose: 'items' | 'importance';
  themeId?: string | undefined;
  facetId?: string | undefined;
  scale: Scale;
  rows: GridRow[];
  /** Columns: the scale's labels in order, then its "not observed" answers (never a point). */
  columns: GridColumn[];
  required: false;
}

export interface GridRow {
  /** The item's id, or for the importance grid the theme's id. */
  id: string;
  text: string;
  keyed?: ScoredItem['keyed'];
  /** On the importance grid: the questionnaire's importance question about this theme, for tools that ask it row by row. */
  question?: string;
}

export interface GridColumn {
  label: string;
  /** The point this label scores; null for a "not observed" answer. */
  value: number | null;
}

export interface TextQuestion {
  kind: 'text';
  code: string;
  /** The item's id. */
  id: string;
  text: string;
  themeId: string;
  required: false;
}

export type PlannedQuestion = PersonQuestion | GridQuestion | TextQuestion;

export interface FormSection {
  title: string;
  description?: string | undefined;
  questions: PlannedQuestion[];
}

/** Everything any platform's form needs, in the order the survey asks it. */
export interface FormPlan {
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'title' | 'description' | 'language' | 'minutes' | 'form'>;
  sections: FormSection[];
}

/**
 * The importance grid's question: the questionnaire's own importance question asked of every
 * theme at once ("How important is each of these to your current role?"), so the CSV reader,
 * which matches a grid by the words of that question, reads its rows back in any language; in a
 * language syslead does not speak, where it has no words for "each of these" (`eachOfThese`
 * undefined), an ellipsis stands for the themes.
 */
function importanceGridText(question: string, eachOfThese: string | undefined): string {
  return question.replaceAll('{theme}', eachOfThese ?? '…');
}

function columns(scale: Scale): GridColumn[] {
  return [...scale.labels.map((label, i) => ({ label, value: scale.min + i })), ...scale.notApplicable.map((label) => ({ label, value: null }))];
}

function code(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9]+/g, '_');
}

/** Splits items into grids by consecutive runs on one scale, so one grid never mixes scales. */
function grids(items: readonly ScoredItem[], base: { text: string; description?: string | undefined; themeId: string; facetId?: string | undefined }): GridQuestion[] {
  const runs: ScoredItem[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last[0]!.scale === item.scale) last.push(item);
    else runs.push([item]);
  }
  return runs.map((run, i) => ({
    kind: 'grid',
    purpose: 'items',
    code: code(base.facetId ?? base.themeId, ...(runs.length > 1 ? [String(i + 1)] : [])),
    text: base.text,
    description: base.description,
    themeId: base.themeId,
    facetId: base.facetId,
    scale: run[0]!.scale,
    rows: run.map((item) => ({ id: item.id, text: item.text, keyed: item.keyed })),
    columns: columns(run[0]!.scale),
    required: false,
  }));
}

/**
 * The form a survey tool should ask for a questionnaire: who answers (and, on an observer form,
 * about whom and how they work together), a grid of statements per theme (per facet where the
 * theme has facets), each theme's free-text questions, and the importance grid.
 */
export function formPlan({ questionnaire: q, subjects }: FormRequest): FormPlan {
  // The questions about the person in the questionnaire's language, worded as the CSV reader recognises them (core/csv/well-known.ts, role.ts).
  const spoken = spokenLanguage(q.language);
  const { say } = formWordsIn(spoken ?? 'en');
  const about: PersonQuestion[] =
    q.form === 'observer'
      ? [
          { kind: 'respondent', text: say('form.respondent'), required: false, choices: [] },
          { kind: 'subject', text: say('form.subject'), required: true, choices: [...subjects] },
          { kind: 'relationship', text: say('form.relationship'), required: true, choices: OBSERVER_ROLES.map((role) => say(`relation.${role}`)) },
        ]
      : [{ kind: 'respondent', text: say('form.respondent'), required: true, choices: [] }];
  const themeSections: FormSection[] = q.themes.map((theme) => {
    const own = theme.scoredItems.filter((item) => item.facetId === undefined);
    const questions: PlannedQuestion[] = [
      // The theme's own grid goes under the section that already gives the theme's description.
      ...grids(own, { text: theme.title, themeId: theme.id }),
      ...theme.facets.flatMap((facet) => grids(facet.scoredItems, { text: facet.title, description: facet.description, themeId: theme.id, facetId: facet.id })),
      ...theme.items.filter((item) => item.kind === 'text').map((item): TextQuestion => ({ kind: 'text', code: code(item.id), id: item.id, text: item.text, themeId: theme.id, required: false })),
    ];
    return { title: theme.title, description: theme.description, questions };
  });
  const gridText = q.importance ? importanceGridText(q.importance.question, spoken === undefined ? undefined : say('form.eachOfThese')) : '';
  const importance: FormSection[] = q.importance
    ? [
        {
          title: gridText,
          questions: [
            {
              kind: 'grid',
              purpose: 'importance',
              code: 'importance',
              text: gridText,
              scale: q.importance.scale,
              rows: q.themes.map((t) => ({ id: t.id, text: t.title, question: q.importance!.question.replaceAll('{theme}', t.title) })),
              columns: columns(q.importance.scale),
              required: false,
            },
          ],
        },
      ]
    : [];
  return {
    questionnaire: { id: q.id, version: q.version, title: q.title, description: q.description, language: q.language, minutes: q.minutes, form: q.form },
    sections: [{ title: say('form.aboutYou'), questions: about }, ...themeSections, ...importance],
  };
}

/**
 * What a survey's export could not tell apart: two statements or prompts worded alike (their
 * columns are headed by their text), or, with importance asked, two themes titled alike (the
 * importance grid's rows). Compared as the CSV reader compares headers: case and spacing aside.
 */
export function formCollisions(q: Questionnaire): string[] {
  const collisions: string[] = [];
  const alike = <T>(things: readonly T[], key: (t: T) => string, say: (a: T, b: T) => string) => {
    const seen = new Map<string, T>();
    for (const thing of things) {
      const k = textKey(key(thing));
      const first = seen.get(k);
      if (first === undefined) seen.set(k, thing);
      else collisions.push(say(first, thing));
    }
  };
  alike(
    q.items,
    (i) => i.text,
    (a, b) => sayNow('evaluate.form.itemsAlike', { first: a.id, second: b.id }),
  );
  if (q.importance) {
    alike(
      q.themes,
      (t) => t.title,
      (a, b) => sayNow('evaluate.form.themesAlike', { first: a.id, second: b.id }),
    );
  }
  return collisions;
}
