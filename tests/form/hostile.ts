/**
 * A questionnaire written to trip every generator: texts with quotes, commas, pipes, tabs, markup,
 * tag-like brackets and letters beyond ASCII; ids that collide once a platform strips their
 * punctuation; two scales within one theme, one from 0; a "not observed" answer.
 */
export const HOSTILE_QUESTIONNAIRE = `id: hostile-form
version: 2
title: "Leading \\"across\\" <b>boundaries</b> & more"
description: "Tabs\\tand | pipes, commas, \\"quotes\\"; </script><script>alert(1)</script> [[Block:x]]"
language: en-GB
minutes: 2
form: observer
scales:
  agree:
    labels: ["Strongly disagree", "Disagree, a little", "Neither agree nor disagree", "Agree \\"mostly\\"", "Strongly agree"]
    not_applicable: [Not observed]
  often:
    min: 0
    labels: [Rarely, Sometimes, Often, Always]
default_scale: agree
bands:
  - { id: low, label: Low, below: 50 }
  - { id: high, label: High }
themes:
  - id: t-one
    title: "Values, \\"shared\\" & said"
    description: "What they say <i>and</i> do | together."
    items:
      - id: a-1
        text: "They say what they think, even when \\"it's\\" hard | awkward."
      - id: a1
        text: "They name a shared goal, then — in the same meeting — act on it, café-style."
        keyed: minus
      - id: a2
        text: "They use the other scale <script>alert(2)</script>"
        scale: often
      - id: a3
        text: "Their first words are about the people served."
      - id: a-notes
        type: text
        text: "What, if anything, would you add?"
    reflections:
      low: { meaning: "Now and then | \\"rarely\\".", questions: ["What gets in the way?"], try: Ask first. }
      high: { meaning: A habit., questions: ["Who learns it from you?"], try: Teach it. }
  - id: t-two
    title: "Outcomes <i>for</i> people"
    description: Second theme.
    items:
      - id: b1
        text: "They ask what difference the work made, to whom."
      - id: b2
        text: "They count activity rather than change."
        keyed: minus
      - id: b3
        text: "Les résultats comptent: «outcomes» first."
    reflections:
      low: { meaning: "Now and then | \\"rarely\\".", questions: ["What gets in the way?"], try: Ask first. }
      high: { meaning: A habit., questions: ["Who learns it from you?"], try: Teach it. }
`;

/**
 * Ids that are the names of a platform's own fields or of syslead's well-known columns: REDCap's
 * record_id, a free-text item called "subject" or "respondent", a theme called "importance".
 */
export const RESERVED_IDS_QUESTIONNAIRE = `id: reserved-ids
version: 1
title: Reserved ids
description: Ids that collide with the columns platforms and syslead use.
minutes: 2
scales:
  five:
    labels: [Never, Seldom, Sometimes, Often, Always]
  importance:
    labels: [Not important, Important, Essential]
default_scale: five
importance:
  scale: importance
  question: How important is {theme} to your current role?
bands:
  - { id: low, label: Low, below: 50 }
  - { id: high, label: High }
themes:
  - id: importance
    title: Weighing what matters
    description: A theme whose id is the importance grid's code.
    items:
      - { id: record-id, text: "They keep a record of what partners asked for." }
      - { id: named, text: "They name the people a decision affects." }
      - { id: r3, text: "They check back with partners after a decision." }
      - { id: subject, type: text, text: "Which subject would you raise with them?" }
    reflections:
      low: { meaning: Now and then., questions: ["What gets in the way?"], try: Ask first. }
      high: { meaning: A habit., questions: ["Who learns it from you?"], try: Teach it. }
  - id: respondent
    title: Responding
    description: A theme whose id is a well-known column.
    items:
      - { id: completed, text: "They finish what they start with partners." }
      - { id: role, text: "They say what their role allows them to offer." }
      - { id: q3, text: "They answer partners' questions in good time." }
      - { id: respondent-notes, type: text, text: "Anything else?" }
    reflections:
      low: { meaning: Now and then., questions: ["What gets in the way?"], try: Ask first. }
      high: { meaning: A habit., questions: ["Who learns it from you?"], try: Teach it. }
`;
