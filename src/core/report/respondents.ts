import type { AnswerSet } from '../answers/model.js';
import { RATER_ROLES, type RaterRole } from '../answers/roles.js';
import { headerKey } from '../csv/header-key.js';
import { ownValue } from '../dictionary.js';
import { textKey } from '../text-key.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { RowScorer } from '../score/row-scorer.js';
import { CohortTally, TallyLayout } from '../stats/cohort-tally.js';
import { detachedText } from '../detached-text.js';
import { AnswerRows } from './answer-rows.js';
import { TextColumn } from './text-column.js';
import { ImportanceTally, KeptImportance } from './importance-tally.js';

/** What is known about a respondent besides their answers (a SurveyRow is one). */
export interface RespondentFacts {
  role: RaterRole;
  respondent?: string;
  subject?: string;
  attributes: Readonly<Record<string, string>>;
  /** Theme id -> how important the respondent rated it to their role, when asked. */
  importance?: Readonly<Record<string, number>>;
}

export interface CollectOptions {
  /** The column whose value puts respondents in groups (--group-by). */
  groupBy?: string;
  /** The column that names whom answers are about, for the 360 view (--subject); the answers' own subject by default. */
  subjectColumn?: string;
  /** Keep names and sources for per-respondent output (--per-respondent); every row is then kept. */
  keepNames: boolean;
  /**
   * Keep every row one by one, as per-respondent rows need (--per-respondent, CSV output). True
   * unless false: without it a report has no per-respondent rows.
   */
  keepRows?: boolean;
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
    // Every text kept here is a copy: the value may be a slice of a whole chunk of the input.
    const key = detachedText(textKey(value));
    if (key === '') return undefined;
    const trimmed = detachedText(value.trim());
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.names.length;
      this.names.push(trimmed);
      this.index.set(key, at);
    }
    let spelling = this.spellingIndex.get(trimmed);
    if (spelling === undefined) {
      spelling = this.spellings.push(trimmed) - 1;
      this.spellingIndex.set(trimmed, spelling);
    }
    const entry = { at, spelling };
    this.seen.set(detachedText(value), entry);
    return entry;
  }
}

/** The respondents of one --group-by group (or all, without) that are only ever shown or hidden together. */
export interface GroupCell {
  tally: CohortTally;
  size: number;
  /** Index into groups.spellings -> respondents who wrote the group's value so. */
  spellings: Map<number, number>;
  /** Their importance answers, when the questionnaire asks them. */
  importance: ImportanceTally | undefined;
}

/**
 * One questionnaire's respondents, folded in as they are read: a row costs no memory unless a report
 * must decide on it alone. The rows that are shown or hidden only with their whole --group-by group
 * are tallied per group (`cells`). Kept one by one, a byte per answer (`kept`): rows that name a
 * subject (a 360's raters and self-ratings, which the floor hides by rater group), and every row when
 * per-respondent rows are wanted. Self-ratings naming no subject but their respondent are also kept
 * with that name (`selfRatings`), as the subject they name may be named only in a later input.
 */
export class FormRespondents {
  readonly questionnaire: Questionnaire;
  readonly scorer: RowScorer;
  readonly layout: TallyLayout;
  readonly groups = new Names();
  readonly subjects = new Names();
  /** Per --group-by group index (-1: no value; the only one without --group-by). */
  readonly cells = new Map<number, GroupCell>();
  readonly kept: AnswerRows;
  /** Self-ratings that name no subject but do name their respondent, and those names. */
  readonly selfRatings: AnswerRows;
  readonly selfNames = new TextColumn();
  /** Per kept row, when names are kept. */
  readonly names = new TextColumn();
  readonly sources = new TextColumn();
  /**
   * When the questionnaire asks how important each theme is: its themes in order, and the answers
   * of the kept rows (tallied rows add theirs to their group's cell).
   */
  readonly importance: { themeIds: string[]; kept: KeptImportance } | undefined;
  private readonly importanceRow: Float64Array;
  private rows = 0;
  private readonly keepRows: boolean;
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
    this.scorer = new RowScorer(questionnaire);
    this.layout = new TallyLayout(questionnaire);
    const sections = this.scorer.sectionIds.length;
    const width = this.scorer.scoredItems.length;
    this.keepRows = options.keepNames || options.keepRows !== false;
    const mins = Int32Array.from(this.scorer.scoredItems, (item) => item.scale.min);
    this.kept = new AnswerRows(mins, KEPT_FIELDS);
    this.selfRatings = new AnswerRows(mins, 1);
    this.keyed = new Float64Array(width);
    this.scoreRow = new Float64Array(2 * sections);
    this.percentRow = new Float64Array(sections);
    this.raw = new Float64Array(width);
    const asked = questionnaire.importance;
    this.importance = asked ? { themeIds: questionnaire.themes.map((t) => t.id), kept: new KeptImportance(questionnaire.themes.length, asked.scale.min) } : undefined;
    this.importanceRow = new Float64Array(questionnaire.themes.length);
    this.groupField = options.groupBy === undefined ? undefined : fieldReader(options.groupBy);
    // An answer file without the column still names its subject in its own field.
    const subjectColumn = options.subjectColumn === undefined ? undefined : fieldReader(options.subjectColumn);
    this.subjectField = subjectColumn ? (facts) => subjectColumn(facts) ?? facts.subject : (facts) => facts.subject;
  }

  /** Respondents scored with this questionnaire. */
  get size(): number {
    return this.rows;
  }

  /** Whether every row is kept one by one, as per-respondent rows need. */
  get keepsRows(): boolean {
    return this.keepRows;
  }

  /**
   * Adds a respondent from raw answers to the scored items in questionnaire order (NaN = skipped),
   * found in `file` (at `line` of a CSV). Returns their row number.
   */
  addValues(raw: Float64Array, facts: RespondentFacts, file: string, line?: number): number {
    const row = this.rows++;
    const groupValue = this.groupField?.(facts);
    const group = this.groups.of(groupValue);
    const spelling = this.groups.spellingOf(groupValue);
    const subject = this.subjects.of(this.subjectField(facts));
    const importance = this.importancePoints(facts);
    if (this.keepRows || subject >= 0) {
      this.kept.push(raw, row, group, ROLE_INDEX[facts.role], spelling, subject);
      if (importance) this.importance!.kept.push(importance);
      if (this.options.keepNames) {
        this.names.push(facts.respondent);
        this.sources.push(line === undefined ? file : `${file}:${line}`);
      }
    } else {
      const cell =
        this.cells.get(group) ??
        this.cells.set(group, { tally: new CohortTally(this.layout), size: 0, spellings: new Map(), importance: this.importance && new ImportanceTally(this.importance.themeIds.length) }).get(group)!;
      if (importance) cell.importance!.add(importance);
      this.scorer.score(raw, this.keyed, this.scoreRow, this.percentRow);
      cell.tally.add(this.keyed, this.scoreRow, this.percentRow, row);
      cell.size++;
      if (spelling >= 0) cell.spellings.set(spelling, (cell.spellings.get(spelling) ?? 0) + 1);
    }
    if (subject < 0 && facts.role === 'self' && facts.respondent !== undefined) {
      this.selfRatings.push(raw, group);
      this.selfNames.push(facts.respondent);
    }
    return row;
  }

  /** A respondent's importance answers by theme index (NaN: not answered), or undefined when not asked. */
  private importancePoints(facts: RespondentFacts): Float64Array | undefined {
    if (!this.importance) return undefined;
    const points = this.importanceRow;
    // Importance to one's own role: a colleague rating someone else gives none (a row of NaN keeps kept rows in step).
    const own = facts.role === 'self' ? facts.importance : undefined;
    this.importance.themeIds.forEach((id, t) => (points[t] = (own && ownValue(own, id)) ?? NaN));
    return points;
  }

  /** Adds a respondent from a checked answer file. */
  addAnswers(answers: AnswerSet, file: string): number {
    const raw = this.raw;
    this.scorer.scoredItems.forEach((item, i) => (raw[i] = ownValue(answers.answers, item.id) ?? NaN));
    return this.addValues(raw, answers, file);
  }

  /** A kept row's row number (from 0), group (-1: none), role, group spelling (-1: none) and subject (-1: none). */
  keptRowNumber(index: number): number {
    return this.kept.field(index, 0);
  }

  keptGroup(index: number): number {
    return this.kept.field(index, 1);
  }

  keptRole(index: number): RaterRole {
    return RATER_ROLES[this.kept.field(index, 2)]!;
  }

  keptSpelling(index: number): number {
    return this.kept.field(index, 3);
  }

  keptSubject(index: number): number {
    return this.kept.field(index, 4);
  }

  /** The group (-1: none) of a self-rating kept for its respondent's name. */
  selfGroup(index: number): number {
    return this.selfRatings.field(index, 0);
  }

  /**
   * Scores a row kept in `rows` (kept or selfRatings) again, as it was scored when read: keyed
   * answers, scores with band indices, percents, as RowScorer writes them. The arrays are reused
   * by the next call.
   */
  figuresOf(rows: AnswerRows, index: number): { keyed: Float64Array; scores: Float64Array; percents: Float64Array } {
    this.scorer.score(rows.answersOf(index, this.raw), this.keyed, this.scoreRow, this.percentRow);
    return { keyed: this.keyed, scores: this.scoreRow, percents: this.percentRow };
  }
}

/** A kept row's fields: row number, group, role, group spelling, subject. */
const KEPT_FIELDS = 5;

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
