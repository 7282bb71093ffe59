import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel, healthOfficeId, ictOfficeId } from '../../testing/build-read-model';
import { checkHostedInDataCenter, checkOperatedByServiceOwner } from './application-checks';

describe('Palu 14/2022 application checks', () => {
  const check = checkOperatedByServiceOwner();

  it('Palu 14/2022 Ps 30(3): not measurable without the application registry', () => {
    expect(check(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'application_registry' });
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

describe('Palu 14/2022 data-centre placement', () => {
  const check = checkHostedInDataCenter();

  it('Palu 14/2022 Ps 13(7): applications in service hosted in the regional or national data centre are met', () => {
    const apps = [buildReadApplication({ hosting: 'data_center' }), buildReadApplication({ hosting: 'national_data_center' })];
    expect(check(buildReadModel({ applications: apps })).status).toBe('met');
  });

  it('Palu 14/2022 Ps 19(3): an application hosted elsewhere, or with no hosting recorded, is not met', () => {
    const outside = buildReadApplication({ hosting: 'vendor_cloud' });
    const unknown = buildReadApplication({ hosting: null });
    expect(check(buildReadModel({ applications: [outside, unknown] }))).toMatchObject({
      status: 'not_met',
      missing: [
        { messageKey: 'reg-palu-14-2022.finding.applicationOutsideDataCenter', params: { hosting: 'vendor_cloud' } },
        { params: { hosting: '-' } },
      ],
      remedyKey: 'reg-palu-14-2022.remedy.moveToDataCenter',
    });
  });

  it('Palu 14/2022 Ps 13(7): an application still being built is not yet concerned', () => {
    expect(check(buildReadModel({ applications: [buildReadApplication({ hosting: null, stage: 'development' })] })).status).toBe('met');
  });
});
