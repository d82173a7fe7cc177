import type { AnswerSet } from '../answers/model.js';
import { RATER_ROLES, type RaterRole } from '../answers/schema.js';
import { headerKey } from '../csv/header-key.js';
import { ownValue } from '../dictionary.js';
import { textKey } from '../text-key.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { RowScorer } from '../score/row-scorer.js';
import { CohortScores } from '../stats/cohort-scores.js';
import { ItemMatrixBuilder, type ItemMatrix } from '../stats/matrix.js';

/** What is known about a respondent besides their answers (a SurveyRow is one). */
export interface RespondentFacts {
  role: RaterRole;
  respondent?: string;
  subject?: string;
  attributes: Readonly<Record<string, string>>;
}

export interface CollectOptions {
  /** The column whose value puts respondents in groups (--group-by). */
  groupBy?: string;
  /** The column that names whom answers are about, for the 360 view (--subject); the answers' own subject by default. */
  subjectColumn?: string;
  /** Keep names and sources for per-respondent output (--per-respondent). */
  keepNames: boolean;
}

/** A small table of distinct texts, so that 100,000 rows of "North" hold one string and an index each. */
class Names {
  readonly names: string[] = [];
  /** Every spelling met, trimmed, in the order met. */
  readonly spellings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly spellingIndex = new Map<string, number>();
  /** Values exactly as met, so the usual case (the same spelling again) needs no textKey. */
  private readonly seen = new Map<string, { at: number; spelling: number }>();

  /** The index of a value, compared by textKey (case and spacing aside); the first spelling is kept, trimmed. */
  of(value: string | undefined): number {
    return this.entry(value)?.at ?? -1;
  }

  /** The index of a value's own spelling in `spellings`, or -1. */
  spellingOf(value: string | undefined): number {
    return this.entry(value)?.spelling ?? -1;
  }

  private entry(value: string | undefined): { at: number; spelling: number } | undefined {
    if (value === undefined) return undefined;
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    const key = textKey(value);
    if (key === '') return undefined;
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.names.length;
      this.names.push(value.trim());
      this.index.set(key, at);
    }
    const trimmed = value.trim();
    let spelling = this.spellingIndex.get(trimmed);
    if (spelling === undefined) {
      spelling = this.spellings.push(trimmed) - 1;
      this.spellingIndex.set(trimmed, spelling);
    }
    const entry = { at, spelling };
    this.seen.set(value, entry);
    return entry;
  }
}

/**
 * One questionnaire's respondents, kept as numbers as they are read (never as result objects):
 * keyed answers, scores and bands in CohortScores for the statistics, each theme's and facet's
 * percent, and per row the role, group, subject and (only when asked for) name and source.
 */
export class FormRespondents {
  readonly questionnaire: Questionnaire;
  readonly scores: CohortScores;
  readonly scorer: RowScorer;
  readonly groups = new Names();
  readonly subjects = new Names();
  /** Per row: index into RATER_ROLES, into groups.names (-1: no value) and into subjects.names (-1: none named). */
  readonly roles: number[] = [];
  readonly groupOf: number[] = [];
  /** Per row: index into groups.spellings of the group's value as this respondent wrote it (-1: none). */
  readonly groupSpellingOf: number[] = [];
  readonly subjectOf: number[] = [];
  /**
   * Self-ratings that name no subject but do name their respondent, who is then taken to be the
   * subject: their rows and the respondents' names as given. Kept apart, and matched to the named
   * subjects only when there are any, so a cohort of self-assessments pays nothing for the 360 view.
   */
  readonly selfRows: number[] = [];
  readonly selfNames: string[] = [];
  /** Per row, when names are kept. */
  readonly names: (string | null)[] = [];
  readonly sources: string[] = [];
  private readonly percents: ItemMatrixBuilder;
  private readonly keyed: Float64Array;
  private readonly scoreRow: Float64Array;
  private readonly percentRow: Float64Array;
  private readonly raw: Float64Array;
  private readonly groupField: ((facts: RespondentFacts) => string | undefined) | undefined;
  private readonly subjectField: (facts: RespondentFacts) => string | undefined;

  constructor(
    questionnaire: Questionnaire,
    private readonly options: CollectOptions,
  ) {
    this.questionnaire = questionnaire;
    this.scores = new CohortScores(questionnaire);
    this.scorer = new RowScorer(questionnaire);
    const sections = this.scorer.sectionIds.length;
    this.percents = new ItemMatrixBuilder(sections);
    this.keyed = new Float64Array(this.scorer.scoredItems.length);
    this.scoreRow = new Float64Array(2 * sections);
    this.percentRow = new Float64Array(sections);
    this.raw = new Float64Array(this.scorer.scoredItems.length);
    this.groupField = options.groupBy === undefined ? undefined : fieldReader(options.groupBy);
    // An answer file without the column still names its subject in its own field.
    const subjectColumn = options.subjectColumn === undefined ? undefined : fieldReader(options.subjectColumn);
    this.subjectField = subjectColumn ? (facts) => subjectColumn(facts) ?? facts.subject : (facts) => facts.subject;
  }

  get size(): number {
    return this.scores.size;
  }

  /**
   * Adds a respondent from raw answers to the scored items in questionnaire order (NaN = skipped),
   * found in `file` (at `line` of a CSV).
   */
  addValues(raw: Float64Array, facts: RespondentFacts, file: string, line?: number): number {
    this.scorer.score(raw, this.keyed, this.scoreRow, this.percentRow);
    this.scores.addRow(this.keyed, this.scoreRow);
    this.percents.addRow(this.percentRow);
    this.roles.push(ROLE_INDEX[facts.role]);
    const groupValue = this.groupField?.(facts);
    this.groupOf.push(this.groups.of(groupValue));
    this.groupSpellingOf.push(this.groups.spellingOf(groupValue));
    const subject = this.subjects.of(this.subjectField(facts));
    this.subjectOf.push(subject);
    if (subject < 0 && facts.role === 'self' && facts.respondent !== undefined) {
      this.selfRows.push(this.roles.length - 1);
      this.selfNames.push(facts.respondent);
    }
    if (this.options.keepNames) {
      this.names.push(facts.respondent ?? null);
      this.sources.push(line === undefined ? file : `${file}:${line}`);
    }
    return this.percents.size - 1;
  }

  /** Adds a respondent from a checked answer file. */
  addAnswers(answers: AnswerSet, file: string): number {
    const raw = this.raw;
    this.scorer.scoredItems.forEach((item, i) => (raw[i] = ownValue(answers.answers, item.id) ?? NaN));
    return this.addValues(raw, answers, file);
  }

  /** Each theme's and facet's percent (NaN: no score), a row per respondent, a column per group in RowScorer order. */
  percentMatrix(): ItemMatrix {
    return this.percents.build();
  }
}

const ROLE_INDEX = Object.fromEntries(RATER_ROLES.map((role, i) => [role, i])) as Record<RaterRole, number>;

/**
 * How to find a respondent's value in a column named on the command line: role, subject and
 * respondent are the well-known facts; any other name is an attribute (another column of a survey
 * export, or an answer file's attributes), matched ignoring case, spacing and punctuation.
 */
export function fieldReader(column: string): (facts: RespondentFacts) => string | undefined {
  const key = headerKey(column);
  if (key === 'role') return (facts) => facts.role;
  if (key === 'subject') return (facts) => facts.subject;
  if (key === 'respondent') return (facts) => facts.respondent;
  return (facts) => {
    const exact = ownValue(facts.attributes, column);
    if (exact !== undefined) return exact;
    for (const [name, value] of Object.entries(facts.attributes)) if (headerKey(name) === key) return value;
    return undefined;
  };
}
