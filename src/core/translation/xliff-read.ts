import type { Problem } from '../problem.js';
import { safeText } from '../safe-text.js';
import { SLUG_PATTERN } from '../questionnaire/slug.js';
import { XmlError, XmlScanner } from '../xlsx/xml.js';
import type { TranslationDoc } from './validated.js';
import { XLIFF_NAMESPACE } from './xliff-write.js';

export interface ReadXliff {
  /** Present when the file could be read: the targets as a translation, each neutralised. */
  doc?: TranslationDoc;
  /** Ids of the units without a target, which the translation then lacks. */
  untranslated: string[];
  problems: Problem[];
}

/**
 * Reads the XLIFF 2.0 that `syslead translate export` writes, as a translation tool gives it back:
 * one file, units of one segment each, plain text in source and target. Read strictly, with no DTD
 * and no entities but XML's own (a DOCTYPE could declare entities that expand without end, or read
 * files), and no inline markup, which a syslead text cannot hold. A segment in state reviewed or
 * final throughout makes a reviewed translation; any other, a draft.
 */
export function readXliff(xml: string, file: string): ReadXliff {
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const problems: Problem[] = [];
  const fail = (offset: number, message: string): ReadXliff => ({ untranslated: [], problems: [...problems, { file, ...at(offset), severity: 'error', message }] });

  const declaration = /<!(?!--|\[CDATA\[)/.exec(xml);
  if (declaration) return fail(declaration.index, 'a DOCTYPE or entity declaration: an XLIFF file needs none, and syslead reads none');
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/.exec(xml);
  if (entity) return fail(entity.index, 'an "&" that starts no XML entity (&amp; &lt; &gt; &quot; &apos; or a character number): write & as &amp;');

  const scan = new XmlScanner(xml);
  const texts: [string, string][] = [];
  const untranslated: string[] = [];
  const seen = new Set<string>();
  let translationOf: string | undefined;
  let sourceVersion: number | undefined;
  let language: string | undefined;
  let reviewed = true;
  let files = 0;
  let start = 0;
  const next = () => {
    start = scan.position;
    return scan.next();
  };
  try {
    while (next() && scan.kind !== 'open');
    if (!scan.opens('xliff')) return fail(start, 'not an XLIFF file: it does not start with <xliff>');
    if (scan.attribute('version') !== '2.0' || scan.attribute('xmlns') !== XLIFF_NAMESPACE) return fail(start, `not XLIFF 2.0: <xliff> needs version="2.0" and xmlns="${XLIFF_NAMESPACE}"`);
    language = scan.attribute('trgLang');
    if (!language) return fail(start, '<xliff> has no trgLang: the language translated into (e.g. trgLang="cy-GB")');
    while (next()) {
      if (scan.opens('file')) {
        if (++files > 1) return fail(start, 'more than one <file>: export and import one questionnaire at a time');
        translationOf = scan.attribute('original');
        const version = scan.attribute('sourceVersion');
        if (version !== undefined && /^[1-9]\d{0,8}$/.test(version)) sourceVersion = Number(version);
        if (!translationOf || !SLUG_PATTERN.test(translationOf)) return fail(start, '<file> needs original="ID", the id of the questionnaire translated (as "syslead translate export" writes it)');
      } else if (scan.opens('unit')) {
        const unitAt = start;
        const id = scan.attribute('id') ?? '';
        if (!id.split('.').every((part) => SLUG_PATTERN.test(part))) return fail(unitAt, `unit id "${safeText(id)}" is no syslead text id (such as themes.mindset.items.mt1)`);
        if (seen.has(id)) return fail(unitAt, `unit id "${id}" appears twice`);
        seen.add(id);
        const unit = readUnit(scan, next, () => start);
        if ('error' in unit) return fail(unit.at, `unit ${id}: ${unit.error}`);
        if (unit.target === undefined || unit.target.trim() === '') untranslated.push(id);
        else {
          texts.push([id, safeText(unit.target.trim(), { keepNewlines: true })]);
          if (unit.state !== 'reviewed' && unit.state !== 'final') reviewed = false;
        }
      }
    }
  } catch (error) {
    if (error instanceof XmlError) return fail(start, `the XML cannot be read: ${error.message}`);
    throw error;
  }
  if (translationOf === undefined) return fail(0, 'no <file>: nothing to import');
  return {
    doc: { translationOf, language: safeText(language), status: reviewed && texts.length > 0 ? 'reviewed' : 'draft', ...(sourceVersion === undefined ? {} : { sourceVersion }), texts },
    untranslated,
    problems,
  };
}

type Unit = { target: string | undefined; state: string | undefined } | { error: string; at: number };

/** The rest of a unit just opened: its one segment's target and state; notes are passed over. */
function readUnit(scan: XmlScanner, next: () => boolean, start: () => number): Unit {
  let target: string | undefined;
  let state: string | undefined;
  let segments = 0;
  while (next()) {
    if (scan.closes('unit')) return { target, state };
    if (scan.kind !== 'open') continue;
    if (scan.name === 'notes' || scan.name === 'note') continue;
    if (scan.name === 'segment') {
      if (++segments > 1) return { error: 'more than one <segment>: join them into one text', at: start() };
      state = scan.attribute('state');
    } else if (scan.name === 'source' || scan.name === 'target') {
      const name = scan.name;
      // Only a segment's own source and target are texts: one in <ignorable>, or a second one, would replace the first without a word.
      if (segments === 0) return { error: `<${name}> outside a <segment>: put it in the unit's one segment`, at: start() };
      if (name === 'target' && target !== undefined) return { error: 'a second <target> in the segment: give one', at: start() };
      const text = plainText(scan, next, start);
      if (typeof text !== 'string') return text;
      if (name === 'target') target = text;
    } else if (scan.name === 'ignorable') return { error: '<ignorable> is not read here: a unit holds notes and one segment of <source> and <target>', at: start() };
    else return { error: `<${scan.name}> is not read here: a unit holds notes and one segment of <source> and <target>`, at: start() };
  }
  return { error: 'the file ends inside the unit', at: start() };
}

/** The text of a <source> or <target> just opened; inline markup (<ph/>, <pc>, <mrk>) is refused. */
function plainText(scan: XmlScanner, next: () => boolean, start: () => number): string | { error: string; at: number } {
  if (scan.selfClosing) return '';
  const name = scan.name;
  let text = '';
  while (next()) {
    if (scan.kind === 'text') text += scan.text;
    else if (scan.closes(name)) return text;
    else return { error: `<${scan.name}> inside <${name}>: syslead texts are plain text, with no inline markup`, at: start() };
  }
  return { error: `the file ends inside <${name}>`, at: start() };
}
