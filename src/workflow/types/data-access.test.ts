import { describe, expect, it } from 'vitest';
import { applyTransition } from '../engine';
import { describeStateMachine, requesterActors, type StateMachineTable } from '../state-machine-table.test-helper';
import { actors, buildRequest, calendar, now, validDataAccessFields } from '../test-fixtures';
import type { RequestSnapshot, TransitionInput } from '../types';
import { buildDataAccessType, confidentialityStatement } from './data-access';


const statement = { acknowledgedStatements: [confidentialityStatement] };
const rejectInput = { reasonCode: 'commercial_or_non_government_use' };

function requestIn(state: string): RequestSnapshot {
  return buildRequest({ type: 'data_access', state, fields: validDataAccessFields });
}

function buildTable(recommender: 'data_steward' | 'ict_office'): StateMachineTable {
  const palu = recommender === 'data_steward';
  const recommendCites = palu ? 'Palu 14/2022 Ps 9(8)' : 'Dumai 18/2019 Ps 12(3)';
  const requester = { actors: requesterActors, review: false };
  const withdraw = { to: 'withdrawn', input: {}, cites: 'Palu 14/2022 Ps 9(5), Dumai 18/2019 Ps 12(1)', ...requester };
  const sekda = ['regionalSecretary', 'secretariatRegionalSecretary'] as const;
  return {
    def: buildDataAccessType({ recommender }),
    requestIn,
    states: ['draft', 'submitted', 'recommended', 'returned', 'approved', 'rejected', 'withdrawn'],
    finalStates: ['approved', 'rejected', 'withdrawn'],
    cites: palu ? 'Palu 14/2022 Ps 9(5)-(8)' : 'Dumai 18/2019 Ps 12',
    variant: `recommended by ${recommender}`,
    allowed: {
      draft: {
        submit: { to: 'submitted', input: statement, cites: 'Dumai 18/2019 Ps 12(1), Palu 14/2022 Ps 9(5)', ...requester },
        withdraw,
      },
      submitted: {
        recommend: {
          to: 'recommended',
          actors: palu ? ['stewardHead'] : ['ictHead'],
          input: { outcome: { recommendation: 'approve' } },
          review: true,
          cites: recommendCites,
        },
        return_for_revision: {
          to: 'returned',
          actors: palu ? ['stewardHead', 'stewardOperator'] : ['ictHead', 'ictOperator'],
          input: { note: 'Lengkapi kegunaan data' },
          review: true,
          cites: recommendCites,
        },
        withdraw,
      },
      recommended: {
        approve: { to: 'approved', actors: sekda, input: {}, review: true, cites: `${recommendCites}: Sekretaris Daerah decides` },
        reject: { to: 'rejected', actors: sekda, input: rejectInput, review: true, cites: 'Palu 14/2022 Ps 9(7)-(8)' },
        return_for_revision: {
          to: 'returned',
          actors: sekda,
          input: { note: 'Perjelas bentuk data' },
          review: true,
          cites: `${recommendCites}: Sekretaris Daerah decides`,
        },
        withdraw,
      },
      returned: {
        resubmit: { to: 'submitted', input: statement, cites: 'Dumai 18/2019 Ps 12(1), Palu 14/2022 Ps 9(5)', ...requester },
        withdraw,
      },
    },
  };
}

describeStateMachine(buildTable('data_steward'));
describeStateMachine(buildTable('ict_office'));

function apply(state: string, actor: keyof typeof actors, input: TransitionInput, request: Partial<RequestSnapshot> = {}) {
  const def = buildDataAccessType({ recommender: 'data_steward' });
  return applyTransition(def, { ...requestIn(state), ...request }, actors[actor], input, now, calendar);
}

describe('data_access: what each step needs', () => {
  const fieldPaths = [
    ['responsiblePerson.name', 'a. penanggung jawab'],
    ['workUnit', 'b. unit kerja'],
    ['purpose.use', 'c. maksud, tujuan, kegunaan'],
    ['requestedData.form', 'd. jenis dan bentuk data'],
  ] as const;
  for (const [path, item] of fieldPaths) {
    it(`Dumai 18/2019 Ps 12(2), Palu 14/2022 Ps 9(6) huruf ${item}: submit without ${path} is refused`, () => {
      const fields = structuredClone(validDataAccessFields) as Record<string, Record<string, string> | string>;
      const [head, tail] = path.split('.');
      if (tail) (fields[head] as Record<string, string>)[tail] = '  ';
      else fields[head] = '';
      const result = apply('draft', 'requester', { transition: 'submit', ...statement }, { fields });
      expect(result).toEqual({ ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: [path] });
    });
  }

  it('Dumai 18/2019 Ps 12(1): submit without the confidentiality statement is refused', () => {
    const result = apply('draft', 'requester', { transition: 'submit' });
    expect(result).toEqual({ ok: false, code: 'REQUEST_STATEMENT_REQUIRED', fields: [confidentialityStatement] });
  });

  it('Dumai 18/2019 Ps 12(1): resubmitting asks for the statement again', () => {
    const result = apply('returned', 'requester', { transition: 'resubmit' });
    expect(result.ok ? 'ok' : result.code).toBe('REQUEST_STATEMENT_REQUIRED');
  });

  it('Palu 14/2022 Ps 9: a tenant that switches the statement off submits without it', () => {
    const def = buildDataAccessType({ recommender: 'data_steward', confidentialityStatement: false });
    const result = applyTransition(def, requestIn('draft'), actors.requester, { transition: 'submit' }, now, calendar);
    expect(result.ok && result.state).toBe('submitted');
  });

  it('Palu 14/2022 Ps 9(5): a request about data with no known steward agency cannot be submitted', () => {
    const result = apply('draft', 'requester', { transition: 'submit', ...statement }, { stewardAgencyId: null });
    expect(result).toEqual({ ok: false, code: 'REQUEST_STEWARD_REQUIRED' });
  });

  it('Palu 14/2022 Ps 9(8): the recommendation must say approve or reject', () => {
    expect(apply('submitted', 'stewardHead', { transition: 'recommend' })).toEqual({
      ok: false,
      code: 'REQUEST_FIELD_REQUIRED',
      fields: ['recommendation'],
    });
    const invalid = apply('submitted', 'stewardHead', { transition: 'recommend', outcome: { recommendation: 'maybe' } });
    expect(invalid.ok ? 'ok' : invalid.code).toBe('REQUEST_FIELD_INVALID');
  });

  it('Palu 14/2022 Ps 9(8): the recommendation is kept in the outcome for the Sekretaris Daerah', () => {
    const result = apply('submitted', 'stewardHead', { transition: 'recommend', outcome: { recommendation: 'reject' } });
    expect(result.ok && result.outcome).toEqual({ recommendation: 'reject' });
  });

  it('Palu 14/2022 Ps 9(7): a rejection needs a reason code', () => {
    expect(apply('recommended', 'regionalSecretary', { transition: 'reject' })).toEqual({
      ok: false,
      code: 'REQUEST_REASON_REQUIRED',
    });
  });

  it('Palu 14/2022 Ps 9(7): a reason outside the list is refused', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'reject', reasonCode: 'too_busy' });
    expect(result).toEqual({ ok: false, code: 'REQUEST_REASON_INVALID' });
  });

  it('Palu 14/2022 Ps 9(7): the reason "other" needs a note', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'reject', reasonCode: 'other', note: ' ' });
    expect(result).toEqual({ ok: false, code: 'REQUEST_NOTE_REQUIRED' });
  });

  for (const reasonCode of ['device_outside_government_network', 'commercial_or_non_government_use']) {
    it(`Palu 14/2022 Ps 9(7): rejection for ${reasonCode} is recorded in the step`, () => {
      const result = apply('recommended', 'regionalSecretary', { transition: 'reject', reasonCode });
      expect(result.ok && result.step).toMatchObject({ transition: 'reject', reasonCode, actorUserId: 'user-sekda' });
    });
  }

  it('Palu 14/2022 Ps 9(8): a return for revision must say what to revise', () => {
    expect(apply('submitted', 'stewardHead', { transition: 'return_for_revision' })).toEqual({
      ok: false,
      code: 'REQUEST_NOTE_REQUIRED',
    });
  });

  it('Palu 14/2022 Ps 9(8): the form cannot be changed by the Sekretaris Daerah when deciding', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'approve', fields: { workUnit: 'lain' } });
    expect(result).toEqual({ ok: false, code: 'REQUEST_FIELDS_NOT_EDITABLE' });
  });

  it('Dumai 18/2019 Ps 12(3): approval grants the data access', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'approve' });
    expect(result.ok && result.effect).toEqual({ kind: 'grant_data_access' });
  });

  it('Dumai 18/2019 Ps 12(3): a rejection has no effect', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'reject', ...rejectInput });
    expect(result.ok && result.effect).toBeNull();
  });

  it('Palu 14/2022 Ps 9(5): addressed to the Sekretaris Daerah, copied to the ICT office and the data steward', () => {
    const { addressees } = buildDataAccessType({ recommender: 'data_steward' });
    expect(addressees.to).toEqual([{ kind: 'tenant_role', role: 'regional_secretary' }]);
    expect(addressees.copies).toEqual([{ kind: 'special_agency', specialRole: 'ict_office' }, { kind: 'steward_agency' }]);
  });

  it('Palu 14/2022 Ps 9(8): the Sekretaris Daerah cannot decide before the recommendation', () => {
    const result = apply('submitted', 'regionalSecretary', { transition: 'approve' });
    expect(result).toEqual({ ok: false, code: 'REQUEST_TRANSITION_NOT_ALLOWED' });
  });

  it('Palu 14/2022 Ps 9(8): a request of another type is refused', () => {
    const result = apply('recommended', 'regionalSecretary', { transition: 'approve' }, { type: 'subdomain' });
    expect(result).toEqual({ ok: false, code: 'REQUEST_TYPE_MISMATCH' });
  });
});
