import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import { checkCertificateValid, checkServiceEvaluation } from './application-schedules';

const yearly = checkServiceEvaluation({ months: 12 });

describe('service evaluation and certificate checks', () => {
  it('Dumai 18/2019 Ps 14(4): an evaluation within the last year is met', () => {
    const model = buildReadModel({ asOf: '2024-01-15', applications: [buildReadApplication({ lastServiceEvaluationAt: '2023-06-01' })] });
    expect(yearly(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 14(4): an application never evaluated is not met', () => {
    const app = buildReadApplication({ lastServiceEvaluationAt: null });
    expect(yearly(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.serviceEvaluationMissing', recordId: app.id }],
    });
  });

  it('Dumai 18/2019 Ps 14(4): an evaluation older than a year is not met', () => {
    const app = buildReadApplication({ lastServiceEvaluationAt: '2022-12-31' });
    expect(yearly(buildReadModel({ asOf: '2024-01-15', applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.serviceEvaluationOverdue', params: { dueDate: '2023-12-31' } }],
    });
  });

  it('Dumai 18/2019 Ps 14(4): an evaluation falling due within 30 days is due soon, with the due date', () => {
    const app = buildReadApplication({ lastServiceEvaluationAt: '2023-02-01' });
    expect(yearly(buildReadModel({ asOf: '2024-01-15', applications: [app] }))).toMatchObject({
      status: 'due_soon',
      dueDate: '2024-02-01',
      evidence: [{ messageKey: 'compliance.serviceEvaluationDueSoon', recordId: app.id }],
    });
  });

  it('Dumai 18/2019 Ps 14(4): an application still in analysis is not yet concerned; with none in service nothing is met, it is not applicable', () => {
    const app = buildReadApplication({ stage: 'requirements_analysis', lastServiceEvaluationAt: null });
    expect(yearly(buildReadModel({ applications: [app] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
  });

  it('Dumai 18/2019 Ps 17(1): a valid certificate is met', () => {
    const model = buildReadModel({ applications: [buildReadApplication({ certificateExpiresAt: '2024-06-30' })] });
    expect(checkCertificateValid()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 17(1): an application without a certificate is not met', () => {
    const app = buildReadApplication({ hasCertificate: false, certificateExpiresAt: null });
    expect(checkCertificateValid()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.certificateMissing' }],
    });
  });

  it('Dumai 18/2019 Ps 17(1): an expired certificate is not met', () => {
    const app = buildReadApplication({ certificateExpiresAt: '2024-01-14' });
    expect(checkCertificateValid()(buildReadModel({ asOf: '2024-01-15', applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.certificateExpired', params: { expiresAt: '2024-01-14' } }],
    });
  });

  it('Dumai 18/2019 Ps 17(1): a certificate expiring within 30 days is due soon', () => {
    const app = buildReadApplication({ certificateExpiresAt: '2024-02-10T00:00:00Z' });
    expect(checkCertificateValid()(buildReadModel({ asOf: '2024-01-15', applications: [app] }))).toMatchObject({
      status: 'due_soon',
      dueDate: '2024-02-10',
    });
  });
});
