import { describe, expect, it } from 'vitest';
import { applyTransition } from '../engine';
import { describeStateMachine } from '../state-machine-table.test-helper';
import { actors, buildRequest, calendar, now } from '../test-fixtures';
import type { RequestSnapshot, TransitionInput } from '../types';
import { buildIctOfficeTable } from './ict-office-table.test-helper';
import { buildTechnicalRecommendationType } from './technical-recommendation';

const def = buildTechnicalRecommendationType();

const validFields = {
  subjectKind: 'procurement',
  title: 'Pengadaan server aplikasi rekam medis',
  description: 'Dua unit server untuk aplikasi rekam medis elektronik puskesmas',
  fiscalYear: 2025,
  estimatedBudget: 350_000_000,
};

function requestIn(state: string, overrides: Partial<RequestSnapshot> = {}): RequestSnapshot {
  return buildRequest({ type: 'technical_recommendation', state, fields: validFields, attachmentCount: 1, ...overrides });
}

describeStateMachine(
  buildIctOfficeTable({
    def,
    requestIn: (state) => requestIn(state),
    cites: 'Dumai 18/2019 Ps 6(5), Palu 14/2022 Ps 7(4), 30(1)',
    approveInput: { outcome: { recommendationNumber: '000.5/123/Diskominfo/2025' } },
    rejectReason: 'not_aligned_with_architecture',
  }),
);

function apply(state: string, actor: keyof typeof actors, input: TransitionInput, overrides: Partial<RequestSnapshot> = {}) {
  return applyTransition(def, requestIn(state, overrides), actors[actor], input, now, calendar);
}

describe('technical_recommendation: what each step needs', () => {
  it('Dumai 18/2019 Ps 6(5): a procurement recommendation is asked with its document attached', () => {
    const result = apply('draft', 'requester', { transition: 'submit' }, { attachmentCount: 0 });
    expect(result).toEqual({ ok: false, code: 'REQUEST_ATTACHMENT_REQUIRED' });
  });

  it('Dumai 18/2019 Ps 6(5), Palu 14/2022 Ps 30(1): the subject kind must be one of the three', () => {
    const fields = { ...validFields, subjectKind: 'catering' };
    const result = apply('draft', 'requester', { transition: 'submit' }, { fields });
    expect(result).toMatchObject({ ok: false, code: 'REQUEST_FIELD_INVALID', fields: ['subjectKind'] });
  });

  it('Palu 14/2022 Ps 30(1): the title and description are required', () => {
    const result = apply('draft', 'requester', { transition: 'submit', fields: { title: '', description: ' ' } });
    expect(result).toEqual({ ok: false, code: 'REQUEST_FIELD_REQUIRED', fields: ['title', 'description'] });
  });

  it('Palu 14/2022 Ps 24(1) huruf b-c: an agency that is not ICT-self-reliant cannot ask for a LAN recommendation', () => {
    const fields = { ...validFields, subjectKind: 'lan_infrastructure' };
    const result = apply('draft', 'requester', { transition: 'submit' }, { fields });
    expect(result).toEqual({ ok: false, code: 'REQUEST_AGENCY_NOT_ICT_SELF_RELIANT' });
  });

  it('Palu 14/2022 Ps 24(1) huruf c: an ICT-self-reliant agency asks for a LAN recommendation', () => {
    const fields = { ...validFields, subjectKind: 'lan_infrastructure' };
    const result = apply('draft', 'requester', { transition: 'submit' }, { fields, requesterAgencyIctSelfReliant: true });
    expect(result.ok && result.state).toBe('submitted');
  });

  it('Palu 14/2022 Ps 30(1): any agency asks for an application-development recommendation', () => {
    const fields = { ...validFields, subjectKind: 'application_development' };
    const result = apply('draft', 'requester', { transition: 'submit' }, { fields });
    expect(result.ok && result.state).toBe('submitted');
  });

  it('Palu 14/2022 Ps 7(4): approval needs the recommendation number a budget item links to', () => {
    expect(apply('submitted', 'ictHead', { transition: 'approve' })).toEqual({
      ok: false,
      code: 'REQUEST_FIELD_REQUIRED',
      fields: ['recommendationNumber'],
    });
  });

  it('Palu 14/2022 Ps 7(4), 30(1): approval issues the recommendation under its number', () => {
    const result = apply('submitted', 'ictHead', { transition: 'approve', outcome: { recommendationNumber: ' 000.5/7/2025 ' } });
    expect(result.ok && { outcome: result.outcome, effect: result.effect }).toEqual({
      outcome: { recommendationNumber: '000.5/7/2025' },
      effect: { kind: 'issue_recommendation' },
    });
  });

  it('Dumai 18/2019 Ps 14(2): rejection for a duplicate application is a listed reason', () => {
    const result = apply('submitted', 'ictHead', { transition: 'reject', reasonCode: 'duplicates_existing_application' });
    expect(result.ok && result.step.reasonCode).toBe('duplicates_existing_application');
  });

  it('Dumai 18/2019 Ps 6(5): the request is addressed to the ICT office', () => {
    expect(def.addressees.to).toEqual([{ kind: 'special_agency', specialRole: 'ict_office' }]);
  });
});
