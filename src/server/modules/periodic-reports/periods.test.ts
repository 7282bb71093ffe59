import { describe, expect, it } from 'vitest';
import { findMissingReports, listPeriods } from './periods';

describe('periodic report periods (Jambi 10/2017 Ps 22(1): "secara berkala")', () => {
  it('Jambi 10/2017 Ps 22(1): quarterly periods aligned to the calendar year, from the one holding the start date', () => {
    const periods = listPeriods({ periodMonths: 3, deadlineDays: 15, startsOn: '2026-02-10' }, '2026-07-01');
    expect(periods).toEqual([
      { start: '2026-01-01', end: '2026-03-31', deadline: '2026-04-15' },
      { start: '2026-04-01', end: '2026-06-30', deadline: '2026-07-15' },
      { start: '2026-07-01', end: '2026-09-30', deadline: '2026-10-15' },
    ]);
  });

  it('Jambi 10/2017 Ps 22(1): semester periods run January–June and July–December', () => {
    const periods = listPeriods({ periodMonths: 6, deadlineDays: 0, startsOn: '2025-08-01' }, '2026-01-05');
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2025-07-01', '2025-12-31'],
      ['2026-01-01', '2026-06-30'],
    ]);
  });

  it('Jambi 10/2017 Ps 22(3): an agency without a report after the deadline is listed for a teguran, once warned it says so', () => {
    const periods = listPeriods({ periodMonths: 3, deadlineDays: 15, startsOn: '2026-01-01' }, '2026-07-20');
    const missing = findMissingReports({
      periods,
      agencyIds: ['a', 'b'],
      submitted: [{ agencyId: 'a', periodStart: '2026-01-01' }, { agencyId: 'a', periodStart: '2026-04-01' }],
      warned: [{ agencyId: 'b', periodStart: '2026-01-01' }],
      asOf: '2026-07-20',
    });
    // Q3 has not ended; Q1 and Q2 deadlines (15 April, 15 July) have passed
    expect(missing.map((m) => [m.agencyId, m.period.start, m.warned])).toEqual([
      ['b', '2026-01-01', true],
      ['b', '2026-04-01', false],
    ]);
  });

  it('Jambi 10/2017 Ps 22(3): on the deadline day itself the report is not yet missing', () => {
    const periods = listPeriods({ periodMonths: 3, deadlineDays: 15, startsOn: '2026-01-01' }, '2026-04-15');
    expect(findMissingReports({ periods, agencyIds: ['a'], submitted: [], warned: [], asOf: '2026-04-15' })).toEqual([]);
  });
});
