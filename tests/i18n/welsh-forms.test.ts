/**
 * Issue 22 item 4: the draft Welsh translations of the full and observer forms. Each validates with
 * nothing but the draft warning (so every text of its source is there: the validator says which is
 * missing), words every text in Welsh, reuses the Welsh of the form it shares texts with, and scores
 * the same answers as its English source does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILT_IN_DIR } from '../../src/io/questionnaires.js';
import { runCli } from '../helpers/cli.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-welsh-forms-'));
const builtIn = (name: string) => join(BUILT_IN_DIR, name);
const yamlOf = (name: string) => parse(readFileSync(builtIn(name), 'utf8')) as Record<string, unknown>;

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
}

async function problemsOf(file: string): Promise<{ code: number | null; problems: Problem[] }> {
  const { code, stdout } = await runCli(['validate', '--json', file]);
  return { code, problems: JSON.parse(stdout) as Problem[] };
}

/** Every text of a translation file by its path (themes.mindset.facets.being.items.mb1), lists by index. */
function textsByPath(value: unknown, path = ''): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof value === 'string') texts.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => textsByPath(v, `${path}.${i}`).forEach((t, p) => texts.set(p, t)));
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) textsByPath(v, path ? `${path}.${key}` : key).forEach((t, p) => texts.set(p, t));
  return texts;
}

interface SourcePart {
  id: string;
  title?: string;
  label?: string;
  description?: string;
  meaning?: string;
  note?: string;
  text?: string;
  items?: SourcePart[];
  facets?: SourcePart[];
  reflections?: Record<string, { meaning: string; questions: string[]; try: string }>;
}

/** The same paths for the English source, as a translation file names its texts. */
function sourceTexts(doc: Record<string, unknown>): Map<string, string> {
  const texts = new Map<string, string>([
    ['title', doc.title as string],
    ['description', doc.description as string],
  ]);
  for (const [id, scale] of Object.entries(doc.scales as Record<string, { labels: string[]; not_applicable?: string[] }>)) {
    scale.labels.forEach((label, i) => texts.set(`scales.${id}.labels.${i}`, label));
    scale.not_applicable?.forEach((label, i) => texts.set(`scales.${id}.not_applicable.${i}`, label));
  }
  if (doc.importance) texts.set('importance.question', (doc.importance as { question: string }).question);
  for (const band of doc.bands as SourcePart[]) {
    texts.set(`bands.${band.id}.label`, band.label!);
    if (band.meaning) texts.set(`bands.${band.id}.meaning`, band.meaning);
  }
  for (const r of doc.resources as SourcePart[]) {
    texts.set(`resources.${r.id}.title`, r.title!);
    if (r.note) texts.set(`resources.${r.id}.note`, r.note);
  }
  const part = (p: SourcePart, at: string) => {
    texts.set(`${at}.title`, p.title!);
    if (p.description) texts.set(`${at}.description`, p.description);
    for (const item of p.items ?? []) texts.set(`${at}.items.${item.id}`, item.text!);
    for (const facet of p.facets ?? []) part(facet, `${at}.facets.${facet.id}`);
    for (const [band, r] of Object.entries(p.reflections ?? {})) {
      texts.set(`${at}.reflections.${band}.meaning`, r.meaning);
      r.questions.forEach((q, i) => texts.set(`${at}.reflections.${band}.questions.${i}`, q));
      texts.set(`${at}.reflections.${band}.try`, r.try);
    }
  };
  for (const theme of doc.themes as SourcePart[]) part(theme, `themes.${theme.id}`);
  return texts;
}

const FORMS = [
  { welsh: 'systems-leadership.cy.yaml', source: 'systems-leadership.yaml', of: 'systems-leadership', scored: 36 },
  { welsh: 'systems-leadership-observer.cy.yaml', source: 'systems-leadership-observer.yaml', of: 'systems-leadership-observer', scored: 36 },
] as const;

describe.each(FORMS)('the Welsh draft $welsh', ({ welsh, source, of, scored }) => {
  it('validates with no problem but the draft warning, on the line of its status', async () => {
    const { code, problems } = await problemsOf(builtIn(welsh));
    const status = readFileSync(builtIn(welsh), 'utf8').split('\n').indexOf('status: draft') + 1;
    expect(problems).toEqual([
      {
        file: builtIn(welsh),
        line: status,
        column: 1,
        severity: 'warning',
        message: 'a draft translation: to be reviewed by a speaker of cy-GB before use (then set status: reviewed)',
      },
    ]);
    expect(code).toBe(0);
    const { stderr } = await runCli(['validate', builtIn(welsh)]);
    expect(stderr).toContain(`is valid (a cy-GB translation of ${of}: 3 themes, ${scored} scored items, 1 warning)`);
  });

  it('is marked a draft in its file, for a Welsh speaker to review', () => {
    const text = readFileSync(builtIn(welsh), 'utf8');
    expect(text).toMatch(/^status: draft$/m);
    expect(text).toContain('DRAFT: machine-assisted and not yet reviewed. A Welsh speaker must review every text');
    expect(yamlOf(welsh)).toMatchObject({ translation_of: of, source_version: 1, language: 'cy-GB' });
  });

  it('has a text for every text of its source, by the same paths, and no other', async () => {
    // The validator's own check, shown to bite on this file: take one text out and it names it.
    const dir = tempDir();
    const copy = join(dir, welsh);
    // (the statement with the lines it folds onto)
    writeFileSync(copy, readFileSync(builtIn(welsh), 'utf8').replace(/^ {10}mb1: .*\n(?: {12}.*\n)*/m, ''));
    const { code, problems } = await problemsOf(copy);
    expect(code).toBe(1);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringMatching(/^missing text themes\.mindset\.facets\.being\.items\.mb1\b/)]);
    // And the paths themselves: the translation's are the source's.
    const cy = textsByPath(yamlOf(welsh));
    for (const key of ['translation_of', 'source_version', 'language', 'status']) cy.delete(key);
    expect([...cy.keys()].sort()).toEqual([...sourceTexts(yamlOf(source)).keys()].sort());
  });

  it('words every text in Welsh: none is its English, but the titles of publications with no Welsh edition', () => {
    const en = sourceTexts(yamlOf(source));
    const same = [...textsByPath(yamlOf(welsh))].filter(([path, text]) => en.get(path) === text).map(([path]) => path);
    expect(same.length).toBeGreaterThan(0);
    for (const path of same) expect(path).toMatch(/^resources\.[a-z0-9-]+\.title$/);
  });

  it("comes back unchanged through the translators' round trip: translate export gives it as targets, import writes it again", async () => {
    const exported = await runCli(['translate', 'export', of, '--lang', 'cy']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).not.toContain('<segment state="initial">');
    const file = join(tempDir(), `${of}.cy.xlf`);
    writeFileSync(file, exported.stdout);
    const imported = await runCli(['translate', 'import', file]);
    expect(imported.stderr).toMatch(new RegExp(`^${of} in cy-GB \\(draft\\): \\d+ texts\\n$`));
    expect(parse(imported.stdout)).toEqual(yamlOf(welsh));
  });

  it('keeps every {place} of its source', () => {
    const en = sourceTexts(yamlOf(source));
    const places = (text: string) => [...text.matchAll(/\{[a-z]+\}/g)].map((m) => m[0]).sort();
    for (const [path, text] of textsByPath(yamlOf(welsh))) if (en.has(path)) expect(places(text), path).toEqual(places(en.get(path)!));
  });
});

describe('the Welsh drafts reuse the Welsh of the forms they share texts with', () => {
  it('the full form words the quick form’s statements, scales, bands and resources exactly as the quick form does', () => {
    const quick = textsByPath(yamlOf('systems-leadership-quick.cy.yaml'));
    const full = textsByPath(yamlOf('systems-leadership.cy.yaml'));
    const quickEn = sourceTexts(yamlOf('systems-leadership-quick.yaml'));
    const fullEn = sourceTexts(yamlOf('systems-leadership.yaml'));
    // The quick form's 13 statements are the full form's: the same ids, in a facet in the full form.
    const statements = [...quick].filter(([path]) => /\.items\.[a-z0-9]+$/.test(path) && !path.endsWith('-notes'));
    expect(statements).toHaveLength(13);
    for (const [path, text] of statements) {
      const id = path.split('.').pop()!;
      const [fullPath] = [...full.keys()].filter((p) => p.endsWith(`.items.${id}`));
      expect(full.get(fullPath!), id).toBe(text);
    }
    // Every other text whose English is the same in both forms is the same in Welsh.
    let shared = 0;
    for (const [path, text] of quick)
      if (fullEn.has(path) && fullEn.get(path) === quickEn.get(path)) {
        expect(full.get(path), path).toBe(text);
        shared++;
      }
    expect(shared).toBeGreaterThan(40);
  });

  it('the observer form words what it shares with the self form as the self form does', () => {
    const self = textsByPath(yamlOf('systems-leadership.cy.yaml'));
    const observer = textsByPath(yamlOf('systems-leadership-observer.cy.yaml'));
    const selfEn = sourceTexts(yamlOf('systems-leadership.yaml'));
    const observerEn = sourceTexts(yamlOf('systems-leadership-observer.yaml'));
    let shared = 0;
    for (const [path, text] of observer)
      if (selfEn.has(path) && selfEn.get(path) === observerEn.get(path)) {
        expect(text, path).toBe(self.get(path));
        shared++;
      }
    expect(shared).toBeGreaterThan(40);
  });

  it('the observer form speaks about the person observed in the third person, and to the leader in its reflections', () => {
    const observer = textsByPath(yamlOf('systems-leadership-observer.cy.yaml'));
    const statements = [...observer].filter(([path]) => /\.items\.[a-z0-9]+$/.test(path) && !path.endsWith('-more'));
    expect(statements).toHaveLength(36);
    for (const [path, text] of statements) {
      expect(text, path).toMatch(/\bnhw\b|\beu\b/);
      expect(text, path).not.toMatch(/\bRwy'n\b|\bfy\b|\bRydw i\b/);
    }
    for (const [path, text] of observer) if (path.endsWith('-more')) expect(text, path).toContain('person hwn');
  });
});

describe('preview of a Welsh draft of the pair', () => {
  it.each([
    { named: 'systems-leadership.cy', other: 'systems-leadership-observer.cy.yaml' },
    { named: 'systems-leadership-observer.cy', other: 'systems-leadership.cy.yaml' },
  ])('$named shows the other form of the pair in Welsh too, and says nothing of scores that cannot be compared', async ({ named, other }) => {
    const { code, stdout, stderr } = await runCli(['preview', named]);
    expect(code, stderr).toBe(0);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain("Pan fyddaf yn wynebu penderfyniad anodd, rwy'n ei bwyso a'i fesur yn erbyn y gwerthoedd sydd gennyf.");
    expect(flat).toContain("Maen nhw'n gwneud penderfyniadau anodd yn unol â'r gwerthoedd maen nhw'n dweud sydd ganddyn nhw.");
    expect(flat).not.toContain('When I face a difficult decision');
    expect(flat).not.toContain('They make difficult decisions');
    // Both drafts' warnings, and no warning that the pair's scales differ (they did, Welsh against English).
    expect(stderr).toContain(builtIn(other));
    expect(stderr).not.toContain('syslead: warning:');
  });
});

describe('scoring the same answers with the English and the Welsh form', () => {
  const ANSWERS = {
    sv1: 4,
    sv2: 4,
    sv3: 3,
    sv4: 5,
    sv5: 2,
    sv6: 1,
    of1: 4,
    of2: 3,
    of3: 3,
    of4: 2,
    of5: 1,
    of6: 2,
    mp1: 5,
    mp2: 4,
    mp3: 2,
    mp4: 3,
    mp5: 1,
    mt1: 4,
    mt2: 3,
    mt3: 4,
    mt4: 2,
    mr1: 5,
    mr2: 4,
    mr3: 3,
    mr4: 2,
    mr5: 3,
    md1: 4,
    md2: 3,
    md3: 2,
    md4: 4,
    md5: 1,
    mb1: 3,
    mb2: 4,
    mb3: 5,
    mb4: 2,
    mb5: 1,
  };
  interface Scored {
    id: string;
    title: string;
    percent: number;
    band: string;
    facets: Scored[];
  }
  const percents = (themes: Scored[]): [string, number, string][] => themes.flatMap((t) => [[t.id, t.percent, t.band] as [string, number, string], ...percents(t.facets ?? [])]);

  it.each([
    { of: 'systems-leadership', extra: '', welshTitle: 'Arweinyddiaeth systemau: hunanasesiad', facet: 'Ffyrdd o ganfod' },
    { of: 'systems-leadership-observer', extra: 'role: peer\nsubject: Alex\n', welshTitle: 'Arweinyddiaeth systemau: adborth gan gydweithwyr a phartneriaid', facet: 'Ffyrdd o fod' },
  ])('$of and its Welsh draft give the same percents and bands for every theme and facet', async ({ of, extra, welshTitle, facet }) => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, `questionnaire: ${of}\nversion: 1\n${extra}answers: ${JSON.stringify(ANSWERS)}\n`);
    const score = async (q: string) => {
      const { code, stdout, stderr } = await runCli(['score', '--format', 'json', '-q', q, file]);
      expect(code, stderr).toBe(0);
      return JSON.parse(stdout) as { questionnaire: { title: string }; themes: Scored[] };
    };
    const en = await score(of);
    const cy = await score(`${of}.cy`);
    expect(percents(cy.themes)).toEqual(percents(en.themes));
    expect(percents(cy.themes)).toHaveLength(8);
    expect(cy.questionnaire.title).toBe(welshTitle);
    expect(cy.themes.flatMap((t) => t.facets.map((f) => f.title))).toContain(facet);
  });
});
