import { describe, expect, it } from 'vitest';
import { chooseQuestionnaire } from '../../src/core/csv/choose-questionnaire.js';
import { mapColumns, type ColumnRole, type MapOptions } from '../../src/core/csv/columns.js';
import { headerRows } from '../../src/core/csv/header-rows.js';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { survey } from './survey.js';

/**
 * Header rows laid out as each platform writes them, by hand, for survey.yaml's items:
 * - SurveyMonkey: two rows, as a public SurveyMonkey parser quotes them (see header-rows.test.ts)
 *   and /work/wt/survey-exports.md;
 * - Qualtrics: three rows as ropensci/qualtRics inst/extdata/sample.csv, split on " - " as its
 *   R/read_survey.R does;
 * - LimeSurvey: "Question [Subquestion]" full text, "CODE[SQ]" codes and "CODE[SQ]. Text", as
 *   LimeSurvey application/helpers/admin/export/Writer.php (getFullHeading, getHeadingCode,
 *   the "codetext" format) builds headings;
 * - JISC Online Surveys "3.1. Statement" and SmartSurvey "3. Question - Row": not confirmed by
 *   their documentation (none found by the search tool), the likely layouts survey-exports.md names;
 * - Google Forms "Question [Row]"; Microsoft Forms ID, Start time, Completion time, Email, Name.
 */
/** The survey form as an observer form, which asks no importance (as systems-leadership-observer). */
const { importance: _importance, ...withoutImportance } = survey;
const observer: Questionnaire = { ...withoutImportance, id: 'survey-observer', form: 'observer' };

const show = (c: ColumnRole) => (c.kind === 'item' ? c.item.id : c.kind === 'importance' ? `importance:${c.themeId}` : c.kind === 'attribute' ? `attribute:${c.name}` : c.kind === 'name-part' ? `${c.part}-name` : c.kind);
const map = (header: readonly string[], q: Questionnaire = survey, options: MapOptions = {}) => {
  const { columns, problems } = mapColumns(header, q, 'x.csv', 1, options);
  return { roles: columns.map(show), problems: problems.map((p) => `${p.column} ${p.severity} ${p.message}`) };
};
const fromRows = (rows: string[][], q: Questionnaire = survey) => {
  const header = headerRows(rows);
  return map(header.titles, q, { aliases: header.aliases });
};

const HOW_OFTEN = 'How often do you do each of these?';
const IMPORTANCE_GRID = 'How important is each of these to your current role?';

describe('reading each platform header for what its columns hold', () => {
  it('SurveyMonkey: scores every theme from the matrix under its question, with the importance grid and the name question', () => {
    const rows = [
      ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'What is your name?', HOW_OFTEN, '', '', '', IMPORTANCE_GRID, '', 'What helps you hold to shared values?'],
      [
        '',
        '',
        '',
        '',
        '',
        'Open-Ended Response',
        'I talk about the values we share with partners.',
        'I put my organisation’s interests first, then the system’s.',
        'I ask people who use services what matters to them.',
        'I judge success by outcomes, not activity.',
        'Shared values',
        'Outcomes for people',
        'Open-Ended Response',
      ],
    ];
    expect(fromRows(rows)).toEqual({
      roles: ['attribute:Respondent ID', 'attribute:Collector ID', 'started', 'completed', 'attribute:IP Address', 'respondent', 'sv1', 'sv2', 'oc1', 'oc2', 'importance:shared-values', 'importance:outcomes', 'sv-notes'],
      problems: [],
    });
  });

  it('Qualtrics: the statement after " - ", a tag renamed to an item id, and the importance matrix', () => {
    const rows = [
      ['StartDate', 'EndDate', 'Finished', 'Q1', 'sv2', 'Q3_1', 'Q3_2', 'Q4_1', 'Q4_2'],
      [
        'Start Date',
        'End Date',
        'Finished',
        'What is your name?',
        'How often do you do each of these? - I put my organisation’s interests first, then the system’s.',
        `${HOW_OFTEN} - I talk about the values we share with partners.`,
        `<strong>${HOW_OFTEN}</strong> - I ask people who use services what matters to them.`,
        `${IMPORTANCE_GRID} - Shared values`,
        `${IMPORTANCE_GRID} - Outcomes for people`,
      ],
      [
        '{"ImportId":"startDate"}',
        '{"ImportId":"endDate"}',
        '{"ImportId":"finished"}',
        '{"ImportId":"QID1_TEXT"}',
        '{"ImportId":"QID2"}',
        '{"ImportId":"QID3_1"}',
        '{"ImportId":"QID3_2"}',
        '{"ImportId":"QID4_1"}',
        '{"ImportId":"QID4_2"}',
      ],
    ];
    const { roles, problems } = fromRows(rows);
    expect(roles).toEqual(['started', 'completed', 'finished', 'respondent', 'sv2', 'sv1', 'oc1', 'importance:shared-values', 'importance:outcomes']);
    expect(problems).toEqual(['1 warning no column for item oc2: its answers count as missing']);
  });

  it('LimeSurvey: full question text, question codes and code with text', () => {
    const header = [
      'Response ID',
      'Date submitted',
      'Last page',
      `${HOW_OFTEN} [I talk about the values we share with partners.]`,
      'SV[sv2]',
      `OC[SQ001]. ${HOW_OFTEN} [I ask people who use services what matters to them.]`,
      'OC[oc2]. How often… [I judge success by outcomes]',
      `${IMPORTANCE_GRID} [Shared values]`,
      `${IMPORTANCE_GRID} [Outcomes for people]`,
    ];
    expect(map(header)).toEqual({
      roles: ['attribute:Response ID', 'finished', 'attribute:Last page', 'sv1', 'sv2', 'oc1', 'oc2', 'importance:shared-values', 'importance:outcomes'],
      problems: [],
    });
  });

  it('JISC Online Surveys and SmartSurvey: numbered statements and "Question - Row"', () => {
    const jisc = [
      '1. What is your name?',
      '3.1. I talk about the values we share with partners.',
      "3.2 I put my organisation's interests first, then the system's.",
      '4.1 I ask people who use services what matters to them.',
      '4.2. I judge success by outcomes, not activity.',
    ];
    expect(map(jisc).roles).toEqual(['respondent', 'sv1', 'sv2', 'oc1', 'oc2']);
    // JISC gives a grid's question no column: its rows are the parts of the question's number.
    expect(map(['5.1. Shared values', '5.2 Outcomes for people', '5. Shared values', 'Shared values']).roles).toEqual([
      'importance:shared-values',
      'importance:outcomes',
      'attribute:5. Shared values',
      'attribute:Shared values',
    ]);
    const smart = [`3. ${HOW_OFTEN} - I talk about the values we share with partners.`, `${HOW_OFTEN} - I ask people who use services what matters to them.`, `5. ${IMPORTANCE_GRID} - Shared values`];
    expect(map(smart).roles).toEqual(['sv1', 'oc1', 'importance:shared-values']);
  });

  it('Google Forms: an importance grid whose rows are the themes, asked in other words', () => {
    const header = ['Timestamp', 'sv1', 'sv2', 'oc1', 'oc2', `${IMPORTANCE_GRID} [Shared values]`, 'Please rate the importance of the following to your current role [outcomes]'];
    expect(map(header)).toEqual({ roles: ['completed', 'sv1', 'sv2', 'oc1', 'oc2', 'importance:shared-values', 'importance:outcomes'], problems: [] });
    // One word of the question's three left out still asks it; two do not.
    expect(map(['sv1', 'How important is each of these to your role? [Outcomes for people]', 'How important is each of these? [Shared values]']).roles).toEqual([
      'sv1',
      'importance:outcomes',
      'attribute:How important is each of these? [Shared values]',
    ]);
  });

  it('does not take a grid about something else for importance, and names it as unused', () => {
    const header = ['sv1', 'sv2', 'oc1', 'oc2', 'How important is your team? [Shared values]', 'IP Address'];
    const { roles, problems } = map(header);
    expect(roles.slice(4)).toEqual(['attribute:How important is your team? [Shared values]', 'attribute:IP Address']);
    expect(problems).toEqual([
      '5 warning 1 column read as a question but matches nothing in questionnaire "survey", so it is kept only as an attribute for --group-by: column 5 "How important is your team? [Shared v..."; if it holds an item, name it by the item\'s id or text, or map it with --map FILE',
      '1 warning questionnaire "survey" asks how important each theme is, but no column holds it, so there are no development priorities: name a column "How important is Shared values to your current role?" or "importance:shared-values", or map it with --map FILE',
    ]);
  });

  it('Microsoft Forms: Name is the respondent, Email an attribute', () => {
    expect(map(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'sv1']).roles).toEqual(['attribute:ID', 'started', 'completed', 'attribute:Email', 'respondent', 'sv1']);
  });
});

describe('the respondent, the person rated and the relationship, as forms ask them', () => {
  it('recognises natural observer questions, with no warning', () => {
    const header = ['Timestamp', 'Your name', 'Who are you giving feedback about?', 'How do you work with them?', 'sv1', 'sv2', 'oc1', 'oc2'];
    expect(map(header, observer)).toEqual({ roles: ['completed', 'respondent', 'subject', 'role', 'sv1', 'sv2', 'oc1', 'oc2'], problems: [] });
  });

  it.each([
    ['Who is this feedback for?', 'subject'],
    ['Name of the person you are giving feedback on', 'subject'],
    ["Leader's name", 'subject'],
    ['Who are you rating?', 'subject'],
    ['What is your relationship to them?', 'role'],
    ['Your relationship to the person', 'role'],
    ['Relationship', 'role'],
    ['How do you know this person?', 'role'],
    ['Please enter your full name (optional)', 'respondent'],
    ['What is your name?', 'respondent'],
    ['Full name', 'respondent'],
  ])('reads "%s" as the %s', (header, kind) => {
    expect(map([header, 'sv1'], observer).roles[0]).toBe(kind);
  });

  it('takes no statement or other question for a name, subject or relationship', () => {
    const header = ['sv1', 'How do you work with partners to agree shared goals?', 'Relationships with partners are strong', 'What is your role?', 'Name of your team'];
    expect(map(header, observer).roles).toEqual(['sv1', ...header.slice(1).map((h) => `attribute:${h}`)]);
  });

  it('warns an observer form without a subject or relationship column, saying what follows and what to do', () => {
    const { problems } = map(['sv1', 'sv2', 'oc1', 'oc2'], observer);
    expect(problems).toEqual([
      '1 warning questionnaire "survey-observer" is answered about someone, but no column says who (such as "Who are you giving feedback about?"), so there is no 360 view: the answers only count in the cohort\'s figures; add that column or map one as the subject with --map FILE',
      '1 warning questionnaire "survey-observer" has raters in several roles, but no column says how each rater works with the person (such as "How do you work with them?"), so every rater counts as "other" and there are no figures by manager, peer or direct report; add that column or map one as the role with --map FILE',
    ]);
  });

  it('joins First Name and Last Name into the respondent when no column names them, keeping both as attributes', () => {
    const header = ['First Name', 'Last Name', 'sv1'];
    expect(map(header).roles).toEqual(['first-name', 'last-name', 'sv1']);
    const reader = SurveyRowReader.fromHeader(header, survey, 'x.csv').reader!;
    expect(reader.readRow(['Asha', 'Patel', '3'], 2).answers).toMatchObject({ respondent: 'Asha Patel', attributes: { 'First Name': 'Asha', 'Last Name': 'Patel' } });
    expect(reader.readRow(['', 'Jones', '3'], 3).answers?.respondent).toBe('Jones');
    expect(reader.readRow(['', '', '3'], 4).answers?.respondent).toBeUndefined();
    // A name column names the respondent; the parts stay attributes.
    expect(map(['Name', ...header]).roles).toEqual(['respondent', 'attribute:First Name', 'attribute:Last Name', 'sv1']);
  });

  it("reads SurveyMonkey's contact-details rows as well-known columns", () => {
    expect(map(['Contact information [Name]', 'Contact information [Email Address]', 'sv1']).roles).toEqual(['respondent', 'attribute:Contact information [Email Address]', 'sv1']);
  });
});

describe('saying which headers were seen when no column matches an item', () => {
  it('names the first headers, shortened, and suggests --map', () => {
    const header = ['Respondent ID', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', `${'A very long question '.repeat(5)}?`];
    expect(map(header).problems).toEqual([
      '1 error no column matches an item of questionnaire "survey" (the headers are "Respondent ID", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7" and 2 more): name columns by item id (e.g. "sv1") or by the item\'s text, or say which column holds which item with --map FILE',
    ]);
  });
});

describe('choosing the questionnaire of a header of several rows', () => {
  it('matches by the combined header and the aliases', () => {
    const two: Questionnaire = { ...survey, id: 'two', items: survey.items.filter((item) => item.id === 'sv1' || item.id === 'sv2') };
    const header = headerRows([
      ['Q1_1', 'sv2'],
      [`${HOW_OFTEN} - I talk about the values we share with partners.`, 'Second'],
      ['{"ImportId":"QID1_1"}', '{"ImportId":"QID2"}'],
    ]);
    // Without the tag sv2 only sv1 matches, in both forms: the preferred one is taken. With it the
    // two-item form has a column for each of its items.
    expect(chooseQuestionnaire(header.titles, [two, survey], 'survey')?.id).toBe('survey');
    expect(chooseQuestionnaire(header.titles, [two, survey], 'survey', { aliases: header.aliases })?.id).toBe('two');
  });
});
