import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell } from '../../src/core/csv/dates.js';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { survey } from './survey.js';

/**
 * The reader remembers each date column's last cell, so an export whose rows repeat a date reads
 * it once: every row must still get what reading its cell alone gives, and the file's order of day
 * and month what all its cells show.
 */
const cells = ['2025-03-04 09:16:34', '04/03/2025 09:16', '13/04/2025 10:00', '04/13/2025 10:00', '4 Mar 2025', 'March 4, 2025 9:16 AM', 'soon', ' 2025-03-04  09:16:34 '];

function reader() {
  const found = SurveyRowReader.fromHeader(['ID', 'Start time', 'Completion time', 'sv1', 'sv2', 'oc1', 'oc2'], survey, 'export.csv', 1);
  return found.reader!;
}

describe('dates that repeat from row to row', () => {
  it('read as each cell alone reads, in either column, with the order the cells show', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...cells), fc.constantFrom(...cells)), { minLength: 1, maxLength: 30 }), (rows) => {
        const r = reader();
        const shown = new Set<string>();
        rows.forEach(([started, completed], i) => {
          const answers = r.readRow([String(i + 1), started, completed, '4', '2', '3', '3'], i + 2).answers!;
          expect(answers.started).toBe(readDateCell(started).value);
          expect(answers.completed).toBe(readDateCell(completed).value);
          for (const cell of [started, completed]) {
            const order = readDateCell(cell).shown;
            if (order) shown.add(order);
          }
        });
        expect(r.dateOrder()).toBe(shown.size === 1 ? [...shown][0] : undefined);
      }),
    );
  });
});
