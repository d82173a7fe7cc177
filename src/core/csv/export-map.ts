import type { RaterRole } from '../answers/roles.js';
import { dictionary } from '../dictionary.js';
import { firstProblems, hasErrors, type Problem } from '../problem.js';
import type { Questionnaire, Scale } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import { textKey } from '../text-key.js';
import { parseYamlSource, type Path, type YamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import type { ColumnRole, WellKnown } from './columns.js';
import { exportMapSchema, type ExportMapDoc } from './export-map-schema.js';
import { headerKey } from './header-key.js';

/**
 * An export map (`--map FILE`): what a survey export's columns hold and what its coded cells
 * mean, for exports whose headers and values syslead cannot guess (LimeSurvey codes, Qualtrics
 * export tags and recodes, REDCap raw, a 0-based coding).
 */

interface Place {
  line: number;
  column: number;
}

/** What a column of the map holds, before it is looked up in a questionnaire. */
type MapTarget = { kind: 'item'; id: string } | { kind: 'importance'; themeId: string } | { kind: WellKnown } | { kind: 'attribute'; name: string } | { kind: 'ignored' };

interface MappedColumn {
  header: string;
  target: MapTarget;
  /** Where the header is written in the map, and what it maps to. */
  at: Place;
  targetAt: Place;
}

interface MappedValue {
  text: string;
  point: number | null;
  at: Place;
}

/** Values by textKey. */
type ValueTable = Map<string, MappedValue>;

interface NamedTable {
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
}

const WELL_KNOWN: readonly WellKnown[] = ['respondent', 'subject', 'role', 'started', 'completed'];
const TARGETS = 'an item id, importance:THEME, respondent, subject, role, started, completed, attribute:NAME or ignore';

/**
 * Parses and checks an export map's YAML on its own (what it maps to in a questionnaire is
 * checked by resolveExportMap); every problem carries its line and column.
 */
export function parseExportMap(text: string, file: string): { map?: ExportMap; problems: Problem[] } {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.problems)) return { problems: source.problems };
  if (source.value == null) return { problems: [{ file, line: 1, column: 1, severity: 'error', message: 'the map is empty: expected columns:, values:, scales:, items: or roles:' }] };
  const parsed = exportMapSchema.safeParse(source.value);
  if (!parsed.success) return { problems: firstProblems([...source.problems, ...zodProblems(exportMapSchema, parsed.error.issues, source, file)]) };
  const problems = [...source.problems];
  const map = buildMap(parsed.data, source, file, problems);
  return hasErrors(problems) ? { problems: firstProblems(problems) } : { map, problems };
}

function buildMap(doc: ExportMapDoc, source: YamlSource, file: string, problems: Problem[]): ExportMap {
  const place = (path: Path, atKey = false): Place => {
    const { line, column } = source.locate(path, atKey);
    return { line, column };
  };
  const error = (at: Place, message: string) => problems.push({ file, ...at, severity: 'error', message: safeText(message) });
  /** Keys that fold to one key: the later one is an error naming the earlier one's line. */
  const keyed = <T extends { at: Place }>(section: string, entries: [string, (at: Place) => T | undefined][], fold: (text: string) => string, what: string): Map<string, T> => {
    const table = new Map<string, T>();
    for (const [text, make] of entries) {
      const at = place([section, text], true);
      const key = fold(text);
      if (key === '') {
        error(at, `${what} ${JSON.stringify(text)} has no letters or digits to match`);
        continue;
      }
      const earlier = table.get(key);
      if (earlier) {
        error(at, `${what} ${JSON.stringify(text)} is mapped already on line ${earlier.at.line} (case, spacing and punctuation do not count)`);
        continue;
      }
      const entry = make(at);
      if (entry) table.set(key, entry);
    }
    return table;
  };
  const valueTable = (path: Path, values: Record<string, number | null>): ValueTable => {
    const section = path.map(String);
    const table = new Map<string, MappedValue>();
    for (const [text, mapped] of Object.entries(values)) {
      const at = place([...section, text], true);
      const key = textKey(text);
      const earlier = table.get(key);
      if (key === '') error(at, 'an empty value is always read as not answered: it cannot be mapped');
      else if (earlier) error(at, `value ${JSON.stringify(text)} is mapped already on line ${earlier.at.line} (case and spacing do not count)`);
      else table.set(key, { text, point: mapped, at });
    }
    return table;
  };
  const tables = (section: 'scales' | 'items', entries: Record<string, Record<string, number | null>>) =>
    keyed<NamedTable>(
      section,
      Object.entries(entries).map(([id, values]) => [id, (at) => ({ values: valueTable([section, id], values), at })]),
      (id) => id.trim().toLowerCase(),
      section === 'scales' ? 'scale' : 'item',
    );

  const columns = keyed(
    'columns',
    Object.entries(doc.columns ?? {}).map(([header, written]) => [
      header,
      (at) => {
        const targetAt = place(['columns', header]);
        const target = parseTarget(written);
        if (typeof target === 'string') {
          error(targetAt, target);
          return undefined;
        }
        return { header, target, at, targetAt };
      },
    ]),
    headerKey,
    'column',
  );
  const roles = keyed(
    'roles',
    Object.entries(doc.roles ?? {}).map(([text, role]) => [text, (at) => ({ role, at })]),
    headerKey,
    'role value',
  );
  return {
    file,
    ...(doc.questionnaire === undefined ? {} : { questionnaire: { id: doc.questionnaire, at: place(['questionnaire']) } }),
    columns,
    values: valueTable(['values'], doc.values ?? {}),
    scales: tables('scales', doc.scales ?? {}),
    items: tables('items', doc.items ?? {}),
    roles,
  };
}

/** A column's target as written: "sv1", "item:sv1", "importance:outcomes", "role", "attribute:team", "ignore". */
function parseTarget(written: string): MapTarget | string {
  const text = written.trim();
  const lower = text.toLowerCase();
  if (lower === 'ignore') return { kind: 'ignored' };
  const wellKnown = WELL_KNOWN.find((k) => k === lower);
  if (wellKnown) return { kind: wellKnown };
  const prefixed = /^(item|importance|attribute)\s*:\s*(.*)$/i.exec(text);
  if (!prefixed) return /^[a-z0-9_-]+$/i.test(text) ? { kind: 'item', id: lower } : `${JSON.stringify(text)} is not a column's content: use ${TARGETS}`;
  const kind = prefixed[1]!.toLowerCase();
  const name = prefixed[2]!.trim();
  if (name === '') return `"${kind}:" needs a name after the colon`;
  if (kind === 'attribute') return { kind: 'attribute', name };
  return kind === 'item' ? { kind: 'item', id: name.toLowerCase() } : { kind: 'importance', themeId: name.toLowerCase() };
}

/** What a map means for one questionnaire: how columns are matched, and cells and roles read. */
export interface ExportMapping {
  /** What the map says a column with this header holds, if it names it. */
  column(header: string): ColumnRole | undefined;
  /** The values (by textKey) read before the scale's own for a scored item's or an importance column, if any. */
  values(column: ColumnRole): ReadonlyMap<string, number | null> | undefined;
  /** The role a value of the role column means, if the map names it. */
  role(text: string): RaterRole | undefined;
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
  const byScale = new Map<Scale, ReadonlyMap<string, number | null>>();
  const scaleValues = (scale: Scale) => {
    let table = byScale.get(scale);
    if (!table) {
      table = new Map([...points(map.values), ...points(map.scales.get(scale.id)?.values ?? new Map())]);
      byScale.set(scale, table);
    }
    return table;
  };
  const byItem = dictionary<ReadonlyMap<string, number | null>>();
  for (const item of scored) {
    const own = map.items.get(item.id);
    if (own) byItem[item.id] = new Map([...scaleValues(item.scale), ...points(own.values)]);
  }
  const nonEmpty = (table: ReadonlyMap<string, number | null>) => (table.size > 0 ? table : undefined);

  const mapping: ExportMapping = {
    column: (header) => columns.get(headerKey(header)),
    values(column) {
      if (column.kind === 'importance') return q.importance ? nonEmpty(scaleValues(q.importance.scale)) : undefined;
      if (column.kind !== 'item' || column.item.kind !== 'likert') return undefined;
      return nonEmpty(byItem[column.item.id] ?? scaleValues(column.item.scale));
    },
    role: (text) => map.roles.get(headerKey(text))?.role,
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
