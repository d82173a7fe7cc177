import { stringify } from 'yaml';
import { safeText } from '../safe-text.js';
import type { TranslationDoc } from './validated.js';
import { say } from '../i18n/voice.js';

/** The parts of a text id that are indices into a list: the questions, the labels. */
const LISTS = new Set(['labels', 'not_applicable', 'questions']);

/**
 * A translation file's YAML from its texts: the ids' paths as nested mappings (and lists, for a
 * scale's labels and a band's questions), in the order given. Throws a message when two ids
 * clash (one a text, the other inside it), which no exported file has.
 */
export function translationYaml(doc: TranslationDoc, from: string): { yaml: string; leftOut: string[] } {
  const leftOut = gappedLists(doc.texts.map(([id]) => id));
  const root: Record<string, unknown> = Object.create(null);
  for (const [id, text] of doc.texts) {
    if (leftOut.includes(id)) continue;
    const parts = id.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const key = Array.isArray(node) ? Number(part) : part;
      const here = (node as Record<string | number, unknown>)[key];
      if (last) {
        if (here !== undefined) throw new Error(`the texts ${id} and another inside it clash`);
        (node as Record<string | number, unknown>)[key] = text;
        return;
      }
      if (here !== undefined && (typeof here !== 'object' || here === null)) throw new Error(`the texts ${parts.slice(0, i + 1).join('.')} and ${id} clash`);
      const child = here ?? (LISTS.has(part) ? [] : Object.create(null));
      (node as Record<string | number, unknown>)[key] = child;
      node = child as Record<string, unknown> | unknown[];
    });
  }
  const header = [
    `# ${say('authoring.translationFile.written', { source: doc.translationOf, language: safeText(doc.language), from: safeText(from) })}`,
    `# ${say('authoring.translationFile.textsOnly')}`,
    ...(doc.status === 'draft' ? [`# ${say('authoring.translationFile.draft', { language: safeText(doc.language) })}`] : []),
    '',
    '',
  ].join('\n');
  const body = stringify(
    { translation_of: doc.translationOf, ...(doc.sourceVersion === undefined ? {} : { source_version: doc.sourceVersion }), language: doc.language, status: doc.status, ...root },
    { lineWidth: 110, minContentWidth: 40 },
  );
  return { yaml: `${header}${body}`, leftOut };
}

/**
 * The ids in lists with a gap (a label or question without a target): a list is given whole or
 * not at all, since a text's place in it is its meaning (the third label is point 3).
 */
function gappedLists(ids: readonly string[]): string[] {
  const byList = new Map<string, { id: string; index: number }[]>();
  for (const id of ids) {
    const match = /^(.*\.(?:labels|not_applicable|questions))\.(\d+)$/.exec(id);
    if (!match) continue;
    const members = byList.get(match[1]!) ?? [];
    members.push({ id, index: Number(match[2]) });
    byList.set(match[1]!, members);
  }
  const gapped = [...byList.values()].filter((members) =>
    members
      .map((m) => m.index)
      .sort((a, b) => a - b)
      .some((index, i) => index !== i),
  );
  return gapped.flatMap((members) => members.map((m) => m.id));
}
