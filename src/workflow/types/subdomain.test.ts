import { describe, expect, it } from 'vitest';
import { applyTransition } from '../engine';
import { describeStateMachine } from '../state-machine-table.test-helper';
import { actors, buildRequest, calendar, now } from '../test-fixtures';
import type { RequestSnapshot, TransitionInput } from '../types';
import { buildIctOfficeTable } from './ict-office-table.test-helper';
import { buildSubdomainType } from './subdomain';

const palu = buildSubdomainType({ tenantDomain: 'palukota.go.id', decreeRequired: false });
const jambi = buildSubdomainType({ tenantDomain: 'jambikota.go.id', decreeRequired: true });

const validFields = { name: 'disdik', usage: 'agency_website', description: 'Situs web Dinas Pendidikan' };

function requestIn(state: string, overrides: Partial<RequestSnapshot> = {}): RequestSnapshot {
  return buildRequest({ type: 'subdomain', state, fields: validFields, ...overrides });
}

describeStateMachine(
  buildIctOfficeTable({
    def: palu,
    requestIn: (state) => requestIn(state),
    cites: 'Palu 14/2022 Ps 18(1), (3)',
    approveInput: {},
    rejectReason: 'name_unavailable',
  }),
);

describeStateMachine({
  ...buildIctOfficeTable({
    def: jambi,
    requestIn: (state) => requestIn(state),
    cites: 'Jambi 10/2017 Ps 10(3)-(4)',
    approveInput: { outcome: { decreeRef: 'Keputusan Walikota Jambi Nomor 120 Tahun 2025' } },
    rejectReason: 'usage_not_permitted',
  }),
  variant: 'decree required',
});

function apply(
  state: string,
  actor: keyof typeof actors,
  input: TransitionInput,
  overrides: Partial<RequestSnapshot> = {},
  def = palu,
) {
  return applyTransition(def, requestIn(state, overrides), actors[actor], input, now, calendar);
}

describe('subdomain: what each step needs', () => {
  it('Palu 14/2022 Ps 18(1): the full name typed by the requester is stored as its label', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { name: ' Disdik.PaluKota.go.id ' } });
    expect(result.ok && result.fields.name).toBe('disdik');
  });

  it('Palu 14/2022 Ps 18(1): a name under another domain is refused with its own code', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { name: 'disdik.jambikota.go.id' } });
    expect(result).toEqual({
      ok: false,
      code: 'REQUEST_FIELD_INVALID',
      fields: ['name'],
      fieldErrors: { name: 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN' },
    });
  });

  it('Palu 14/2022 Ps 18(1): the name is required', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { name: '' } });
    expect(result).toEqual({ ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: ['name'] });
  });

  it('Dumai 18/2019 Ps 15(4): the usage is one of agency website, product, regional service, SPBE application', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { usage: 'personal_blog' } });
    expect(result).toMatchObject({ ok: false, code: 'REQUEST_FIELD_INVALID', fields: ['usage'] });
  });

  it('Jambi 10/2017 Ps 10(4): approval records the mayoral decree on the use of the subdomain', () => {
    const result = apply('submitted', 'ictHead', { transition: 'approve' }, {}, jambi);
    expect(result).toEqual({ ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: ['decreeRef'] });
  });

  it('Jambi 10/2017 Ps 10(4): with the decree the approval registers the subdomain', () => {
    const outcome = { decreeRef: 'Keputusan Walikota Jambi Nomor 120 Tahun 2025' };
    const result = apply('submitted', 'ictHead', { transition: 'approve', outcome }, {}, jambi);
    expect(result.ok && { outcome: result.outcome, effect: result.effect }).toEqual({
      outcome,
      effect: { kind: 'register_subdomain' },
    });
  });

  it('Palu 14/2022 Ps 18(3): without a decree requirement the ICT office approval registers the subdomain', () => {
    const result = apply('submitted', 'ictHead', { transition: 'approve' });
    expect(result.ok && result.effect).toEqual({ kind: 'register_subdomain' });
  });

  it('Palu 14/2022 Ps 18(3): the request is addressed to the ICT office', () => {
    expect(palu.addressees.to).toEqual([{ kind: 'special_agency', specialRole: 'ict_office' }]);
  });
});
