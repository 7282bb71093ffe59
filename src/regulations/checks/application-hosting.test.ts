import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import { checkHostedInDataCenter } from './application-hosting';

describe('checkHostedInDataCenter', () => {
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
        { messageKey: 'compliance.applicationOutsideDataCenter', params: { hosting: 'vendor_cloud' } },
        { params: { hosting: '-' } },
      ],
      remedyKey: 'compliance.remedy.moveToDataCenter',
    });
  });

  it('Dumai 67/2022 Ps 16(3): an application still being built is not yet concerned', () => {
    expect(check(buildReadModel({ applications: [buildReadApplication({ hosting: null, stage: 'development' })] })).status).toBe('met');
  });
});
