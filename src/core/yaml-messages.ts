import { isCollection, isNode, isScalar, visit, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';

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
 */
export function plainYamlErrors(doc: Document, text: string, lineOf: (offset: number) => number): PlainYamlError[] {
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const tabBlocks = new Set(errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => topLevelBlock(text, e.pos[0])));
  const lines = new Set<number>();
  const indented = new Set<number>();
  const out: PlainYamlError[] = [];
  for (const e of errors) {
    const block = topLevelBlock(text, e.pos[0]);
    if (e.code !== 'TAB_AS_INDENT' && tabBlocks.has(block)) continue;
    const plain = plainError(doc, text, e);
    const line = lineOf(plain.offset);
    if (lines.has(line) || lines.has(lineOf(e.pos[0]))) continue;
    if (isIndentation(e, text)) {
      if (indented.has(block)) continue;
      indented.add(block);
    }
    lines.add(line);
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

/** The start of the top-level entry (a line beginning in column 1 that is not a comment) the offset lies in. */
function topLevelBlock(text: string, offset: number): number {
  let start = text.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
  while (start > 0 && !/^[^\s#]/.test(text.slice(start, start + 1))) start = text.lastIndexOf('\n', start - 2) + 1;
  return start;
}

/** The whole line an offset is on. */
function lineAt(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset) + restOfLine(text, offset);
}

/** The rest of the line from an offset. */
function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end);
}

/** The fix for a value YAML misreads: quotes around it, shown on the value itself (shortened). */
function quoteIt(written: string): string {
  // The closing brackets of a { } or [ ] the value is in are not part of it.
  const value = written.replace(/\s*[}\]]+,?\s*$/, '');
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `put the whole value in quotes: "${shown.replace(/"/g, '\\"')}"`;
}

/** One error or warning of yaml's in plain words (see plainYamlErrors). */
export function plainError(doc: Document, text: string, e: YAMLError): PlainYamlError {
  const at = (message: string, offset = e.pos[0]): PlainYamlError => ({ offset, message });
  const rest = restOfLine(text, e.pos[0]);
  const value = rest.trim();
  const code: ErrorCode = e.code;
  switch (code) {
    case 'TAB_AS_INDENT':
      return at('this line is indented with a tab: YAML needs spaces. Replace the tab with spaces (most editors can be set to insert spaces for the Tab key)');
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/^A block sequence/.test(e.message)) return at('this "- " entry is indented less than the list above it: line it up with the other entries (the same number of spaces before each "-")');
      if (/:(\s|$)/.test(rest)) return at(`this value contains ": " (a colon and a space), which YAML reads as the start of another field: ${quoteIt(value)}`);
      return at('the next line is indented further than this one, so it reads as part of this value: line up the fields of one mapping at the same column (the same number of spaces)');
    case 'BLOCK_IN_FLOW':
      if (/:(\s|$)/.test(rest)) return at(`this value inside { } or [ ] contains ": " (a colon and a space), which YAML reads as the start of another field: ${quoteIt(/^[^,}\]]*/.exec(value)![0].trim())}`);
      return at('a list written with "- " or fields on their own lines cannot go inside { } or [ ]: write the entries separated by commas, or take away the brackets');
    case 'MULTILINE_IMPLICIT_KEY':
      if (!lineAt(text, e.pos[0]).includes(':')) return at('this line has no ": " after its name: write it as name: value (a colon and a space after the name)');
      return at('a field name runs over more than one line, or a line has no ": " after its name: write each field as name: value on one line');
    case 'KEY_OVER_1024_CHARS':
      return at('a field name (the text before ": ") is longer than 1,024 characters: a line break or a "- " is probably missing before it');
    case 'MISSING_CHAR':
      return missingChar(doc, text, e, at);
    case 'BAD_INDENT':
      return badIndent(doc, e, at);
    case 'UNEXPECTED_TOKEN':
      return unexpected(e, text, at);
    case 'BAD_DQ_ESCAPE':
      return at(
        `${e.message.replace(/^Invalid escape sequence /, '')} is not allowed in text between double quotes, where \\ starts a special character: write \\\\ for a backslash, or use single quotes ('...') instead`,
      );
    case 'BAD_SCALAR_START': {
      return at(`a value cannot start with ${value.charAt(0)} unless it is in quotes: ${quoteIt(value)}`);
    }
    case 'MULTIPLE_DOCS':
      return at('a line "---" starts a second document here, and a questionnaire file holds one: remove the "---" line (and anything after it that belongs to another file)');
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
    case 'BAD_ALIAS':
      return at(`& (an anchor), * (an alias) or ! (a tag) is used in a way YAML does not allow here: if it is part of the text, ${quoteIt(value)}`);
    case 'BAD_DIRECTIVE':
      return at('a line starting with % at the top of the file is a YAML directive: remove it, or put the value it belongs to in quotes');
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return at(`a value starting with ! names a type YAML does not know here: if ! is part of the text, ${quoteIt(value)}`);
    case 'NON_STRING_KEY':
      return at('a field name must be plain text: remove the brackets or braces around it');
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
    const inside = quote === '"' ? 'write \\" for a " inside the text' : "write '' for a ' inside the text";
    return at(`the quote ${quote} that starts here is never closed: add a ${quote} at the end of the text (${inside})`, opened?.range?.[0] ?? e.pos[0]);
  }
  if (/^Sequence item without/.test(e.message))
    return at('this line is not lined up with the field above it, so it reads as a new list entry without its "- ": give it the same number of spaces as the field above, or start a new entry with "- "');
  if (/^Implicit map keys need/.test(e.message)) return at('this line has no ": " after its name: write it as name: value, or, if it continues the text above, indent it as far as that text');
  if (/^Comments must be separated/.test(e.message)) return at('# starts a comment only after a space: put a space before the #, or put the text containing # in quotes');
  if (/^Missing space after :/.test(e.message)) return at('a ":" needs a space after it: write name: value');
  if (/^Missing , /.test(e.message)) return at('two entries inside { } or [ ] need a comma between them');
  if (/^Tags and anchors/.test(e.message)) return at('& or ! must be followed by a space here: if it is part of the text, put the whole value in quotes');
  if (/directive/i.test(e.message)) return at('a line starting with % at the top of the file must be followed by a line "---": remove the % line');
  return at(`${e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}: ${restOfLine(text, e.pos[0]).trim() ? 'check the punctuation on this line' : 'check the line above'}`);
}

function badIndent(doc: Document, e: YAMLError, at: At): PlainYamlError {
  const flow = /^Flow (sequence|map) in block collection/.exec(e.message)?.[1];
  if (flow) {
    const [open, close] = flow === 'sequence' ? ['[', ']'] : ['{', '}'];
    const opened = innermostBefore(doc, e.pos[0], (n) => isCollection(n) && n.flow === true);
    return at(`the ${open} that starts here is never closed: add a ${close} at the end of the ${flow === 'sequence' ? 'list' : 'fields'}, or indent the lines that continue it`, opened?.range?.[0] ?? e.pos[0]);
  }
  if (/sequence items must start/.test(e.message)) return at('the "- " entries of this list do not start at the same column: give each "-" the same number of spaces before it');
  if (/mapping items must start/.test(e.message)) return at('this field is not lined up with the fields above it: fields of one mapping must start at the same column (the same number of spaces)');
  if (/Block scalar/.test(e.message)) return at('the lines of a text written after | or > must be indented further than its field name: add spaces in front of them');
  return at('this line is not indented as the lines around it need: check its number of spaces against the field it belongs to');
}

function unexpected(e: YAMLError, text: string, at: At): PlainYamlError {
  if (/at node end$/.test(e.message)) {
    const lineStart = text.lastIndexOf('\n', e.pos[0] - 1) + 1;
    const start = lineStart + valueStart(text.slice(lineStart, e.pos[0]));
    const value = `${text.slice(start, e.pos[0])}${/^[^,}\]]*/.exec(restOfLine(text, e.pos[0]))![0]}`.trim();
    if (/^[*&!]/.test(value)) return at(`a value cannot start with ${value.charAt(0)} unless it is in quotes: ${quoteIt(value)}`, start);
    return at(`more text follows the closing quote or bracket of this value: put the whole value in one pair of quotes, using single quotes to keep double quotes in the text: '${value.replace(/'/g, "''")}'`);
  }
  if (/^Unexpected , in|empty item/.test(e.message)) return at('a comma with nothing before it, inside { } or [ ]: remove the extra comma');
  if (/^Block scalar header/.test(e.message)) return at('after | or > nothing else may follow on the line: start the text on the next line, indented');
  if (/block-seq-ind on same line with key/.test(e.message)) return at('a "- " entry cannot start on the same line as a field name: start it on the next line, indented');
  if (/^Unexpected (\]|\}) in/.test(e.message)) return at('a closing bracket that was never opened: remove it, or put the value in quotes');
  return at(`this line cannot be read (${e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}): check its punctuation and indentation`);
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
