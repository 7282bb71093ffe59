import { describe, expect, it } from 'vitest';
import { buildDueCalendar } from './calendar';
import { buildReadApplication, buildReadEvaluationCycle, buildReadModel, buildReadPeriodicReport, healthOfficeId } from './testing/build-read-model';
import { dumai2019Profile, dumaiProfile, jambiProfile } from './testing/profiles';

describe('buildDueCalendar', () => {
  it('Dumai 18/2019 Ps 14(4), 17(1), 8(2) huruf d: evaluations, certificate expiries and the SPBE evaluation, sorted by date', () => {
    const app = buildReadApplication({ lastServiceEvaluationAt: '2023-03-10', certificateExpiresAt: '2024-02-20' });
    const model = buildReadModel({ applications: [app], evaluations: [buildReadEvaluationCycle({ submittedAt: '2023-06-30' })] });
    expect(buildDueCalendar(model, dumai2019Profile, '2024-01-15')).toEqual([
      { date: '2024-02-20', kind: 'certificate_expiry', obligationId: 'dumai-18-2019/17-1', agencyId: healthOfficeId, recordType: 'application', recordId: app.id },
      { date: '2024-03-10', kind: 'service_evaluation', obligationId: 'dumai-18-2019/14-4', agencyId: healthOfficeId, recordType: 'application', recordId: app.id },
      { date: '2024-06-30', kind: 'evaluation', obligationId: 'dumai-18-2019/8-2-d', recordType: 'evaluation' },
    ]);
  });

  it('Dumai 18/2019 Ps 14(4): a never-evaluated application is overdue on the first day; dates past the window are left out', () => {
    const never = buildReadApplication({ lastServiceEvaluationAt: null, certificateExpiresAt: '2026-01-01' });
    const events = buildDueCalendar(buildReadModel({ applications: [never] }), dumai2019Profile, '2024-01-15', 6);
    expect(events).toEqual([
      { date: '2024-01-15', kind: 'service_evaluation', obligationId: 'dumai-18-2019/14-4', agencyId: healthOfficeId, recordType: 'application', recordId: never.id, overdue: true },
    ]);
  });

  it('Dumai 67/2022 Ps 34: 18/2019 dates after 30 June 2022 are left out once 67/2022 is in the profile', () => {
    const app = buildReadApplication({ lastServiceEvaluationAt: '2021-06-01', certificateExpiresAt: '2022-08-01' });
    const events = buildDueCalendar(buildReadModel({ asOf: '2022-01-10', applications: [app] }), dumaiProfile, '2022-01-10');
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2022-06-01', 'service_evaluation']]);
  });

  it('Jambi 10/2017 Ps 22(1): an unsubmitted periodic report falls due at its period end', () => {
    const pending = buildReadPeriodicReport({ periodEnd: '2024-03-31', submittedAt: null });
    const model = buildReadModel({ periodicReports: [buildReadPeriodicReport(), pending] });
    expect(buildDueCalendar(model, jambiProfile, '2024-01-15')).toEqual([
      { date: '2024-03-31', kind: 'periodic_report', obligationId: 'jambi-10-2017/22-1', agencyId: healthOfficeId, recordType: 'periodic_report', recordId: `${healthOfficeId}:2024-03-31` },
    ]);
  });
  it('issue 8 §3, Dumai 18/2019 Ps 22(2): an accepted attestation falls due on its last day; an expired one is overdue on the first day', () => {
    const base = { obligationId: 'dumai-18-2019/22-2', agencyId: healthOfficeId, partyName: 'Dinas Kesehatan', attestedOn: '2023-01-01', acceptedAt: '2023-01-02', acceptedBy: 'Inspektur', statement: 'x' };
    const model = buildReadModel({
      attestations: [
        { ...base, id: 'a-valid', validUntil: '2024-03-01' },
        { ...base, id: 'a-expired', obligationId: 'dumai-18-2019/22-3', validUntil: '2024-01-01' },
        { ...base, id: 'a-once', obligationId: 'dumai-18-2019/22-1', validUntil: null },
      ],
    });
    expect(buildDueCalendar(model, dumai2019Profile, '2024-01-15')).toEqual([
      { date: '2024-01-15', kind: 'attestation_renewal', obligationId: 'dumai-18-2019/22-3', agencyId: healthOfficeId, recordType: 'attestation', recordId: 'a-expired', overdue: true },
      { date: '2024-03-01', kind: 'attestation_renewal', obligationId: 'dumai-18-2019/22-2', agencyId: healthOfficeId, recordType: 'attestation', recordId: 'a-valid' },
    ]);
  });
});
