import type { RaterRole } from '../answers/roles.js';
import { dictionary } from '../dictionary.js';
import { firstProblems, type Problem } from '../problem.js';
import type { Questionnaire, Scale } from '../questionnaire/model.js';
import { say } from '../i18n/voice.js';
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
  if (map.questionnaire && map.questionnaire.id !== q.id) error(map.questionnaire.at, say('inputs.map.otherQuestionnaire', { map: quoted(map.questionnaire.id), questionnaire: quoted(q.id) }));

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
        if (without) {
          const answers = without.notApplicable.length ? ` (${without.notApplicable.map(quoted).join(', ')})` : say('inputs.map.whichHasNone');
          error(at, say('inputs.map.notNotObserved', { text: quoted(text), point: quoted(point), scale: quoted(without.id), answers }));
        }
        continue;
      }
      const off = [...scales].find((scale) => point < scale.min || point > scale.max);
      if (off) error(at, say('inputs.map.offScale', { text: quoted(text), point: String(point), scale: quoted(off.id), min: String(off.min), max: String(off.max) }));
    }
  };
  checkPoints(map.values, scalesUsed);
  for (const [id, { values, at }] of map.scales) {
    const scale = q.scales[id];
    if (scale) checkPoints(values, [scale]);
    else error(at, say('inputs.map.noScale', { questionnaire: quoted(q.id), scale: quoted(id), scales: Object.keys(q.scales).join(', ') }));
  }
  for (const [id, { values, at }] of map.items) {
    const item = q.items.find((it) => it.id === id);
    if (!item) error(at, say('inputs.map.noItem', { questionnaire: quoted(q.id), item: quoted(id) }));
    else if (item.kind !== 'likert') error(at, say('inputs.map.textItem', { item: quoted(id) }));
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
          message: safeText(say('inputs.map.absentColumn', { header: JSON.stringify(missing), file: exportFile })),
        }));
    },
  };
  return { mapping, problems: firstProblems(problems) };
}

/** A map's target in the questionnaire, or why it is not in it. */
function columnRole(target: MapTarget, q: Questionnaire): ColumnRole | string {
  if (target.kind === 'item') {
    const item = q.items.find((it) => it.id === target.id);
    return item ? { kind: 'item', item } : say('inputs.map.noItemTarget', { questionnaire: JSON.stringify(q.id), item: JSON.stringify(target.id), targets: say('inputs.map.targets') });
  }
  if (target.kind === 'importance') {
    if (!q.importance) return say('inputs.map.noImportance', { questionnaire: JSON.stringify(q.id), theme: target.themeId });
    if (!q.themes.some((t) => t.id === target.themeId)) return say('inputs.map.noTheme', { questionnaire: JSON.stringify(q.id), theme: JSON.stringify(target.themeId), themes: q.themes.map((t) => t.id).join(', ') });
  }
  return target;
}
