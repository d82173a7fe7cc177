/** The person questions and relationship choices syslead form writes in Welsh are read back as their English ones are. */
import { describe, expect, it } from 'vitest';
import { parseRole } from '../../src/core/csv/role.js';
import { wellKnownColumn } from '../../src/core/csv/well-known.js';

describe('Welsh headings and choices', () => {
  it('reads the Welsh form questions as respondent, subject and role', () => {
    expect(['Beth yw eich enw?', "Am bwy rydych chi'n rhoi adborth?", "Sut ydych chi'n gweithio gyda nhw?"].map(wellKnownColumn)).toEqual(['respondent', 'subject', 'role']);
  });

  it('reads each Welsh relationship choice as its role, as the English ones are', () => {
    expect(['Eu rheolwr llinell', 'Cymar yn yr un sefydliad', "Rhywun sy'n atebol iddyn nhw", 'Partner mewn sefydliad arall', 'Arall'].map(parseRole)).toEqual(['manager', 'peer', 'direct-report', 'partner', 'other']);
    expect(parseRole('Their line manager')).toBe('manager');
  });
});
