import type { Questionnaire, ScoredItem } from '../../../src/core/questionnaire/model.js';
import { ItemMatrixBuilder, type ItemMatrix } from './matrix.js';

/** Where a theme's or facet's score lives among the score columns. */
export interface CohortSection {
  id: string;
  title: string;
  /** Column of the person scores; the band index is in the next column. */
  column: number;
  items: readonly ScoredItem[];
}

interface SectionResult {
  id: string;
  score: number | null;
  band: string | null;
}

/** The parts of a person's scored result (a PersonResult from scoreAnswers) that cohort statistics use. */
export interface ScoredPerson {
  items: readonly { id: string; keyed: number | null }[];
  themes: readonly (SectionResult & { facets: readonly SectionResult[] })[];
}

/**
 * The scores of a cohort's respondents to one questionnaire, kept compactly for statistics: the
 * keyed value of every scored item (a row per respondent, a column per item, in questionnaire
 * order) and every theme and facet score with its band. Every row is kept, so `syslead report`
 * folds its rows into a CohortTally instead; this row-by-row computation (row-statistics/*) is
 * what the tests check the tallies against, beside R's figures.
 */
export class CohortScores {
  readonly questionnaire: Questionnaire;
  readonly scoredItems: readonly ScoredItem[];
  readonly bandIds: readonly string[];
  private readonly bandIndex: Map<string, number>;
  /** Scored item ids in questionnaire order: item i is column i. */
  private readonly itemOrder: string[];
  /** Theme and facet ids in questionnaire order (a theme, then its facets): section i has columns 2i, 2i+1. */
  private readonly sectionOrder: string[] = [];
  private readonly itemColumn = new Map<string, number>();
  private readonly sectionOf = new Map<string, CohortSection>();
  private readonly items: ItemMatrixBuilder;
  private readonly scores: ItemMatrixBuilder;
  private readonly itemRow: Float64Array;
  private readonly scoreRow: Float64Array;

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    this.scoredItems = questionnaire.themes.flatMap((t) => t.scoredItems);
    this.itemOrder = this.scoredItems.map((item) => item.id);
    this.itemOrder.forEach((id, column) => this.itemColumn.set(id, column));
    this.bandIds = questionnaire.bands.map((b) => b.id);
    this.bandIndex = new Map(this.bandIds.map((id, index) => [id, index]));
    let column = 0;
    for (const theme of questionnaire.themes) {
      for (const section of [theme, ...theme.facets]) {
        this.sectionOf.set(section.id, { id: section.id, title: section.title, column, items: section.scoredItems });
        this.sectionOrder.push(section.id);
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
    const itemRow = this.itemRow.fill(NaN);
    const { items } = result;
    for (let position = 0; position < items.length; position++) {
      const item = items[position]!;
      // Results list items in questionnaire order, so the position is checked before any lookup.
      const column = this.itemOrder[position] === item.id ? position : this.itemColumn.get(item.id);
      if (column !== undefined && item.keyed !== null) itemRow[column] = item.keyed;
    }
    const scoreRow = this.scoreRow.fill(NaN);
    let position = 0;
    for (const theme of result.themes) {
      this.setScore(scoreRow, theme, position++);
      for (const facet of theme.facets) this.setScore(scoreRow, facet, position++);
    }
    return this.addRow(itemRow, scoreRow);
  }

  /**
   * Adds one person as numbers: keyed item values in questionnaire order (NaN = skipped) and, per
   * theme and facet in questionnaire order (a theme, then its facets), the score and the band's
   * index (NaN = none), as RowScorer writes them. Returns their row index.
   */
  addRow(keyedItems: Float64Array, scores: Float64Array): number {
    this.items.addRow(keyedItems);
    return this.scores.addRow(scores);
  }

  /** Records a theme's or facet's score and band; `position` is where it comes in questionnaire order. */
  private setScore(scoreRow: Float64Array, section: SectionResult, position: number): void {
    if (section.score === null) return;
    const column = this.sectionOrder[position] === section.id ? 2 * position : this.sectionOf.get(section.id)?.column;
    if (column === undefined) return;
    scoreRow[column] = section.score;
    const band = section.band === null ? undefined : this.bandIndex.get(section.band);
    if (band !== undefined) scoreRow[column + 1] = band;
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
  section(id: string): CohortSection {
    const section = this.sectionOf.get(id);
    if (!section) throw new RangeError(`no theme or facet "${id}"`);
    return section;
  }

  /** Keyed item values (NaN = skipped), a row per respondent. */
  keyedItems(): ItemMatrix {
    return this.items.build();
  }

  /** Theme and facet scores and band indices (NaN = none), a row per respondent. */
  sectionScores(): ItemMatrix {
    return this.scores.build();
  }
}
