import { Readable } from 'node:stream';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { questionnaireSources, resolveQuestionnaire } from '../../src/io/questionnaires.js';

/** Loads questionnaire YAML written in a test, failing loudly if it has an error. */
export function questionnaireFrom(yaml: string): Questionnaire {
  const { questionnaire, problems } = loadQuestionnaire(yaml, 'test.yaml');
  if (!questionnaire) throw new Error(`test questionnaire is invalid:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return questionnaire;
}

/** A self-rated answer set for questionnaire `q`: item id -> raw answer, plus optional importance and text. */
export function answerSet(q: Questionnaire, answers: Record<string, number>, extra: Partial<AnswerSet> = {}): AnswerSet {
  return {
    questionnaire: { id: q.id, version: q.version },
    role: 'self',
    attributes: {},
    answers,
    texts: {},
    importance: {},
    ...extra,
  };
}

/** The top of a questionnaire: scales, bands and scoring; `themes` follows. */
export const header = ({ scales = '  five: { labels: [A, B, C, D, E] }', scoring = '', extra = '' } = {}) => `id: test
version: 1
title: Test
description: A questionnaire written by a test.
minutes: 1
scales:
${scales}
default_scale: five
${scoring}bands:
  - { id: emerging, label: Emerging, below: 40 }
  - { id: developing, label: Developing, below: 70 }
  - { id: established, label: Established }
${extra}themes:
`;

/** A questionnaire by id (ID.LANG for a translation) as a command finds it among the built-ins. */
export async function builtInForm(id: string): Promise<Questionnaire> {
  const { questionnaire } = await resolveQuestionnaire(
    id,
    questionnaireSources([], {}, () => {}),
    Readable.from([]),
  );
  return questionnaire;
}
