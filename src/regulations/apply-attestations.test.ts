import { describe, expect, it } from 'vitest';
import { applyAttestations, isAttestable } from './apply-attestations';
import { attestationValidity, attestationValidUntil } from './attestation-validity';
import { findAttestationParties } from './attestation-parties';
import { regulations } from './catalogue';
import { findObligation } from './catalogue';
import { evaluateCompliance } from './engine';
import { buildReadAgency, buildReadApplication, buildReadModel, healthOfficeId, ictOfficeId } from './testing/build-read-model';
import { dumai2019Profile } from './testing/profiles';
import { periodicCadence } from './periodic-reading';
import { complianceStatuses } from '../shared/compliance';
import type { ComplianceReadModel, ReadAttestation } from './types';

function buildAttestation(overrides: Partial<ReadAttestation> = {}): ReadAttestation {
  return {
    id: 'att-1',
    // Dumai 18/2019 Ps 22 ayat (2): "Pembinaan ... melalui koordinasi secara berkala" — no registry shows it
    obligationId: 'dumai-18-2019/22-2',
    agencyId: ictOfficeId,
    partyName: 'Dinas Komunikasi dan Informatika',
    attestedOn: '2023-11-01',
    acceptedAt: '2023-11-10T03:00:00.000Z',
    acceptedBy: 'Inspektur',
    validUntil: '2024-11-01',
    statement: 'Rapat koordinasi dilaksanakan setiap triwulan.',
    ...overrides,
  };
}

function resultOf(model: ComplianceReadModel, obligationId: string) {
  const results = applyAttestations(evaluateCompliance({ profile: dumai2019Profile, model, regulations, conflicts: [] }), model);
  return results.find((r) => r.obligationId === obligationId)?.result;
}

describe('attestation validity from the cadence', () => {
  const { params } = buildReadModel();
  it('Dumai 18/2019 Ps 5(3): a cadence of every 60 months gives 60 months', () => {
    const cadence = findObligation('dumai-18-2019/5-3')?.cadence;
    expect(attestationValidity(cadence, params)).toEqual({ basis: 'cadence', months: 60 });
    expect(attestationValidUntil('2024-01-31', cadence, params)).toBe('2029-01-31');
  });
  it('Jambi 10/2017 Ps 25: a duty done once does not expire', () => {
    const cadence = findObligation('jambi-10-2017/25')?.cadence;
    expect(cadence).toEqual({ kind: 'once' });
    expect(attestationValidUntil('2024-01-31', cadence, params)).toBeNull();
  });
  it('Dumai 18/2019 Ps 22(2): "secara berkala" without a period is the tenant\'s reading (12 months by default), shown as an interpretation', () => {
    const cadence = findObligation('dumai-18-2019/22-2')?.cadence;
    expect(cadence).toEqual(periodicCadence);
    expect(attestationValidity(cadence, params)).toEqual({ basis: 'interpretation', months: 12 });
    expect(attestationValidUntil('2024-02-29', cadence, params)).toBe('2025-02-28');
    // the administrator reads "secara berkala" as 6 months: the statement stands 6 months
    expect(attestationValidity(cadence, { ...params, periodicReadingMonths: 6 })).toEqual({ basis: 'interpretation', months: 6 });
    expect(attestationValidUntil('2024-02-29', cadence, { ...params, periodicReadingMonths: 6 })).toBe('2024-08-29');
  });
  it('a deadline after an event is no period of validity: the tenant\'s reading, an interpretation', () => {
    expect(attestationValidity({ kind: 'within', days: 5, after: 'x' }, params)).toEqual({ basis: 'interpretation', months: 12 });
    expect(attestationValidity(undefined, { ...params, periodicReadingMonths: 3 })).toEqual({ basis: 'interpretation', months: 3 });
  });
  it('Dumai 67/2022 Lampiran I.A "direviu dan dievaluasi secara periodik": the tenant\'s reading, an interpretation', () => {
    const cadence = findObligation('dumai-67-2022/lampiran-I-A-policy-review')?.cadence;
    expect(attestationValidity(cadence, { ...params, periodicReadingMonths: 24 })).toEqual({ basis: 'interpretation', months: 24 });
  });
});

describe('who attests', () => {
  const agencies = [
    buildReadAgency({ id: 'ict', specialRoles: ['ict_office'] }),
    buildReadAgency({ id: 'bappeda', specialRoles: ['planning_office'] }),
    buildReadAgency({ id: 'old', status: 'retired' }),
    buildReadAgency({ id: 'dinkes' }),
  ];
  it('Dumai 18/2019 Ps 6(1) "Setiap OPD": every active agency, each for itself', () => {
    expect(findAttestationParties('every_agency', agencies)).toEqual(['ict', 'bappeda', 'dinkes']);
  });
  it('Dumai 18/2019 Ps 22(2) "Diskominfo": the ICT office; a tenant-wide duty too', () => {
    expect(findAttestationParties('ict_office', agencies)).toEqual(['ict']);
    expect(findAttestationParties('tenant', agencies)).toEqual(['ict']);
  });
  it('a tenant-wide duty with no ICT office yet falls to the tenant (its admin)', () => {
    expect(findAttestationParties('tenant', [buildReadAgency({ id: 'dinkes' })])).toEqual([null]);
  });
  it('a role nobody holds leaves nobody able to attest', () => {
    expect(findAttestationParties('inspectorate', agencies)).toEqual([]);
  });
});

describe('applyAttestations (issue 8 §3)', () => {
  it('only results with no data evidence give way to an attestation, for every state the API reports', () => {
    const attestable = complianceStatuses.filter(isAttestable);
    expect(attestable).toEqual(['structure_in_place', 'not_measurable']);
  });

  it('Dumai 18/2019 Ps 22(2): not measurable becomes attested with an accepted, valid attestation', () => {
    const model = buildReadModel({ asOf: '2024-01-15', attestations: [buildAttestation()] });
    expect(resultOf(buildReadModel({ asOf: '2024-01-15' }), 'dumai-18-2019/22-2')?.status).toBe('not_measurable');
    const result = resultOf(model, 'dumai-18-2019/22-2');
    expect(result).toMatchObject({ status: 'attested', attestationId: 'att-1', validUntil: '2024-11-01' });
    expect(result).toMatchObject({ evidence: [{ messageKey: 'compliance.attestationEvidence', recordType: 'attestation', recordId: 'att-1', agencyId: ictOfficeId }] });
  });

  it('Dumai 18/2019 Ps 22(2): due soon from 30 days before the last day, with that date', () => {
    const model = buildReadModel({ asOf: '2024-10-02', attestations: [buildAttestation()] });
    expect(resultOf(model, 'dumai-18-2019/22-2')).toMatchObject({ status: 'due_soon', dueDate: '2024-11-01' });
    expect(resultOf({ ...model, asOf: '2024-10-01' }, 'dumai-18-2019/22-2')?.status).toBe('attested');
  });

  it('Dumai 18/2019 Ps 22(2): an expired attestation makes the obligation fall due again', () => {
    const model = buildReadModel({ asOf: '2024-11-02', attestations: [buildAttestation()] });
    expect(resultOf(model, 'dumai-18-2019/22-2')?.status).toBe('not_measurable');
  });

  it('an attestation made or accepted after the day asked for does not count on that day', () => {
    expect(resultOf(buildReadModel({ asOf: '2023-10-31', attestations: [buildAttestation()] }), 'dumai-18-2019/22-2')?.status).toBe('not_measurable');
    expect(resultOf(buildReadModel({ asOf: '2023-11-05', attestations: [buildAttestation()] }), 'dumai-18-2019/22-2')?.status).toBe('not_measurable');
  });

  it("another party's attestation does not stand for the bound one", () => {
    const model = buildReadModel({ attestations: [buildAttestation({ agencyId: healthOfficeId })] });
    expect(resultOf(model, 'dumai-18-2019/22-2')?.status).toBe('not_measurable');
  });

  it('Dumai 18/2019 Ps 6(1) "Setiap OPD membuat rencana aksi": attested only when every agency has attested', () => {
    const one = buildAttestation({ id: 'a-ict', obligationId: 'dumai-18-2019/6-1', agencyId: ictOfficeId, validUntil: '2024-12-01' });
    const two = buildAttestation({ id: 'a-health', obligationId: 'dumai-18-2019/6-1', agencyId: healthOfficeId, validUntil: '2024-06-01' });
    expect(resultOf(buildReadModel({ attestations: [one] }), 'dumai-18-2019/6-1')?.status).toBe('not_measurable');
    // the first to expire names the attestation and its last day
    expect(resultOf(buildReadModel({ attestations: [one, two] }), 'dumai-18-2019/6-1')).toMatchObject({ status: 'attested', attestationId: 'a-health', validUntil: '2024-06-01' });
  });

  it('Dumai 18/2019 Ps 14(1): a data finding is never hidden by an attestation', () => {
    const app = buildReadApplication({ ictOfficeSuperAdmin: false });
    const model = buildReadModel({ applications: [app], attestations: [buildAttestation({ obligationId: 'dumai-18-2019/14-1', agencyId: ictOfficeId })] });
    expect(resultOf(model, 'dumai-18-2019/14-1')?.status).toBe('not_met');
  });

  it('Jambi 10/2017 Ps 25: an attestation of a duty done once never expires', () => {
    const model = buildReadModel({ asOf: '2040-01-01', attestations: [buildAttestation({ obligationId: 'jambi-10-2017/25', agencyId: ictOfficeId, validUntil: null })] });
    const results = applyAttestations([{ obligationId: 'jambi-10-2017/25', regulation: 'jambi-10-2017', citation: { regulation: 'jambi-10-2017', pasal: '25' }, chapter: '', binds: 'tenant', about: 'management', needs: 'evaluation', result: { status: 'not_measurable', needs: 'evaluation', reason: 'no_capability' } }], model);
    expect(results[0].result).toMatchObject({ status: 'attested', validUntil: '' });
  });
});
