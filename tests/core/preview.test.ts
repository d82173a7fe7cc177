import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../src/core/preview/build.js';
import type { PreviewSection, PreviewStatement } from '../../src/core/preview/model.js';
import { knownPair } from '../../src/core/preview/pairs.js';
import { builtIn } from '../browser/fixtures.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const everyStatement = (sections: readonly PreviewSection[]): PreviewStatement[] => sections.flatMap((s) => [...s.statements, ...everyStatement(s.facets)]);

describe('the preview of one questionnaire', () => {
  const q = builtIn('systems-leadership-quick');
  const preview = buildPreview([q]);

  it('has every item in the order asked, numbered from 1, with its wording', () => {
    const statements = everyStatement(preview.sections);
    expect(statements.map((s) => s.id)).toEqual(q.items.map((i) => i.id));
    expect(statements.map((s) => s.number)).toEqual(q.items.map((_, i) => i + 1));
    expect(statements.map((s) => s.wordings[0]!.text)).toEqual(q.items.map((i) => i.text));
  });

  it('says in words which statements are reverse-scored, and which are free text', () => {
    for (const statement of everyStatement(preview.sections)) {
      const item = q.items.find((i) => i.id === statement.id)!;
      const { scoring } = statement.wordings[0]!;
      if (item.kind === 'text') expect(scoring).toBe('Free text: saved, never scored');
      else if (item.keyed === 'minus') expect(scoring).toBe('Rated on the frequency scale (1 Rarely to 5 Almost always); reverse-scored: a higher rating lowers the score (5 counts as 1)');
      else expect(scoring).toBe('Rated on the frequency scale (1 Rarely to 5 Almost always); scored as rated: a higher rating raises the score');
    }
    expect(everyStatement(preview.sections).filter((s) => s.wordings[0]!.keyed === 'minus').length).toBe(q.items.filter((i) => i.kind === 'likert' && i.keyed === 'minus').length);
  });

  it('gives each band its cut-offs in words, and each theme its reflections per band in order', () => {
    expect(preview.forms[0]!.bands.map((b) => `${b.label}: ${b.range}`)).toEqual(['Early days: under 40% of the maximum', 'Growing: from 40% to under 70% of the maximum', 'A settled habit: 70% of the maximum or more']);
    for (const [i, section] of preview.sections.entries()) {
      expect(section.reflections.map((r) => r.band.id)).toEqual(['emerging', 'developing', 'established']);
      expect(section.reflections.map((r) => r.reflections[0])).toEqual(['emerging', 'developing', 'established'].map((b) => q.themes[i]!.reflections[b]));
      expect(section.resources).toEqual(q.themes[i]!.resources);
    }
  });

  it('asks the importance question of each theme as the run asks it', () => {
    expect(preview.sections[0]!.importance).toEqual(["How important is Shared values to your current role? (on the importance scale, 1 Not important to 5 Essential; not part of the theme's score)"]);
  });

  it('says how a weight, a theme scored by its own method and a one-band questionnaire read', () => {
    const weighted = questionnaireFrom(
      `${header().replace(/bands:\n( {2}- .*\n)+/, 'bands:\n  - { id: all, label: All }\n')}  - id: t\n    title: T\n    method: sum\n    items:\n      - { id: a, text: A, weight: 2, keyed: minus }\n`,
    );
    const p = buildPreview([weighted]);
    expect(p.forms[0]!.bands[0]!.range).toBe('every score');
    expect(p.sections[0]!.statements[0]!.wordings[0]!.scoring).toBe('Rated on the five scale (1 A to 5 E); reverse-scored: a higher rating lowers the score (5 counts as 1); weight 2 in its scores');
    expect(p.sections[0]!.importance).toEqual([null]);
    expect(p.sections[0]!.method).toEqual([
      'This theme and its facets are scored otherwise than the rest of the form: each score is the mean of its answered rated statements times their total weight (a pro-rated sum).',
    ]);
    expect(preview.sections.map((s) => s.method)).toEqual(q.themes.map(() => [null]));
  });
});

describe('the preview of a self form beside its observer form', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  const preview = buildPreview([self, observer]);
  const statements = everyStatement(preview.sections);

  it('knows the built-in pair, each way', () => {
    expect([knownPair('systems-leadership'), knownPair('systems-leadership-observer'), knownPair('systems-leadership-quick')]).toEqual(['systems-leadership-observer', 'systems-leadership', undefined]);
  });

  it("puts each observer statement beside the self statement of the same id, in the self form's order", () => {
    const rated = (q: typeof self) => q.items.filter((i) => i.kind === 'likert');
    const paired = statements.filter((s) => s.wordings.every((w) => w !== null));
    expect(paired.map((s) => s.id)).toEqual(rated(self).map((i) => i.id));
    expect(paired.map((s) => s.wordings[1]!.text)).toEqual(rated(self).map((i) => observer.items.find((o) => o.id === i.id)!.text));
    expect(statements.map((s) => s.number)).toEqual(statements.map((_, i) => i + 1));
  });

  it("shows each form's free-text prompts, in their themes, with a gap on the form that lacks them", () => {
    const selfOnly = statements.filter((s) => s.wordings[1] === null).map((s) => s.id);
    const observerOnly = statements.filter((s) => s.wordings[0] === null).map((s) => s.id);
    expect(selfOnly).toEqual(self.items.filter((i) => !observer.items.some((o) => o.id === i.id)).map((i) => i.id));
    expect(observerOnly).toEqual(observer.items.filter((i) => !self.items.some((o) => o.id === i.id)).map((i) => i.id));
    // The observer's prompt of a theme comes in that theme, after the self form's statements.
    const first = preview.sections[0]!;
    expect(first.statements.at(-1)!.wordings[0]).toBeNull();
    expect(first.statements.at(-1)!.wordings[1]!.text).toBe(observer.themes[0]!.items.find((i) => i.kind === 'text')!.text);
  });

  it("holds both forms' reflections per band, and the importance question of the self form alone", () => {
    const theme = preview.sections[0]!;
    expect(theme.reflections.map((r) => r.reflections)).toEqual(['emerging', 'developing', 'established'].map((b) => [self.themes[0]!.reflections[b], observer.themes[0]!.reflections[b]]));
    expect(theme.importance[0]).toContain('How important is Shared values to your current role?');
    expect(theme.importance[1]).toBeNull();
    expect(preview.forms.map((f) => f.form)).toEqual(['self', 'observer']);
    expect(preview.forms[1]!.scales).toEqual(["frequency: 1 Rarely, 2 Sometimes, 3 Often, 4 Usually, 5 Almost always; also offered, never scored: Not observed, Don't know"]);
  });

  it('has the same facets, in order, as both forms', () => {
    const facets = preview.sections.map((s) => s.facets.map((f) => f.id));
    expect(facets).toEqual(self.themes.map((t) => t.facets.map((f) => f.id)));
    expect(preview.sections.flatMap((s) => s.facets).every((f) => f.titles.every((t) => t !== null))).toBe(true);
  });
});
