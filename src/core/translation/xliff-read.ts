import type { Problem } from '../problem.js';
import { safeText } from '../safe-text.js';
import { SLUG_PATTERN } from '../questionnaire/slug.js';
import { XmlError, XmlScanner } from '../xlsx/xml.js';
import type { TranslationDoc } from './validated.js';
import { XLIFF_NAMESPACE } from './xliff-write.js';
import { say } from '../i18n/voice.js';

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
  if (declaration) return fail(declaration.index, say('authoring.xliff.doctype'));
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/.exec(xml);
  if (entity) return fail(entity.index, say('authoring.xliff.ampersand'));

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
    if (!scan.opens('xliff')) return fail(start, say('authoring.xliff.notXliff'));
    if (scan.attribute('version') !== '2.0' || scan.attribute('xmlns') !== XLIFF_NAMESPACE) return fail(start, say('authoring.xliff.notVersion2', { namespace: XLIFF_NAMESPACE }));
    language = scan.attribute('trgLang');
    if (!language) return fail(start, say('authoring.xliff.noTrgLang'));
    while (next()) {
      if (scan.opens('file')) {
        if (++files > 1) return fail(start, say('authoring.xliff.twoFiles'));
        translationOf = scan.attribute('original');
        const version = scan.attribute('sourceVersion');
        if (version !== undefined && /^[1-9]\d{0,8}$/.test(version)) sourceVersion = Number(version);
        if (!translationOf || !SLUG_PATTERN.test(translationOf)) return fail(start, say('authoring.xliff.noOriginal'));
      } else if (scan.opens('unit')) {
        const unitAt = start;
        const id = scan.attribute('id') ?? '';
        if (!id.split('.').every((part) => SLUG_PATTERN.test(part))) return fail(unitAt, say('authoring.xliff.badUnitId', { id: safeText(id) }));
        if (seen.has(id)) return fail(unitAt, say('authoring.xliff.unitTwice', { id }));
        seen.add(id);
        const unit = readUnit(scan, next, () => start);
        if ('error' in unit) return fail(unit.at, say('authoring.xliff.inUnit', { id, error: unit.error }));
        if (unit.target === undefined || unit.target.trim() === '') untranslated.push(id);
        else {
          texts.push([id, safeText(unit.target.trim(), { keepNewlines: true })]);
          if (unit.state !== 'reviewed' && unit.state !== 'final') reviewed = false;
        }
      }
    }
  } catch (error) {
    if (error instanceof XmlError) return fail(start, say('authoring.xliff.unreadable', { message: error.message }));
    throw error;
  }
  if (translationOf === undefined) return fail(0, say('authoring.xliff.noFile'));
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
      if (++segments > 1) return { error: say('authoring.xliff.twoSegments'), at: start() };
      state = scan.attribute('state');
    } else if (scan.name === 'source' || scan.name === 'target') {
      const name = scan.name;
      // Only a segment's own source and target are texts: one in <ignorable>, or a second one, would replace the first without a word.
      if (segments === 0) return { error: say('authoring.xliff.outsideSegment', { name }), at: start() };
      if (name === 'target' && target !== undefined) return { error: say('authoring.xliff.twoTargets'), at: start() };
      const text = plainText(scan, next, start);
      if (typeof text !== 'string') return text;
      if (name === 'target') target = text;
    } else if (scan.name === 'ignorable') return { error: say('authoring.xliff.notRead', { name: 'ignorable' }), at: start() };
    else return { error: say('authoring.xliff.notRead', { name: scan.name }), at: start() };
  }
  return { error: say('authoring.xliff.endsInUnit'), at: start() };
}

/** The text of a <source> or <target> just opened; inline markup (<ph/>, <pc>, <mrk>) is refused. */
function plainText(scan: XmlScanner, next: () => boolean, start: () => number): string | { error: string; at: number } {
  if (scan.selfClosing) return '';
  const name = scan.name;
  let text = '';
  while (next()) {
    if (scan.kind === 'text') text += scan.text;
    else if (scan.closes(name)) return text;
    else return { error: say('authoring.xliff.inlineMarkup', { inner: scan.name, name }), at: start() };
  }
  return { error: say('authoring.xliff.endsInside', { name }), at: start() };
}
