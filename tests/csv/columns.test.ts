import { describe, expect, it } from 'vitest';
import { mapColumns, type ColumnRole } from '../../src/core/csv/columns.js';
import { headerKey } from '../../src/core/csv/header-key.js';
import { survey } from './survey.js';

/** Each column's role in a short form: item id, importance:theme, a well-known kind or attribute:name. */
const roles = (header: string[]) => {
  const { columns, problems } = mapColumns(header, survey, 'x.csv', 1);
  const show = (c: ColumnRole) => (c.kind === 'item' ? c.item.id : c.kind === 'importance' ? `importance:${c.themeId}` : c.kind === 'attribute' ? `attribute:${c.name}` : c.kind);
  return { roles: columns.map(show), problems: problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`) };
};

describe('header keys', () => {
  it('ignore case, spacing, punctuation and curly quotes', () => {
    expect(headerKey('  I put my Organisation’s interests first,  then the system’s. ')).toBe(headerKey("I put my organisation's interests first, then the system's."));
    expect(headerKey('Completion\u00a0time')).toBe('completion time');
  });
});

describe('matching columns to the questionnaire', () => {
  it('matches items and importance by id', () => {
    expect(roles(['sv1', 'SV2', 'oc1', 'oc2', 'sv-notes', 'importance:shared-values', 'Importance: outcomes']).roles).toEqual(['sv1', 'sv2', 'oc1', 'oc2', 'sv-notes', 'importance:shared-values', 'importance:outcomes']);
  });

  it('reads a Microsoft Forms export unedited', () => {
    const header = [
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'I talk about the values we share with partners. ',
      'I put my organisation’s interests first, then the system’s.',
      'What helps you hold to shared values?',
      'How important is Shared values to your current role?',
      'I ask people who use services what matters to them.',
      'I judge success by outcomes, not activity.',
      'How important is outcomes for people to your current role?',
      'Team',
    ];
    const { roles: got, problems } = roles(header);
    expect(got).toEqual(['attribute:ID', 'started', 'completed', 'attribute:Email', 'respondent', 'sv1', 'sv2', 'sv-notes', 'importance:shared-values', 'oc1', 'oc2', 'importance:outcomes', 'attribute:Team']);
    expect(problems).toEqual([]);
  });

  it('reads a Google Forms export: Timestamp, grid rows in brackets and numbered questions', () => {
    const header = [
      'Timestamp',
      'How often do you… [I talk about the values we share with partners.]',
      "2. I put my organisation's interests first, then the system's.",
      'Q3) I ask people who use services what matters to them.',
      'Role',
      'Subject',
    ];
    const { roles: got, problems } = roles(header);
    expect(got).toEqual(['completed', 'sv1', 'sv2', 'oc1', 'role', 'subject']);
    expect(problems).toEqual([
      '1:1 warning no column for item oc2: its answers count as missing',
      '1:1 warning questionnaire "survey" asks how important each theme is, but no column holds it, so there are no development priorities: name a column "How important is Shared values to your current role?" or "importance:shared-values", or map it with --map FILE',
    ]);
  });

  it('reports a second column for the same item and ignores it', () => {
    const { roles: got, problems } = roles(['sv1', 'I talk about the values we share with partners', 'oc1']);
    expect(got).toEqual(['sv1', 'ignored', 'oc1']);
    expect(problems[0]).toBe(`1:2 warning column 2 "I talk about the values we share with partners" holds item sv1 again (already in column 1); the later column is ignored: only the first one's answers count`);
  });

  it('keeps two attribute columns with the same header apart', () => {
    expect(roles(['sv1', 'Team', 'Team', '']).roles).toEqual(['sv1', 'attribute:Team', 'attribute:Team (column 3)', 'ignored']);
  });

  it('refuses a file whose columns match no item', () => {
    expect(roles(['Name', 'Question one', 'constructor']).problems).toEqual([
      '1:1 error no column matches an item of questionnaire "survey" (the headers are "Name", "Question one", "constructor"): name columns by item id (e.g. "sv1") or by the item\'s text, or say which column holds which item with --map FILE',
    ]);
  });
});
