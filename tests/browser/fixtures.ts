import { readFileSync } from 'node:fs';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import type { AnswerSet } from '../../src/core/answers/model.js';

/** Markup that would run if any text reached the page unescaped: each sets a flag the test looks for. */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"; document.title = "pwned"</script>',
  img: '"><img src=x onerror="window.__pwned = \'img\'">',
  url: 'javascript:window.__pwned = "link"',
  control: 'bell\u0007 escape\u001b[2J rtl\u202eevil',
};

/** A built-in questionnaire, loaded as syslead loads it. */
export function builtIn(id: string): Questionnaire {
  const text = readFileSync(new URL(`../../questionnaires/${id}.yaml`, import.meta.url), 'utf8');
  const { questionnaire, problems } = loadQuestionnaire(text, `${id}.yaml`);
  if (!questionnaire) throw new Error(`${id}.yaml: ${problems.map((p) => p.message).join('; ')}`);
  return questionnaire;
}

/**
 * A varied, repeatable set of answers: item i gets a value that walks the scale with `seed`, every
 * `skipEvery`-th item is skipped, each theme gets an importance and every text item a note.
 */
export function answersFor(q: Questionnaire, { seed = 0, respondent = 'Sam Patel', skipEvery = 9, completed = '2026-11-25T10:00:00Z' } = {}): AnswerSet {
  const answers: Record<string, number> = {};
  const texts: Record<string, string> = {};
  q.items.forEach((item, i) => {
    if (item.kind === 'text') texts[item.id] = `A note on ${item.id}: what I saw this month.`;
    else if ((i + 1) % skipEvery !== 0) answers[item.id] = item.scale.min + ((i * 3 + seed) % (item.scale.max - item.scale.min + 1));
  });
  const importance: Record<string, number> = {};
  if (q.importance) q.themes.forEach((t, i) => (importance[t.id] = q.importance!.scale.min + ((i + seed + 2) % (q.importance!.scale.max - q.importance!.scale.min + 1))));
  return { questionnaire: { id: q.id, version: q.version }, respondent, role: 'self', completed, attributes: {}, answers, texts, importance };
}

/**
 * The quick questionnaire with hostile text in every place a shared file could put it: the title,
 * a theme and facet title, a reflection and a resource, whose address is a javascript: URL (the
 * loader refuses one, so it is set on the model: the renderer must not trust the loader alone).
 */
export function hostileQuestionnaire(): Questionnaire {
  const q = builtIn('systems-leadership-quick');
  const theme = q.themes[0]!;
  const reflections = Object.fromEntries(Object.entries(theme.reflections).map(([band, r]) => [band, { ...r, meaning: `${HOSTILE.img} ${r.meaning}`, questions: [HOSTILE.script, ...r.questions] }]));
  return {
    ...q,
    title: `${HOSTILE.script} Quick ${HOSTILE.control}`,
    themes: [
      {
        ...theme,
        title: `${HOSTILE.img} ${theme.title}`,
        reflections,
        resources: [{ id: 'hostile', title: `${HOSTILE.script}Read me`, publisher: HOSTILE.img, url: HOSTILE.url }, ...theme.resources],
      },
      ...q.themes.slice(1),
    ],
  };
}

/** Answers whose respondent and free text are hostile too. */
export function hostileAnswers(q: Questionnaire): AnswerSet {
  const a = answersFor(q, { respondent: `${HOSTILE.script}Sam` });
  return { ...a, texts: Object.fromEntries(Object.keys(a.texts).map((id) => [id, `</blockquote>${HOSTILE.script}${HOSTILE.img}`])) };
}
