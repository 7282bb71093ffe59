import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel, healthOfficeId, ictOfficeId } from '../../testing/build-read-model';
import { checkOperatedByServiceOwner } from './application-checks';

describe('Palu 14/2022 application checks', () => {
  const check = checkOperatedByServiceOwner();

  it('Palu 14/2022 Ps 30(3): not measurable without the application registry', () => {
    expect(check(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'application_registry', reason: 'no_capability' });
  });

  it('Palu 14/2022 Ps 30(3): an application operated by its service owner (or with no separate operator) is met', () => {
    const apps = [buildReadApplication(), buildReadApplication({ operatorAgencyId: healthOfficeId })];
    expect(check(buildReadModel({ applications: apps })).status).toBe('met');
  });

  it('Palu 14/2022 Ps 30(3): an application operated by another agency is not met', () => {
    const app = buildReadApplication({ operatorAgencyId: ictOfficeId });
    expect(check(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-palu-14-2022.finding.applicationOperatedByOther', recordId: app.id, agencyId: healthOfficeId }],
      remedyKey: 'reg-palu-14-2022.remedy.operateByServiceOwner',
    });
  });
});
