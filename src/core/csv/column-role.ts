import type { Item } from '../questionnaire/model.js';
import type { FinishedBy } from './finished-column.js';
import type { WellKnown } from './well-known.js';

/** What a CSV column holds. */
export type ColumnRole =
  | { kind: 'item'; item: Item }
  | { kind: 'importance'; themeId: string }
  | { kind: WellKnown }
  /** One part of the respondent's name, kept as the attribute `name` too. */
  | { kind: 'name-part'; part: 'first' | 'last'; name: string }
  /** Whether the response is finished (see FinishedBy). */
  | { kind: 'finished'; by: FinishedBy }
  | { kind: 'attribute'; name: string }
  | { kind: 'ignored' };
