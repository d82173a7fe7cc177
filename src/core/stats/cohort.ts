import type { Questionnaire, ScoredItem } from '../questionnaire/model.js';
import { ItemMatrixBuilder, type ItemMatrix } from './matrix.js';

/** Where a theme's or facet's score lives among the cohort's score columns. */
export interface ScoreGroup {
  id: string;
  title: string;
  /** Column of the person scores; the band index is in the next column. */
  column: number;
  items: readonly ScoredItem[];
}

interface GroupResult {
  id: string;
  score: number | null;
  band: string | null;
}

/** The parts of a person's scored result (a PersonResult from scoreAnswers) that cohort statistics use. */
export interface ScoredPerson {
  items: readonly { id: string; keyed: number | null }[];
  themes: readonly (GroupResult & { facets: readonly GroupResult[] })[];
}

/**
 * A cohort's scored results, kept compactly for statistics: the keyed value of every scored item
 * (a row per respondent, a column per item, in questionnaire order) and every theme and facet score
 * with its band. A result can be dropped as soon as it is added, so a large input is never held as
 * objects.
 */
export class Cohort {
  readonly questionnaire: Questionnaire;
  readonly scoredItems: readonly ScoredItem[];
  readonly bandIds: readonly string[];
  private readonly itemColumn = new Map<string, number>();
  private readonly groupOf = new Map<string, ScoreGroup>();
  private readonly items: ItemMatrixBuilder;
  private readonly scores: ItemMatrixBuilder;
  private readonly itemRow: Float64Array;
  private readonly scoreRow: Float64Array;

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    this.scoredItems = questionnaire.themes.flatMap((t) => t.scoredItems);
    this.scoredItems.forEach((item, column) => this.itemColumn.set(item.id, column));
    this.bandIds = questionnaire.bands.map((b) => b.id);
    let column = 0;
    for (const theme of questionnaire.themes) {
      for (const group of [theme, ...theme.facets]) {
        this.groupOf.set(group.id, { id: group.id, title: group.title, column, items: group.scoredItems });
        column += 2;
      }
    }
    this.items = new ItemMatrixBuilder(this.scoredItems.length);
    this.scores = new ItemMatrixBuilder(column);
    this.itemRow = new Float64Array(this.scoredItems.length);
    this.scoreRow = new Float64Array(column);
  }

  /** Adds one person's result (scored against this questionnaire); returns their row index. */
  add(result: ScoredPerson): number {
    this.itemRow.fill(NaN);
    for (const item of result.items) {
      const column = this.itemColumn.get(item.id);
      if (column !== undefined && item.keyed !== null) this.itemRow[column] = item.keyed;
    }
    this.scoreRow.fill(NaN);
    const setScore = (group: GroupResult) => {
      const at = this.groupOf.get(group.id);
      if (!at || group.score === null) return;
      this.scoreRow[at.column] = group.score;
      const band = group.band === null ? -1 : this.bandIds.indexOf(group.band);
      if (band >= 0) this.scoreRow[at.column + 1] = band;
    };
    for (const theme of result.themes) {
      setScore(theme);
      theme.facets.forEach(setScore);
    }
    this.items.addRow(this.itemRow);
    return this.scores.addRow(this.scoreRow);
  }

  get size(): number {
    return this.items.size;
  }

  /** Column of a scored item in `keyedItems()`. */
  columnOf(itemId: string): number {
    const column = this.itemColumn.get(itemId);
    if (column === undefined) throw new RangeError(`no scored item "${itemId}"`);
    return column;
  }

  /** A theme's or facet's score columns. */
  group(id: string): ScoreGroup {
    const group = this.groupOf.get(id);
    if (!group) throw new RangeError(`no theme or facet "${id}"`);
    return group;
  }

  /** Keyed item values (NaN = skipped), a row per respondent. */
  keyedItems(): ItemMatrix {
    return this.items.build();
  }

  /** Theme and facet scores and band indices (NaN = none), a row per respondent. */
  groupScores(): ItemMatrix {
    return this.scores.build();
  }
}
