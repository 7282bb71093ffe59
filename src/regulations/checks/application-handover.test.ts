import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import { checkHandoverDocuments } from './application-handover';

describe('handover documents', () => {
  it('Dumai 18/2019 Ps 13(5): all required handover documents present is met', () => {
    expect(checkHandoverDocuments()(buildReadModel({ applications: [buildReadApplication()] })).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 13(5): a missing security test report is not met', () => {
    const app = buildReadApplication({
      handoverDocuments: [
        { code: 'source_code', present: true },
        { code: 'sdlc_architecture', present: true },
        { code: 'operation_manual', present: true },
        { code: 'security_test_report', present: false },
      ],
    });
    expect(checkHandoverDocuments()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      remedyKey: 'compliance.remedy.completeHandover',
      missing: [{ messageKey: 'compliance.handoverMissing', recordId: app.id, params: { documents: 'security_test_report', count: 1 } }],
    });
  });

  it('Jambi 10/2017 Ps 17(2): the required list follows the profile parameters', () => {
    const app = buildReadApplication({ handoverDocuments: [{ code: 'source_code', present: true }] });
    const base = buildReadModel({ applications: [app] });
    const model = { ...base, params: { ...base.params, requiredHandoverDocuments: ['source_code', 'metadata'] } };
    expect(checkHandoverDocuments()(model)).toMatchObject({ status: 'not_met', missing: [{ params: { documents: 'metadata' } }] });
    expect(checkHandoverDocuments({ documents: ['source_code'] })(model).status).toBe('met');
  });
});
