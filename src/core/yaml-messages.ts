import { isCollection, isNode, isScalar, visit, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';
import { say } from './i18n/voice.js';
import { lineStart } from './line-start.js';
import { shortened } from './shortened.js';

/** A YAML error in words for someone who edits a file by hand, where it is best pointed at. */
export interface PlainYamlError {
  offset: number;
  message: string;
}

/**
 * yaml's errors for a file, one per cause and each in plain words with the likely fix. One slip
 * makes the parser misread what follows it, so it reports the same mistake several times: a tab in
 * an indentation gives errors on the lines after it, an unquoted ": " three on its own line. So
 * only the first error said to be on a line is kept; in a top-level entry, only the first error of
 * indentation (after it, the entry's lines are measured against a wrong column); and in an entry
 * with a tab only the tabs, since each must be replaced and the rest was misread because of them.
 * `plainOf` puts an error in words (plainError), each once for all its callers.
 */
export function plainYamlErrors(doc: Document, text: string, lineOf: (offset: number) => number, plainOf: (e: YAMLError) => PlainYamlError): PlainYamlError[] {
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const topLevelBlock = topLevelBlocks(text);
  const tabBlocks = new Set(errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => topLevelBlock(e.pos[0])));
  const lines = new Set<number>();
  const indented = new Set<number>();
  const out: PlainYamlError[] = [];
  for (const e of errors) {
    const block = topLevelBlock(e.pos[0]);
    if (e.code !== 'TAB_AS_INDENT' && tabBlocks.has(block)) continue;
    // Put in words only once its own line is known to have no error yet: a long line of errors would
    // otherwise have each of them read the whole line, in time quadratic in its length.
    const own = lineOf(e.pos[0]);
    if (lines.has(own)) continue;
    const plain = plainOf(e);
    const line = lineOf(plain.offset);
    if (lines.has(line)) continue;
    if (isIndentation(e, text)) {
      if (indented.has(block)) continue;
      indented.add(block);
    }
    lines.add(line);
    lines.add(own);
    out.push(plain);
  }
  return out;
}

/** Errors that come of a line indented wrongly, as opposed to a mistake within a line. */
function isIndentation(e: YAMLError, text: string): boolean {
  if (e.code === 'BAD_INDENT') return !/^Flow (sequence|map)/.test(e.message);
  if (e.code === 'MULTILINE_IMPLICIT_KEY') return true;
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY') return !/:(\s|$)/.test(restOfLine(text, e.pos[0]));
  return e.code === 'MISSING_CHAR' && /^(Sequence item without|Implicit map keys need)/.test(e.message);
}

/**
 * The start of the top-level entry (a line beginning in column 1 that is not a comment) an offset
 * lies in, else 0. The entries' starts are found once: stepping back line by line for each error
 * took time quadratic in the lines of an entry that has an error on each of them.
 */
export function topLevelBlocks(text: string): (offset: number) => number {
  const starts: number[] = [];
  for (let at = 0; at >= 0 && at < text.length; ) {
    if (/[^\s#]/.test(text.charAt(at))) starts.push(at);
    const end = text.indexOf('\n', at);
    at = end < 0 ? -1 : end + 1;
  }
  return (offset) => {
    // The last start at or before the offset, which is at or before the start of its line: no
    // line starts between the two. (Finding that line's start would read back along a long line.)
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : starts[low - 1]!;
  };
}

/** The whole line an offset is on. */
function lineAt(text: string, offset: number): string {
  return text.slice(lineStart(text, offset), offset) + restOfLine(text, offset);
}

/** The rest of the line from an offset. */
function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end);
}

/** The fix for a value YAML misreads: quotes around it, shown on the value itself (shortened). */
function quoteIt(written: string): string {
  // The closing brackets of a { } or [ ] the value is in are not part of it.
  const value = withoutClosingBrackets(written);
  return say('authoring.yaml.quoteIt', { value: shortened(value).replace(/"/g, '\\"') });
}

/**
 * The text less the closing brackets that end it, with the spaces and comma around them: what
 * /\s*[}\]]+,?\s*$/ removes, without that pattern's retries from each space of a long run of them.
 */
export function withoutClosingBrackets(text: string): string {
  const space = (at: number) => /\s/.test(text.charAt(at));
  let end = text.length;
  while (end > 0 && space(end - 1)) end--;
  if (text.charAt(end - 1) === ',') end--;
  let start = end;
  while (start > 0 && (text.charAt(start - 1) === '}' || text.charAt(start - 1) === ']')) start--;
  if (start === end) return text;
  while (start > 0 && space(start - 1)) start--;
  return text.slice(0, start);
}

/** One error or warning of yaml's in plain words (see plainYamlErrors). */
export function plainError(doc: Document, text: string, e: YAMLError): PlainYamlError {
  const at = (message: string, offset = e.pos[0]): PlainYamlError => ({ offset, message });
  const rest = restOfLine(text, e.pos[0]);
  const value = rest.trim();
  const code: ErrorCode = e.code;
  switch (code) {
    case 'TAB_AS_INDENT':
      return at(say('authoring.yaml.tab'));
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/^A block sequence/.test(e.message)) return at(say('authoring.yaml.entryLessIndented'));
      if (/:(\s|$)/.test(rest)) return at(say('authoring.yaml.colonInValue', { fix: quoteIt(value) }));
      return at(say('authoring.yaml.nextLineFurther'));
    case 'BLOCK_IN_FLOW':
      if (/:(\s|$)/.test(rest)) return at(say('authoring.yaml.colonInFlow', { fix: quoteIt(/^[^,}\]]*/.exec(value)![0].trim()) }));
      return at(say('authoring.yaml.blockInFlow'));
    case 'MULTILINE_IMPLICIT_KEY':
      if (!lineAt(text, e.pos[0]).includes(':')) return at(say('authoring.yaml.noColon'));
      return at(say('authoring.yaml.multilineKey'));
    case 'KEY_OVER_1024_CHARS':
      return at(say('authoring.yaml.longKey', { count: 1024 }));
    case 'MISSING_CHAR':
      return missingChar(doc, text, e, at);
    case 'BAD_INDENT':
      return badIndent(doc, e, at);
    case 'UNEXPECTED_TOKEN':
      return unexpected(e, text, at);
    case 'BAD_DQ_ESCAPE':
      return at(say('authoring.yaml.badEscape', { escape: e.message.replace(/^Invalid escape sequence /, '') }));
    case 'BAD_SCALAR_START': {
      return at(say('authoring.yaml.badStart', { char: value.charAt(0), fix: quoteIt(value) }));
    }
    case 'MULTIPLE_DOCS':
      return at(say('authoring.yaml.multipleDocs'));
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
    case 'BAD_ALIAS':
      return at(say('authoring.yaml.badProps', { fix: quoteIt(value) }));
    case 'BAD_DIRECTIVE':
      return at(say('authoring.yaml.directive'));
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return at(say('authoring.yaml.unknownTag', { fix: quoteIt(value) }));
    case 'NON_STRING_KEY':
      return at(say('authoring.yaml.nonStringKey'));
    case 'DUPLICATE_KEY':
    case 'RESOURCE_EXHAUSTION':
    case 'IMPOSSIBLE':
      return at(e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim());
  }
}

type At = (message: string, offset?: number) => PlainYamlError;

function missingChar(doc: Document, text: string, e: YAMLError, at: At): PlainYamlError {
  const quote = /^Missing closing (["'])quote/.exec(e.message)?.[1];
  if (quote) {
    const opened = innermostBefore(doc, e.pos[0], (n) => isScalar(n) && n.type === (quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'));
    const inside = quote === '"' ? say('authoring.yaml.doubleQuoteInside') : say('authoring.yaml.singleQuoteInside');
    return at(say('authoring.yaml.quoteNotClosed', { quote, inside }), opened?.range?.[0] ?? e.pos[0]);
  }
  if (/^Sequence item without/.test(e.message)) return at(say('authoring.yaml.itemWithoutDash'));
  if (/^Implicit map keys need/.test(e.message)) return at(say('authoring.yaml.noColonOrContinue'));
  if (/^Comments must be separated/.test(e.message)) return at(say('authoring.yaml.comment'));
  if (/^Missing space after :/.test(e.message)) return at(say('authoring.yaml.spaceAfterColon'));
  if (/^Missing , /.test(e.message)) return at(say('authoring.yaml.missingComma'));
  if (/^Tags and anchors/.test(e.message)) return at(say('authoring.yaml.propSpace'));
  if (/directive/i.test(e.message)) return at(say('authoring.yaml.directiveEnd'));
  return at(
    say('authoring.yaml.other', {
      message: e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim(),
      check: restOfLine(text, e.pos[0]).trim() ? say('authoring.yaml.checkThisLine') : say('authoring.yaml.checkLineAbove'),
    }),
  );
}

function badIndent(doc: Document, e: YAMLError, at: At): PlainYamlError {
  const flow = /^Flow (sequence|map) in block collection/.exec(e.message)?.[1];
  if (flow) {
    const [open, close] = flow === 'sequence' ? ['[', ']'] : ['{', '}'];
    const opened = innermostBefore(doc, e.pos[0], (n) => isCollection(n) && n.flow === true);
    return at(say(flow === 'sequence' ? 'authoring.yaml.listNotClosed' : 'authoring.yaml.mapNotClosed', { open, close }), opened?.range?.[0] ?? e.pos[0]);
  }
  if (/sequence items must start/.test(e.message)) return at(say('authoring.yaml.itemsColumn'));
  if (/mapping items must start/.test(e.message)) return at(say('authoring.yaml.fieldsColumn'));
  if (/Block scalar/.test(e.message)) return at(say('authoring.yaml.blockScalarIndent'));
  return at(say('authoring.yaml.badIndent'));
}

function unexpected(e: YAMLError, text: string, at: At): PlainYamlError {
  if (/at node end$/.test(e.message)) {
    const line = lineStart(text, e.pos[0]);
    const start = line + valueStart(text.slice(line, e.pos[0]));
    const value = `${text.slice(start, e.pos[0])}${/^[^,}\]]*/.exec(restOfLine(text, e.pos[0]))![0]}`.trim();
    if (/^[*&!]/.test(value)) return at(say('authoring.yaml.badStart', { char: value.charAt(0), fix: quoteIt(value) }), start);
    return at(say('authoring.yaml.textAfterEnd', { value: shortened(value).replace(/'/g, "''") }));
  }
  if (/^Unexpected , in|empty item/.test(e.message)) return at(say('authoring.yaml.extraComma'));
  if (/^Block scalar header/.test(e.message)) return at(say('authoring.yaml.blockScalarHeader'));
  if (/block-seq-ind on same line with key/.test(e.message)) return at(say('authoring.yaml.dashAfterKey'));
  if (/^Unexpected (\]|\}) in/.test(e.message)) return at(say('authoring.yaml.unopenedBracket'));
  return at(say('authoring.yaml.unreadableLine', { message: e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim() }));
}

/** Where the value on a line (up to an offset) starts: after its field's ": ", its entry's "- ", a comma or an opening bracket. */
function valueStart(before: string): number {
  const ends = [': ', '- ', ', ', '[', '{'].map((mark) => {
    const at = before.lastIndexOf(mark);
    return at < 0 ? 0 : at + mark.length;
  });
  const start = Math.max(...ends);
  return start + (/^\s*/.exec(before.slice(start))?.[0].length ?? 0);
}

/** The node that starts last before `offset` and matches, as the quote or bracket an error at the end of it was opened with. */
function innermostBefore(doc: Document, offset: number, matches: (node: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (node.range && node.range[0] < offset && matches(node) && (!found || node.range[0] > found.range![0])) found = node;
  });
  return found;
}
