import type { QuestionnaireDoc } from '../questionnaire/schema.js';
import { sourceTexts } from './texts.js';
import type { TranslationDoc } from './validated.js';
import { xmlAttribute, xmlText } from './xml-text.js';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * An XLIFF 2.0 file of every text of `source`, one unit per text (its id the text's id in a
 * translation file, its note where the text is), with the target from `existing` when that
 * translation has it. The file's `original` is the questionnaire id, which import writes as
 * `translation_of`. A segment's state says what the target is: initial (none yet), translated (a
 * draft's) or reviewed.
 */
export function exportXliff(source: QuestionnaireDoc, trgLang: string, existing?: TranslationDoc): string {
  const targets = new Map(existing?.texts ?? []);
  const state = existing?.status === 'reviewed' ? 'reviewed' : 'translated';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${xmlAttribute(source.language)}" trgLang="${xmlAttribute(trgLang)}">`,
    // The source's version in syslead's own namespace, so that the imported translation says which version it translates.
    `  <file id="f1" original="${xmlAttribute(source.id)}" xmlns:sl="urn:syslead:translation" sl:sourceVersion="${source.version}">`,
    '    <notes>',
    `      <note category="syslead">The texts of questionnaire ${xmlText(source.id)}, version ${source.version}. Its scoring is not translated; keep each reverse-scored statement's sense. "syslead translate import" writes the translation file from this one.</note>`,
    '    </notes>',
  ];
  for (const entry of sourceTexts(source)) {
    const target = targets.get(entry.id);
    lines.push(
      `    <unit id="${xmlAttribute(entry.id)}">`,
      '      <notes>',
      `        <note category="context">${xmlText(entry.context)}</note>`,
      '      </notes>',
      `      <segment state="${target === undefined ? 'initial' : state}">`,
      `        <source>${xmlText(entry.source)}</source>`,
      ...(target === undefined ? [] : [`        <target>${xmlText(target)}</target>`]),
      '      </segment>',
      '    </unit>',
    );
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}
