import type { RaterRole } from '../answers/roles.js';
import { dictionary } from '../dictionary.js';
import { firstProblems, type Problem } from '../problem.js';
import type { Questionnaire, Scale } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import type { ColumnRole, WellKnown } from './columns.js';
import { headerKey } from './header-key.js';
import { textKey } from '../text-key.js';

/**
 * An export map (`--map FILE`): what a survey export's columns hold and what its coded cells
 * mean, for exports whose headers and values syslead cannot guess (LimeSurvey codes, Qualtrics
 * export tags and recodes, REDCap raw, a 0-based coding).
 */

export interface Place {
  line: number;
  column: number;
}

/** What a column of the map holds, before it is looked up in a questionnaire. */
export type MapTarget = { kind: 'item'; id: string } | { kind: 'importance'; themeId: string } | { kind: WellKnown } | { kind: 'attribute'; name: string } | { kind: 'ignored' };

export interface MappedColumn {
  header: string;
  target: MapTarget;
  /** Where the header is written in the map, and what it maps to. */
  at: Place;
  targetAt: Place;
}

/** What a mapped value reads as: a point, null (not answered), or one of the scale's not-observed answers by its text. */
export type MappedPoint = number | string | null;

export interface MappedValue {
  text: string;
  point: MappedPoint;
  at: Place;
}

/** Values by textKey. */
export type ValueTable = Map<string, MappedValue>;

export interface NamedTable {
  values: ValueTable;
  at: Place;
}

export interface ExportMap {
  file: string;
  questionnaire?: { id: string; at: Place };
  /** By headerKey of the header. */
  columns: Map<string, MappedColumn>;
  values: ValueTable;
  scales: Map<string, NamedTable>;
  items: Map<string, NamedTable>;
  /** By headerKey of the value. */
  roles: Map<string, { role: RaterRole; at: Place }>;
  /** By headerKey of the value: the person a coded subject cell names. */
  subjects: Map<string, { name: string; at: Place }>;
}

/** What a column may be mapped to, as messages list it. */
export const TARGETS = 'an item id, importance:THEME, respondent, subject, role, started, completed, attribute:NAME or ignore';
export interface ExportMapping {
  /** What the map says a column with this header holds, if it names it. */
  column(header: string): ColumnRole | undefined;
  /** The values (by textKey) read before the scale's own for a scored item's or an importance column, if any. */
  values(column: ColumnRole): ReadonlyMap<string, MappedPoint> | undefined;
  /** The role a value of the role column means, if the map names it. */
  role(text: string): RaterRole | undefined;
  /** The person a value of the subject column names, if the map names one (a raw export's choice code). */
  subject(text: string): string | undefined;
  /** Warnings for the columns the map names that the export's header does not have. */
  absentColumns(header: readonly string[], exportFile: string): Problem[];
}

/**
 * The map looked up in a questionnaire: an item, theme or scale it does not have is an error, and
 * so is a value mapped to a point off the scale it is read on; each at its place in the map.
 */
export function resolveExportMap(map: ExportMap, q: Questionnaire): { mapping: ExportMapping; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (at: Place, message: string) => problems.push({ file: map.file, ...at, severity: 'error', message: safeText(message) });
  const quoted = (id: string) => JSON.stringify(id);
  if (map.questionnaire && map.questionnaire.id !== q.id) error(map.questionnaire.at, `the map is for questionnaire ${quoted(map.questionnaire.id)}, but the export is read against ${quoted(q.id)}`);

  const columns = new Map<string, ColumnRole>();
  for (const [key, { target, targetAt }] of map.columns) {
    const role = columnRole(target, q);
    if (typeof role === 'string') error(targetAt, role);
    else columns.set(key, role);
  }

  const scored = q.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
  const scalesUsed = new Set<Scale>(scored.map((item) => item.scale));
  if (q.importance) scalesUsed.add(q.importance.scale);
  const checkPoints = (table: ValueTable, scales: Iterable<Scale>) => {
    for (const { text, point, at } of table.values()) {
      if (point === null) continue;
      if (typeof point === 'string') {
        const without = [...scales].find((scale) => !scale.notApplicable.some((answer) => textKey(answer) === textKey(point)));
        if (without)
          error(
            at,
            `${quoted(text)} is mapped to ${quoted(point)}, which is not a "not observed" answer of the scale ${quoted(without.id)}${without.notApplicable.length ? ` (${without.notApplicable.map(quoted).join(', ')})` : ', which has none'}`,
          );
        continue;
      }
      const off = [...scales].find((scale) => point < scale.min || point > scale.max);
      if (off) error(at, `${quoted(text)} is mapped to ${point}, off the scale ${quoted(off.id)} (${off.min} to ${off.max})`);
    }
  };
  checkPoints(map.values, scalesUsed);
  for (const [id, { values, at }] of map.scales) {
    const scale = q.scales[id];
    if (scale) checkPoints(values, [scale]);
    else error(at, `questionnaire ${quoted(q.id)} has no scale ${quoted(id)}: its scales are ${Object.keys(q.scales).join(', ')}`);
  }
  for (const [id, { values, at }] of map.items) {
    const item = q.items.find((it) => it.id === id);
    if (!item) error(at, `questionnaire ${quoted(q.id)} has no item ${quoted(id)}`);
    else if (item.kind !== 'likert') error(at, `item ${quoted(id)} is a free-text item: it has no scale to map values to`);
    else checkPoints(values, [item.scale]);
  }

  // One merged table per scale, and per item with values of its own, so readers can be shared.
  const points = (table: ValueTable) => [...table].map(([key, { point }]) => [key, point] as const);
  const byScale = new Map<Scale, ReadonlyMap<string, MappedPoint>>();
  const scaleValues = (scale: Scale) => {
    let table = byScale.get(scale);
    if (!table) {
      table = new Map([...points(map.values), ...points(map.scales.get(scale.id)?.values ?? new Map())]);
      byScale.set(scale, table);
    }
    return table;
  };
  const byItem = dictionary<ReadonlyMap<string, MappedPoint>>();
  for (const item of scored) {
    const own = map.items.get(item.id);
    if (own) byItem[item.id] = new Map([...scaleValues(item.scale), ...points(own.values)]);
  }
  const nonEmpty = (table: ReadonlyMap<string, MappedPoint>) => (table.size > 0 ? table : undefined);

  const mapping: ExportMapping = {
    column: (header) => columns.get(headerKey(header)),
    values(column) {
      if (column.kind === 'importance') return q.importance ? nonEmpty(scaleValues(q.importance.scale)) : undefined;
      if (column.kind !== 'item' || column.item.kind !== 'likert') return undefined;
      return nonEmpty(byItem[column.item.id] ?? scaleValues(column.item.scale));
    },
    role: (text) => map.roles.get(headerKey(text))?.role,
    subject: (text) => map.subjects.get(headerKey(text))?.name,
    absentColumns(header, exportFile) {
      const present = new Set(header.map(headerKey));
      return [...map.columns]
        .filter(([key]) => !present.has(key))
        .map(([, { header: missing, at }]) => ({
          file: map.file,
          ...at,
          severity: 'warning' as const,
          message: safeText(`column ${JSON.stringify(missing)} is not in the header of ${exportFile}: nothing is read for it`),
        }));
    },
  };
  return { mapping, problems: firstProblems(problems) };
}

/** A map's target in the questionnaire, or why it is not in it. */
function columnRole(target: MapTarget, q: Questionnaire): ColumnRole | string {
  if (target.kind === 'item') {
    const item = q.items.find((it) => it.id === target.id);
    return item ? { kind: 'item', item } : `questionnaire ${JSON.stringify(q.id)} has no item ${JSON.stringify(target.id)}: a column maps to ${TARGETS}`;
  }
  if (target.kind === 'importance') {
    if (!q.importance) return `questionnaire ${JSON.stringify(q.id)} asks no importance: "importance:${target.themeId}" has no answers to hold`;
    if (!q.themes.some((t) => t.id === target.themeId)) return `questionnaire ${JSON.stringify(q.id)} has no theme ${JSON.stringify(target.themeId)}: its themes are ${q.themes.map((t) => t.id).join(', ')}`;
  }
  return target;
}
