import { firstProblems, hasErrors, type Problem } from '../problem.js';
import type { MessageKey } from '../i18n/en.js';
import { say } from '../i18n/voice.js';
import { safeText } from '../safe-text.js';
import { textKey } from '../text-key.js';
import { parseYamlSource, type Path, type YamlSource } from '../yaml-source.js';
import { zodProblems } from '../zod-problems.js';
import type { WellKnown } from './columns.js';
import { exportMapSchema, type ExportMapDoc } from './export-map-schema.js';
import { headerKey } from './header-key.js';
import type { ExportMap, MappedPoint, MapTarget, MappedValue, NamedTable, Place, ValueTable } from './export-map.js';

/** Parsing an export map's YAML, apart from export-map.ts so that reading an export with a map loaded loads neither yaml nor zod. */

const WELL_KNOWN: readonly WellKnown[] = ['respondent', 'subject', 'role', 'started', 'completed'];

/**
 * Parses and checks an export map's YAML on its own (what it maps to in a questionnaire is
 * checked by resolveExportMap); every problem carries its line and column.
 */
export function parseExportMap(text: string, file: string): { map?: ExportMap; problems: Problem[] } {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.problems)) return { problems: source.problems };
  if (source.value == null) return { problems: [{ file, line: 1, column: 1, severity: 'error', message: say('inputs.map.empty') }] };
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
  const keyed = <T extends { at: Place }>(section: string, entries: [string, (at: Place) => T | undefined][], fold: (text: string) => string, what: MessageKey): Map<string, T> => {
    const table = new Map<string, T>();
    for (const [text, make] of entries) {
      const at = place([section, text], true);
      const key = fold(text);
      if (key === '') {
        error(at, say('inputs.map.noLetters', { what: say(what), text: JSON.stringify(text) }));
        continue;
      }
      const earlier = table.get(key);
      if (earlier) {
        error(at, say('inputs.map.keyAgain', { what: say(what), text: JSON.stringify(text), line: String(earlier.at.line) }));
        continue;
      }
      const entry = make(at);
      if (entry) table.set(key, entry);
    }
    return table;
  };
  const valueTable = (path: Path, values: Record<string, MappedPoint>): ValueTable => {
    const section = path.map(String);
    const table = new Map<string, MappedValue>();
    for (const [text, mapped] of Object.entries(values)) {
      const at = place([...section, text], true);
      const key = textKey(text);
      const earlier = table.get(key);
      if (key === '') error(at, say('inputs.map.emptyValue'));
      else if (earlier) error(at, say('inputs.map.valueAgain', { text: JSON.stringify(text), line: String(earlier.at.line) }));
      else table.set(key, { text, point: mapped, at });
    }
    return table;
  };
  const tables = (section: 'scales' | 'items', entries: Record<string, Record<string, MappedPoint>>) =>
    keyed<NamedTable>(
      section,
      Object.entries(entries).map(([id, values]) => [id, (at) => ({ values: valueTable([section, id], values), at })]),
      (id) => id.trim().toLowerCase(),
      section === 'scales' ? 'inputs.map.what.scale' : 'inputs.map.what.item',
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
    'inputs.map.what.column',
  );
  const roles = keyed(
    'roles',
    Object.entries(doc.roles ?? {}).map(([text, role]) => [text, (at) => ({ role, at })]),
    headerKey,
    'inputs.map.what.roleValue',
  );
  const subjects = keyed(
    'subjects',
    Object.entries(doc.subjects ?? {}).map(([text, name]) => [text, (at) => ({ name, at })]),
    headerKey,
    'inputs.map.what.subjectValue',
  );
  return {
    file,
    ...(doc.questionnaire === undefined ? {} : { questionnaire: { id: doc.questionnaire, at: place(['questionnaire']) } }),
    columns,
    values: valueTable(['values'], doc.values ?? {}),
    scales: tables('scales', doc.scales ?? {}),
    items: tables('items', doc.items ?? {}),
    roles,
    subjects,
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
  if (!prefixed) return /^[a-z0-9_-]+$/i.test(text) ? { kind: 'item', id: lower } : say('inputs.map.notATarget', { text: JSON.stringify(text), targets: say('inputs.map.targets') });
  const kind = prefixed[1]!.toLowerCase();
  const name = prefixed[2]!.trim();
  if (name === '') return say('inputs.map.needsName', { kind });
  if (kind === 'attribute') return { kind: 'attribute', name };
  return kind === 'item' ? { kind: 'item', id: name.toLowerCase() } : { kind: 'importance', themeId: name.toLowerCase() };
}

/** What a map means for one questionnaire: how columns are matched, and cells and roles read. */
