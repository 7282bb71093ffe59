import { describe, expect, it } from 'vitest';
import { applyTransition, availableTransitions, isOverdue } from './engine';
import { actors, buildRequest, calendar, validDataAccessFields } from './test-fixtures';
import { buildSiteUnblockType } from './types/site-unblock';
import { buildDataAccessType } from './types/data-access';
import { buildWorkingDayCalendar } from './working-days';

const siteUnblock = buildSiteUnblockType();
const siteFields = { url: 'https://www.example-research.org', workReason: 'Kajian pustaka' };

function submitSiteUnblock(now: Date, cal = calendar) {
  const request = buildRequest({ type: 'site_unblock', fields: siteFields });
  return applyTransition(siteUnblock, request, actors.requester, { transition: 'submit', note: ' ' }, now, cal);
}

describe('engine: deadlines', () => {
  it('UU 30/2014 Ps 53(2) (Simpul default): submitted on Thursday, the ICT office is due five working days later', () => {
    const result = submitSiteUnblock(new Date('2024-08-08T03:00:00Z')); // Thu 8 Aug 2024, 10:00 WIB
    expect(result.ok && result.dueAt).toBe('2024-08-15');
  });

  it('UU 30/2014 Ps 53(2), Keppres 8/2024: the deadline skips the weekend and 17 August', () => {
    // Wed 14 Aug 2024 + 5: Thu 15, Fri 16, (Sat 17 holiday, Sun 18) Mon 19, Tue 20, Wed 21
    const result = submitSiteUnblock(new Date('2024-08-14T03:00:00Z'));
    expect(result.ok && result.dueAt).toBe('2024-08-21');
  });

  it('SKB 3 Menteri: a cuti bersama entered by the administrator moves the deadline', () => {
    const cal = buildWorkingDayCalendar([{ date: '2024-08-19', kind: 'collective_leave', name: 'Cuti bersama' }]);
    const result = submitSiteUnblock(new Date('2024-08-14T03:00:00Z'), cal);
    expect(result.ok && result.dueAt).toBe('2024-08-22');
  });

  it('Simpul default: the day of entry is the Jakarta date, so a step at 00:30 WIB counts from that day', () => {
    // 2024-08-15T17:30Z is Friday 16 August 00:30 WIB; + 5 working days = Fri 23 August (17 Aug is a Saturday)
    const result = submitSiteUnblock(new Date('2024-08-15T17:30:00Z'));
    expect(result.ok && result.dueAt).toBe('2024-08-23');
  });

  it('Dumai 18/2019 Ps 19(4): a decided request has no deadline', () => {
    const request = buildRequest({ type: 'site_unblock', state: 'submitted', fields: siteFields, dueAt: '2024-08-15' });
    const input = { transition: 'reject', reasonCode: 'security_risk' };
    const result = applyTransition(siteUnblock, request, actors.ictHead, input, new Date('2024-08-12T03:00:00Z'), calendar);
    expect(result.ok && result.dueAt).toBeNull();
  });

  it('Palu 14/2022 Ps 9(8): the Sekretaris Daerah gets a new deadline once the recommendation arrives', () => {
    const def = buildDataAccessType({ recommender: 'data_steward', reviewWorkingDays: 3 });
    const request = buildRequest({ state: 'submitted', fields: validDataAccessFields, dueAt: '2024-08-13' });
    const input = { transition: 'recommend', outcome: { recommendation: 'approve' } };
    const result = applyTransition(def, request, actors.stewardHead, input, new Date('2024-08-12T03:00:00Z'), calendar);
    expect(result.ok && result.dueAt).toBe('2024-08-15');
  });
});

describe('engine: overdue', () => {
  const request = { dueAt: '2024-08-19' };

  it('UU 30/2014 Ps 53(2) (Simpul default): a request is not overdue until its due date has passed in Jakarta', () => {
    expect(isOverdue(request, new Date('2024-08-19T16:59:59Z'))).toBe(false); // 23:59:59 WIB on the due date
    expect(isOverdue(request, new Date('2024-08-19T17:00:00Z'))).toBe(true); // 00:00 WIB the day after
  });

  it('UU 30/2014 Ps 53(2) (Simpul default): in a WITA tenant the day turns an hour earlier', () => {
    expect(isOverdue(request, new Date('2024-08-19T16:30:00Z'), 'Asia/Makassar')).toBe(true);
    expect(isOverdue(request, new Date('2024-08-19T16:30:00Z'))).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(3): a request without a deadline is never overdue', () => {
    expect(isOverdue({ dueAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('engine: steps and offers', () => {
  it('Dumai 18/2019 Ps 12(3): the step records who acted, when, and the note trimmed', () => {
    const def = buildDataAccessType({ recommender: 'ict_office' });
    const request = buildRequest({ state: 'submitted', fields: validDataAccessFields });
    const at = new Date('2024-08-12T03:00:00Z');
    const input = { transition: 'return_for_revision', note: '  Lengkapi bentuk data  ', reasonCode: 'ignored' };
    const result = applyTransition(def, request, actors.ictOperator, input, at, calendar);
    expect(result.ok && result.step).toEqual({
      transition: 'return_for_revision',
      from: 'submitted',
      to: 'returned',
      actorUserId: 'user-ict-operator',
      at: '2024-08-12T03:00:00.000Z',
      note: 'Lengkapi bentuk data',
      reasonCode: null,
    });
  });

  it('Dumai 18/2019 Ps 12(3): a returned request waits on the requester, with no deadline', () => {
    const def = buildDataAccessType({ recommender: 'ict_office' });
    const request = buildRequest({ state: 'submitted', fields: validDataAccessFields });
    const input = { transition: 'return_for_revision', note: 'Lengkapi' };
    const result = applyTransition(def, request, actors.ictHead, input, new Date('2024-08-12T03:00:00Z'), calendar);
    expect(result.ok && { state: result.state, dueAt: result.dueAt }).toEqual({ state: 'returned', dueAt: null });
  });

  it('Palu 14/2022 Ps 9(8): nothing is offered on a final request', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    expect(availableTransitions(def, buildRequest({ state: 'approved' }), actors.regionalSecretary)).toEqual([]);
  });

  it('Palu 14/2022 Ps 9(8): nothing is offered on a request of another type', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    expect(availableTransitions(def, buildRequest({ type: 'subdomain', state: 'recommended' }), actors.regionalSecretary)).toEqual([]);
  });

  it('Palu 14/2022 Ps 9(8): the requester holding the Sekretaris Daerah role still cannot decide their own request', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    const request = buildRequest({ state: 'recommended', fields: validDataAccessFields });
    const result = applyTransition(def, request, actors.requesterWithDecidingRoles, { transition: 'approve' }, new Date(), calendar);
    expect(result).toEqual({ ok: false, code: 'REQUEST_SELF_DECISION' });
    const offered = availableTransitions(def, request, actors.requesterWithDecidingRoles).map((t) => t.name);
    expect(offered).toEqual(['withdraw']);
  });
});
