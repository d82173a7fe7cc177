import { isAlias, isMap, isNode, isScalar, isSeq, Lexer, LineCounter, parseDocument, Parser, visit, type Document, type Node, type Pair, type YAMLError, type YAMLMap } from 'yaml';
import type { Problem } from './problem.js';
import { placeAt } from './line-start.js';
import { LIMITS } from './yaml-limits.js';
import { plainError, plainYamlErrors, type PlainYamlError } from './yaml-messages.js';
import { say } from './i18n/voice.js';

export type Path = readonly PropertyKey[];

export interface YamlSource {
  /** The parsed value, or undefined when the text could not be parsed (it is there despite duplicate keys). */
  value: unknown;
  problems: Problem[];
  /**
   * The lines each syntax error may have made the parser misread: from where its cause is said to
   * be (an unclosed quote's start) to where the parser noticed it (the end of the file).
   */
  misread: { from: number; to: number }[];
  /** The line and column of the node at `path` (its key with `atKey`), or of its nearest existing ancestor. */
  locate(path: Path, atKey?: boolean): { line: number; column: number; found: boolean };
}

/**
 * Parses YAML (or JSON, which YAML reads too) keeping positions, so later checks can point at the
 * offending node. Refuses oversized input, deep nesting and alias bombs before they cost time.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const at = (line: number, column: number, message: string): Problem => ({ file, line, column, severity: 'error', message });
  const failed = (problem: Problem): YamlSource => ({ value: undefined, problems: [problem], misread: [], locate: () => ({ line: 1, column: 1, found: false }) });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.maxBytes) {
    return failed(at(1, 1, say('authoring.source.tooLarge', { size: (bytes / 1024 / 1024).toFixed(1), limit: String(LIMITS.maxBytes / 1024 / 1024) })));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tooDeep = findExcessiveNesting(`\n${text}`);
  if (tooDeep) return failed(at(tooDeep.line, tooDeep.column, say('authoring.source.tooDeep', { count: LIMITS.maxDepth })));

  const lineCounter = new LineCounter();
  // yaml's own check for duplicate keys compares each key with every key before it, which takes
  // minutes for a mapping of 100,000 keys; duplicateKeys does the same check in linear time.
  let doc: Document;
  // yaml makes an Error of each syntax error, and a file of quotes can hold 500,000: their stacks,
  // never shown, took seconds and hundreds of megabytes.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // yaml's parser recursed past the stack: see runawayNesting.
    const offset = runawayNesting(text);
    const { line, column } = placeAt(text, offset);
    return failed(at(line, column, say('authoring.source.tooDeep', { count: LIMITS.maxDepth })));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  const misread: { from: number; to: number }[] = [];
  // Each error put in words once: plainYamlErrors and the misread lines below both want it, and it reads the line.
  const plain = new Map<YAMLError, PlainYamlError>();
  const plainOf = (e: YAMLError) => {
    let words = plain.get(e);
    if (words === undefined) {
      words = plainError(doc, text, e);
      plain.set(e, words);
    }
    return words;
  };
  for (const e of plainYamlErrors(doc, text, (offset) => pos(offset).line, plainOf)) {
    const { line, column } = pos(e.offset);
    problems.push(at(line, column, e.message));
  }
  // Where an error is best pointed at is found for the first on each line only: a run of 30,000
  // quotes has an error at each, and finding it reads the line. Those after the first add their
  // own line to what is misread, which the first has added already.
  const pointed = new Set<number>();
  for (const e of doc.errors) {
    const own = pos(e.pos[0]).line;
    const lines = pointed.has(own) ? [own] : [own, pos(plainOf(e).offset).line];
    pointed.add(own);
    // Everything after a second document's "---" belongs to it, not to the questionnaire.
    if (e.code === 'MULTIPLE_DOCS') lines.push(pos(text.length).line);
    misread.push({ from: Math.min(...lines), to: Math.max(...lines) });
  }
  // In a file with syntax errors, the keys are counted in what can be read (see readablePart).
  for (const { offset, key } of doc.errors.length ? [] : duplicateKeys(doc)) {
    const { line, column } = pos(offset);
    problems.push(at(line, column, key === undefined ? say('authoring.source.duplicateThisKey') : say('authoring.source.duplicateKey', { key: String(key) })));
  }
  for (const w of doc.warnings) {
    const { line, column } = pos(w.pos[0]);
    problems.push({ ...at(line, column, plainError(doc, text, w).message), severity: 'warning' });
  }

  // A duplicate key does not stop the reading: the value is built, so that the file's other
  // problems are found in the same pass (its readers report the duplicate and take no value).
  let readable = doc.errors.length === 0;
  const refuse = (offset: number, message: string) => {
    problems.push(at(pos(offset).line, pos(offset).column, message));
    readable = false;
  };
  if (readable) for (const bad of badAliases(doc)) refuse(bad.offset, bad.message);
  if (readable) {
    const swollen = aliasExpansion(doc);
    if (swollen) refuse(swollen.offset, swollen.message);
  }
  let value: unknown;
  const protoKeys: Path[] = [];
  if (readable) {
    try {
      value = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
    } catch (e) {
      // Unresolved and cyclic aliases are refused above: yaml throws only for an "alias bomb".
      const message = e instanceof Error && /alias/i.test(e.message) ? say('authoring.source.aliasBomb', { message: e.message }) : String(e);
      problems.push(at(1, 1, message));
    }
    findProtoKeys(value, [], protoKeys);
  }

  // Each mapping's pairs by key, built when first searched: a file with 20,000 problems in one
  // mapping is then located in linear time, not by a scan of the mapping per problem.
  const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairAt = (map: YAMLMap, segment: PropertyKey): Pair | undefined => {
    let pairs = pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items as Pair[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && !pairs.has(key)) pairs.set(key, pair);
      }
      pairsByKey.set(map, pairs);
    }
    return pairs.get(String(segment));
  };

  const locate = (path: Path, atKey = false) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best: Node | null | undefined = node;
    let keyNode: Node | undefined;
    let found = true;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = pairAt(node as YAMLMap, segment);
        if (!pair) {
          found = false;
          break;
        }
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
        best = node?.range ? node : keyNode;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment] as Node | null | undefined;
        if (!node) {
          found = false;
          break;
        }
        best = node;
      } else {
        found = false;
        break;
      }
    }
    const target = atKey && found && keyNode?.range ? keyNode : best;
    const offset = target?.range?.[0] ?? 0;
    return { ...pos(offset), found };
  };

  // JavaScript treats "__proto__" specially and validators drop it silently; refuse it as a name instead.
  for (const path of protoKeys) {
    const { line, column } = locate(path, true);
    problems.push(at(line, column, say('authoring.source.proto')));
  }
  return { value: protoKeys.length ? undefined : value, problems, misread, locate };
}

/**
 * Aliases that name no earlier anchor, and aliases inside the node their anchor is on
 * (`&a {team: *a}`): yaml turns the latter into a value that contains itself, which every walk
 * over the value (ours, the validators', JSON output) would follow forever. A cycle always passes
 * through such an alias, since an alias can only name an anchor that comes before it.
 */
function badAliases(doc: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  // One walk in document order: an alias names the latest anchor before it, so the anchors met so
  // far are all it can name (yaml's own Alias.resolve searches the whole document for each alias,
  // which takes minutes for a file of 200,000 aliases).
  const anchors = new Map<string, Node>();
  let aliases = 0;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (++aliases > LIMITS.maxAliases) {
        found.push({ offset, message: say('authoring.source.tooManyAliases', { count: LIMITS.maxAliases }) });
        return visit.BREAK;
      }
      const target = anchors.get(node.source);
      if (!target) found.push({ offset, message: say('authoring.source.unknownAnchor', { anchor: node.source }) });
      else if (path.includes(target)) found.push({ offset, message: say('authoring.source.aliasCycle', { anchor: node.source }) });
    } else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    return undefined;
  });
  return found;
}

/**
 * The alias at which the value, with every alias replaced by a copy of its anchored node, grows
 * past LIMITS.maxExpandedNodes (and past the size as written): 99 aliases of one list of 8,000
 * items are 800,000 values that toJS would build, enough to exhaust the heap. Each anchored
 * node's size is counted once and reused, so this takes time in proportion to the file as written.
 * Runs only after badAliases, so every alias names an earlier anchor outside itself.
 */
function aliasExpansion(doc: Document): { offset: number; message: string } | undefined {
  const sizes = new Map<Node, number>();
  const anchors = new Map<string, Node>();
  let written = 0;
  let expanded = 0;
  let crossing: Node | undefined;
  const limit = () => Math.max(LIMITS.maxExpandedNodes, written);
  const size = (node: unknown): number => {
    if (!isNode(node)) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const copied = target ? (sizes.get(target) ?? 0) : 0;
      written++;
      expanded += copied;
      if (!crossing && expanded > LIMITS.maxExpandedNodes) crossing = node;
      return copied;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    written++;
    expanded++;
    let total = 1;
    if (isMap(node)) for (const pair of node.items) total += size(pair.key) + size(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += size(item);
    sizes.set(node, total);
    return total;
  };
  size(doc.contents);
  if (!crossing || expanded <= limit()) return undefined;
  const times = Math.round(expanded / Math.max(written, 1));
  return {
    offset: crossing.range?.[0] ?? 0,
    message: say('authoring.source.aliasExpansion', { times, expanded, written, limit: LIMITS.maxExpandedNodes }),
  };
}

/**
 * Where each key that repeats an earlier key of its mapping starts. Keys are equal as yaml's
 * uniqueKeys option has them: scalars with the same value (1 and "1" differ), other keys only when
 * they are the same node.
 */
function duplicateKeys(doc: Document): { offset: number; key: unknown }[] {
  const offsets: { offset: number; key: unknown }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) offsets.push({ offset: (pair.key as Node | null)?.range?.[0] ?? map.range?.[0] ?? 0, key: isScalar(pair.key) ? key : undefined });
        else seen.add(key);
      }
    },
  });
  return offsets;
}

function findProtoKeys(value: unknown, path: Path, out: Path[]): void {
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    const child = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === '__proto__') out.push(child);
    findProtoKeys((value as Record<string, unknown>)[key], child, out);
  }
}

/**
 * Where yaml's parser first holds more than maxDepth open collections, else 0. It recurses once per
 * open collection, and its recovery from "key: value: " inside [ ] or { } (fuzzing found
 * `title: [a: b: a: b: ...`, and one "a: b:" a line) opens one each time, with no bracket or
 * indentation that findExcessiveNesting could count: so, once the parse has run out of stack,
 * the parser is run again, a token at a time, to say where.
 */
export function runawayNesting(text: string): number {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    for (const _token of parser.next(lexeme));
    if (parser.stack.length > LIMITS.maxDepth) return parser.offset;
  }
  return 0;
}

/**
 * Finds the first place where flow brackets or block indentation nest deeper than the limits.
 * The YAML parser recurses per level, so deep input must be refused before parsing. Quotes are
 * tracked only where a scalar can start, so an apostrophe in prose does not confuse the count.
 */
function findExcessiveNesting(text: string): { line: number; column: number } | undefined {
  let flow = 0;
  let line = 0; // the caller prefixes a newline, which starts line 1
  let lineStart = 0;
  let quote: string | undefined;
  let previous = '\n'; // the last character that was not a space
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      previous = c;
      const indent = /^[ \t?-]*/.exec(text.slice(lineStart, lineStart + LIMITS.maxIndent + 1))![0].length;
      if (indent > LIMITS.maxIndent) return { line, column: 1 };
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if ((c === '"' || c === "'") && ':-[{,\n'.includes(previous)) quote = c;
    else if (c === '[' || c === '{') {
      if (++flow > LIMITS.maxDepth) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
    previous = c;
  }
  return undefined;
}
