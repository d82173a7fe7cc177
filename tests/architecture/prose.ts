import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A text in the source that reads as words to a person: found by `proseIn`, with where it is. */
export interface ProseFound {
  line: number;
  text: string;
}

/**
 * Words a person would read: two words side by side ("no score", "Read next:"), or one capitalised
 * word alone ("Strengths", "Summary"). Identifiers, keys, paths, MIME types, CSS selectors and format
 * names have no space between words and no capital, so they are not prose.
 */
export function isProse(text: string): boolean {
  // A command line shown as an example ("syslead report --format html cohort.csv") is typed, not read.
  if (/^syslead(?: [-\w.,=/:*~@]+)*$/.test(text)) return false;
  const words = text.replace(/\{[^}]*\}/g, ' ');
  return /\p{L}{2,}[,;:.!?'’)]*[ \u00a0]+[(‘“"']?\p{L}{2,}/u.test(words) || /^\s*\p{Lu}\p{Ll}+[.:!?]?\s*$/u.test(words);
}

/** Calls whose texts are never a person's to read: an internal error is a bug report for syslead's makers. */
const BUG_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

/**
 * Every prose string and template in a source file that is not exempt: texts inside `new Error()`
 * (a bug, which the top-level catch reports as one), and the line after a `// not said: REASON`
 * comment (a text that is code or data, not words for a person: a generated script, a header matched).
 */
export function proseIn(file: string): ProseFound[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const exemptLines = new Set<number>();
  lines.forEach((line, i) => {
    if (/\/\/ not said: \S/.test(line)) exemptLines.add(i + 2);
  });
  const found: ProseFound[] = [];
  const visit = (node: ts.Node, inBugError: boolean): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node) || ts.isImportTypeNode(node)) return;
    const bug = inBugError || (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && BUG_ERRORS.has(node.expression.text));
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}');
    const documentation = literal !== undefined && isSchemaDocumentation(node);
    const isKey = literal !== undefined && (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node;
    if (literal !== undefined && !bug && !isKey && !documentation && isProse(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (!exemptLines.has(line)) found.push({ line, text: literal.length > 80 ? `${literal.slice(0, 77)}...` : literal });
    }
    ts.forEachChild(node, (child) => visit(child, bug));
  };
  visit(source, false);
  return found;
}

/** Properties whose text zod reports as the problem: said to a person by `validate` and every reader. */
const SCHEMA_ERRORS = new Set(['error', 'message']);

/**
 * A text in a schema file (`*schema.ts`) that documents the schema (a field's description, an
 * example): the JSON Schemas' reference, read in an editor, not said by syslead. Only the errors a
 * schema reports (its `error:` and `message:` texts) are said, and so checked.
 */
function isSchemaDocumentation(node: ts.Node): boolean {
  if (!/schema\.ts$/.test(node.getSourceFile().fileName)) return false;
  for (let at: ts.Node = node; at.parent !== undefined; at = at.parent) {
    const parent = at.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === at && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)) && SCHEMA_ERRORS.has(parent.name.text)) return false;
  }
  return true;
}
