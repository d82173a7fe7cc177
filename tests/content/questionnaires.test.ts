/**
 * Content checks for the built-in questionnaires (issue 4): they load cleanly, every theme and facet
 * has reflections and resources, links are only the checked publisher addresses, and the full, quick
 * and observer forms stay aligned so that their results can be compared.
 *
 * Pure: reads the YAML with fs and calls loadQuestionnaire; no CLI, no build needed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire, validateQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire, Reflection, Resource, ScoredItem } from '../../src/core/questionnaire/model.js';

const dir = fileURLToPath(new URL('../../questionnaires/', import.meta.url));
const FULL = 'systems-leadership';
const QUICK = 'systems-leadership-quick';
const OBSERVER = 'systems-leadership-observer';
const FORMS = [FULL, QUICK, OBSERVER] as const;

/**
 * The only web addresses a built-in questionnaire may link to: the publisher addresses that were
 * checked, copied from section 4 ("Resources a results screen may point to") of the content brief,
 * shared/content/systems-leadership.md. Copied rather than parsed because shared/ is not part of
 * every checkout. Add an address here only after checking it and adding it to the brief.
 */
const CHECKED_URLS = new Set([
  'https://thestaffcollege.uk/publications/systems-leadership-research/',
  'https://www.leadershipcentre.org.uk/systemsleadership/insight/item/systems-leadership-at-a-glance/',
  'https://uwe-repository.worktribe.com/output/804302/the-difference-that-makes-the-difference-final-evaluation-of-the-first-place-based-programmes-for-systems-leadership-local-vision',
  'https://ssir.org/articles/entry/the_dawn_of_system_leadership',
  'https://www.kingsfund.org.uk/publications/articles/nick-timmins-practice-system-leadership',
  'https://shop.kingsfund.org.uk/products/developing-collective-leadership-for-health-care',
  'https://www.leadershipacademy.nhs.uk/healthcare-leadership-model/',
  'https://www.nwacademy.nhs.uk/discover/offers/system-leadership-behaviour-cards',
  'https://www.scie.org.uk/integrated-care/better-care/guides/lead-manage/leading-a-system',
  'https://www.gov.uk/government/publications/nlc-public-service-leadership-literature-reviews/systems-leadership-rapid-review-by-harry-begg',
]);

/** Named in the brief with no verified address: they must be listed without a link. */
const UNLINKED_TITLES = [/^The Revolution will be Improvised$/i, /^The Revolution will be Improvised Part II$/i, /^The Art of Change Making$/i, /^Systems Leadership for Beginners$/i, /masterclass/i];

const text = (id: string) => readFileSync(`${dir}${id}.yaml`, 'utf8');

function load(id: string, yaml = text(id)): Questionnaire {
  const { questionnaire, problems } = loadQuestionnaire(yaml, `${id}.yaml`);
  if (!questionnaire) throw new Error(`${id} did not load: ${JSON.stringify(problems)}`);
  return questionnaire;
}

const forms: Record<string, Questionnaire> = Object.fromEntries(FORMS.map((id) => [id, load(id)]));
const full = forms[FULL]!;
const quick = forms[QUICK]!;
const observer = forms[OBSERVER]!;

/** Every part with reflections and resources: each theme and each facet, labelled for messages. */
function parts(q: Questionnaire) {
  return q.themes.flatMap((t) => [
    { where: `${q.id} theme ${t.id}`, reflections: t.reflections, resources: t.resources },
    ...t.facets.map((f) => ({ where: `${q.id} facet ${f.id}`, reflections: f.reflections, resources: f.resources })),
  ]);
}

/** The groups that get a score of their own from their own items: each facet, and each theme without facets. */
function scoredGroups(q: Questionnaire) {
  return q.themes.flatMap((t) => (t.facets.length > 0 ? t.facets.map((f) => ({ where: `facet ${f.id}`, items: f.scoredItems })) : [{ where: `theme ${t.id}`, items: t.scoredItems }]));
}

const scaleShape = (it: ScoredItem) => ({ id: it.scale.id, min: it.scale.min, max: it.scale.max, labels: it.scale.labels });

/** What must match between the self and observer forms, one line per scored item, in order. */
function scoredShape(q: Questionnaire) {
  return q.themes.flatMap((t) =>
    t.scoredItems.map((it) => ({
      id: it.id,
      theme: it.themeId,
      facet: it.facetId ?? null,
      keyed: it.keyed,
      weight: it.weight,
      scale: scaleShape(it),
    })),
  );
}

const structure = (q: Questionnaire) => q.themes.map((t) => ({ id: t.id, method: t.method, facets: t.facets.map((f) => f.id) }));

function checkReflection(where: string, r: Reflection | undefined): string[] {
  if (!r) return [`${where}: no reflection`];
  const out: string[] = [];
  if (!r.meaning?.trim()) out.push(`${where}: empty meaning`);
  if (r.questions.length < 2 || r.questions.length > 3) out.push(`${where}: ${r.questions.length} questions (want 2-3)`);
  if (r.questions.some((x) => !x.trim())) out.push(`${where}: an empty question`);
  if (!r.try?.trim()) out.push(`${where}: nothing to try`);
  return out;
}

describe('built-in questionnaires load cleanly', () => {
  for (const id of [...FORMS, 'template']) {
    it(`${id}.yaml has no problems at all, not even warnings`, () => {
      expect(loadQuestionnaire(text(id), `${id}.yaml`).problems).toEqual([]);
    });
  }

  it("each form's id equals its file name", () => {
    for (const id of FORMS) expect(forms[id]!.id).toBe(id);
  });

  it('the observer form declares the self form it pairs with, so that validate checks the pair', () => {
    expect(validateQuestionnaire(text(OBSERVER), `${OBSERVER}.yaml`).doc?.pairs_with).toBe(FULL);
  });

  it('the self forms are self and the observer form is observer', () => {
    expect(full.form).toBe('self');
    expect(quick.form).toBe('self');
    expect(observer.form).toBe('observer');
  });
});

describe.each(FORMS)('%s: reflections, resources and bands', (id) => {
  const q = forms[id]!;

  it('every theme and facet has a full reflection for every band', () => {
    const missing = parts(q).flatMap((p) => q.bands.flatMap((b) => checkReflection(`${p.where} band ${b.id}`, p.reflections[b.id])));
    expect(missing).toEqual([]);
  });

  it('every theme and facet names at least one resource, and each resolves', () => {
    for (const p of parts(q)) {
      expect(p.resources.length, p.where).toBeGreaterThan(0);
      for (const r of p.resources) {
        expect(r, p.where).toBeDefined();
        expect(q.resources, p.where).toContain(r);
      }
    }
  });

  it('links only to https addresses listed in the content brief', () => {
    const linked = q.resources.filter((r): r is Resource & { url: string } => r.url !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const r of linked) {
      expect(r.url, r.id).toMatch(/^https:\/\//);
      expect(CHECKED_URLS.has(r.url), `${r.id}: ${r.url} is not a checked address`).toBe(true);
    }
  });

  it('lists the resources with no verified address without a link', () => {
    for (const pattern of UNLINKED_TITLES) {
      const found = q.resources.filter((r) => pattern.test(r.title));
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      for (const r of found) {
        expect(r.url, r.id).toBeUndefined();
        expect(r.publisher.trim(), r.id).not.toBe('');
      }
    }
  });

  it('resource ids are unique', () => {
    const ids = q.resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('band labels and meanings invite reflection rather than grade', () => {
    expect(q.bands.length).toBeGreaterThanOrEqual(2);
    for (const b of q.bands) {
      expect(b.label, b.id).not.toMatch(/pass|fail|poor|good|bad|excellent/i);
      expect(b.meaning ?? '', b.id).not.toMatch(/\b(pass|fail|poor|bad|excellent)\b/i);
    }
  });

  it('item ids and item texts are unique', () => {
    const ids = q.items.map((i) => i.id);
    const texts = q.items.map((i) => i.text.trim().toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses the same three themes, in the same order', () => {
    expect(q.themes.map((t) => t.id)).toEqual(['shared-values', 'outcome-focus', 'mindset']);
  });
});

describe('the full form', () => {
  const scored = full.themes.flatMap((t) => t.scoredItems);

  it('has about 36 scored items', () => {
    expect(scored.length).toBeGreaterThanOrEqual(30);
    expect(scored.length).toBeLessThanOrEqual(42);
  });

  it('has mindset facets for the ways of perceiving, thinking, relating, doing and being', () => {
    expect(full.themes.find((t) => t.id === 'mindset')!.facets.map((f) => f.id)).toEqual(['perceiving', 'thinking', 'relating', 'doing', 'being']);
  });

  it('has 4 to 6 scored items in each facet and each theme without facets', () => {
    for (const g of scoredGroups(full)) {
      expect(g.items.length, g.where).toBeGreaterThanOrEqual(4);
      expect(g.items.length, g.where).toBeLessThanOrEqual(6);
    }
  });

  it('has both positively and reverse-keyed items in every theme and facet', () => {
    const groups = [...full.themes.map((t) => ({ where: `theme ${t.id}`, items: t.scoredItems })), ...full.themes.flatMap((t) => t.facets.map((f) => ({ where: `facet ${f.id}`, items: f.scoredItems })))];
    for (const g of groups) {
      const keys = new Set(g.items.map((i) => i.keyed));
      expect([...keys].sort(), g.where).toEqual(['minus', 'plus']);
    }
  });

  it('asks how important each theme is to the role', () => {
    expect(full.importance).toBeDefined();
    expect(full.importance!.question).toContain('{theme}');
    expect(full.importance!.scale.labels.length).toBeGreaterThanOrEqual(3);
  });

  it('has some optional free-text prompts', () => {
    expect(full.items.filter((i) => i.kind === 'text').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the quick form', () => {
  const fullById = new Map(full.themes.flatMap((t) => t.scoredItems).map((i) => [i.id, i] as const));
  const scored = quick.themes.flatMap((t) => t.scoredItems);

  it('has about 12 scored items', () => {
    expect(scored.length).toBeGreaterThanOrEqual(10);
    expect(scored.length).toBeLessThanOrEqual(16);
  });

  it('takes each scored item unchanged from the full form: text, theme, scale, keying and weight', () => {
    for (const it of scored) {
      const original = fullById.get(it.id);
      expect(original, it.id).toBeDefined();
      expect(it.text, it.id).toBe(original!.text);
      expect(it.themeId, it.id).toBe(original!.themeId);
      expect(it.keyed, it.id).toBe(original!.keyed);
      expect(it.weight, it.id).toBe(original!.weight);
      expect(scaleShape(it), it.id).toEqual(scaleShape(original!));
    }
  });

  it('has both positively and reverse-keyed items in every theme', () => {
    for (const t of quick.themes) expect(new Set(t.scoredItems.map((i) => i.keyed)).size, t.id).toBe(2);
  });

  it('uses the same bands as the full form', () => {
    expect(quick.bands).toEqual(full.bands);
  });
});

describe('the observer form', () => {
  it('shares scored item ids, order, themes, facets, keying, weights and scales with the full form', () => {
    expect(scoredShape(observer)).toEqual(scoredShape(full));
  });

  it('has the same theme and facet structure as the full form', () => {
    expect(structure(observer)).toEqual(structure(full));
  });

  it('uses the same bands and default scale as the full form, and lets an observer say they could not see', () => {
    expect(observer.bands.map(({ id, label, below }) => ({ id, label, below }))).toEqual(full.bands.map(({ id, label, below }) => ({ id, label, below })));
    const { notApplicable, ...points } = observer.defaultScale;
    const { notApplicable: selfNotApplicable, ...selfPoints } = full.defaultScale;
    expect(points).toEqual(selfPoints);
    // Only a colleague may not have seen the behaviour; the person always can rate themselves.
    expect(notApplicable).toEqual(['Not observed', "Don't know"]);
    expect(selfNotApplicable).toEqual([]);
  });

  it('words its statements about someone else, not in the first person', () => {
    for (const it of observer.items.filter((i) => i.kind === 'likert')) {
      expect(it.text, it.id).not.toMatch(/^I\b|\b(I|my|me)\b/);
    }
  });
});

describe('the alignment checks can fail', () => {
  /** Reverse-keys a positively keyed item in the YAML, as an editor might by mistake. */
  const reverseKey = (yaml: string, id: string) => {
    const re = new RegExp(`^( *)- id: ${id}\\n`, 'm');
    expect(re.test(yaml), `found ${id}`).toBe(true);
    return yaml.replace(re, (line, indent: string) => `${line}${indent}  keyed: minus\n`);
  };

  it('a changed keying in the observer form breaks the match with the full form', () => {
    const mutated = load(OBSERVER, reverseKey(text(OBSERVER), 'mt1'));
    const item = mutated.themes.flatMap((t) => t.scoredItems).find((i) => i.id === 'mt1')!;
    expect(item.keyed).toBe('minus');
    expect(scoredShape(mutated)).not.toEqual(scoredShape(full));
  });

  it('a changed scale label breaks the match with the full form', () => {
    const mutated = load(OBSERVER, text(OBSERVER).replace('Almost always]', 'Always]'));
    expect(scoredShape(mutated)).not.toEqual(scoredShape(full));
  });

  it('an unchecked address is caught', () => {
    expect(CHECKED_URLS.has('https://www.leadershipcentre.org.uk/the-revolution-will-be-improvised/')).toBe(false);
  });
});
