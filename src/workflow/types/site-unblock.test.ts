import { describe, expect, it } from 'vitest';
import { applyTransition } from '../engine';
import { describeStateMachine } from '../state-machine-table.test-helper';
import { actors, buildRequest, calendar, now } from '../test-fixtures';
import type { RequestSnapshot, TransitionInput } from '../types';
import { buildIctOfficeTable } from './ict-office-table.test-helper';
import { buildSiteUnblockType } from './site-unblock';

const def = buildSiteUnblockType();

const validFields = {
  url: 'https://www.example-research.org/journals',
  workReason: 'Kajian pustaka untuk penyusunan Rencana Strategis',
};

function requestIn(state: string, overrides: Partial<RequestSnapshot> = {}): RequestSnapshot {
  return buildRequest({ type: 'site_unblock', state, fields: validFields, ...overrides });
}

// `now` in the fixtures is 15 August 2024 in Jakarta.
describeStateMachine(
  buildIctOfficeTable({
    def,
    requestIn: (state) => requestIn(state),
    cites: 'Dumai 18/2019 Ps 19(4), Palu 14/2022 Ps 28(3)',
    approveInput: { outcome: { expiresAt: '2024-12-31' } },
    rejectReason: 'not_for_official_duties',
  }),
);

function apply(state: string, actor: keyof typeof actors, input: TransitionInput) {
  return applyTransition(def, requestIn(state), actors[actor], input, now, calendar);
}

describe('site_unblock: what each step needs', () => {
  it('Dumai 18/2019 Ps 19(4): the work reason is required', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { workReason: '' } });
    expect(result).toEqual({ ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: ['workReason'] });
  });

  for (const url of ['ftp://files.example.org', 'javascript:alert(1)', 'situs judi']) {
    it(`Palu 14/2022 Ps 28(3): "${url}" is not a web address to open`, () => {
      const result = apply('draft', 'requester', { transition: 'submit', fields: { url } });
      expect(result).toMatchObject({ ok: false, code: 'REQUEST_FIELD_INVALID', fields: ['url'] });
    });
  }

  it('Dumai 18/2019 Ps 19(4): approval carries an expiry date', () => {
    expect(apply('submitted', 'ictHead', { transition: 'approve' })).toEqual({
      ok: false,
      code: 'REQUEST_FIELD_REQUIRED',
      fields: ['expiresAt'],
    });
  });

  for (const expiresAt of ['2024-08-14', '2024-08-15']) {
    it(`Dumai 18/2019 Ps 19(4): an expiry on ${expiresAt} (not after today) is refused`, () => {
      const result = apply('submitted', 'ictHead', { transition: 'approve', outcome: { expiresAt } });
      expect(result).toEqual({ ok: false, code: 'REQUEST_DATE_NOT_IN_FUTURE' });
    });
  }

  it('Dumai 18/2019 Ps 19(4): an approval with a later expiry opens the site until then', () => {
    const result = apply('submitted', 'ictHead', { transition: 'approve', outcome: { expiresAt: '2024-08-16' } });
    expect(result.ok && { outcome: result.outcome, effect: result.effect }).toEqual({
      outcome: { expiresAt: '2024-08-16' },
      effect: { kind: 'unblock_site' },
    });
  });

  it('Palu 14/2022 Ps 28(3): a site not needed for official duties is refused with that reason', () => {
    const result = apply('submitted', 'ictHead', { transition: 'reject', reasonCode: 'not_for_official_duties' });
    expect(result.ok && result.state).toBe('rejected');
  });
});
