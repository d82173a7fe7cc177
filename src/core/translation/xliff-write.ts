import type { QuestionnaireDoc } from '../questionnaire/schema.js';
import { sourceTexts } from './texts.js';
import type { TranslationDoc } from './validated.js';
import { xmlAttribute, xmlText } from './xml-text.js';
import { say } from '../i18n/voice.js';

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
    // not said: XML markup
    '<?xml version="1.0" encoding="UTF-8"?>',
    // not said: XML markup
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${xmlAttribute(source.language)}" trgLang="${xmlAttribute(trgLang)}">`,
    // The source's version in syslead's own namespace, so that the imported translation says which version it translates.
    // not said: XML markup
    `  <file id="f1" original="${xmlAttribute(source.id)}" xmlns:sl="urn:syslead:translation" sl:sourceVersion="${source.version}">`,
    '    <notes>',
    // not said: XML markup
    `      <note category="syslead">${xmlText(say('authoring.xliff.fileNote', { id: source.id, version: String(source.version) }))}</note>`,
    '    </notes>',
  ];
  for (const entry of sourceTexts(source)) {
    const target = targets.get(entry.id);
    lines.push(
      // not said: XML markup
      `    <unit id="${xmlAttribute(entry.id)}">`,
      '      <notes>',
      // not said: XML markup
      `        <note category="context">${xmlText(entry.context)}</note>`,
      '      </notes>',
      // not said: XML markup
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
