import { describe, expect, it } from 'vitest';
import { applicationHostings } from '../../shared/applications';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import { checkHostedInDataCenter } from './application-hosting';

describe('checkHostedInDataCenter', () => {
  const check = checkHostedInDataCenter();
  const statusFor = (hosting: string | null) => check(buildReadModel({ applications: [buildReadApplication({ hosting })] })).status;

  // Every value the API can store (src/shared/applications.ts), with the verdict the articles give it.
  const expected: Record<(typeof applicationHostings)[number], 'met' | 'not_met'> = {
    // Palu 14/2022 Ps 13(4) huruf a, Ps 19(1) huruf a: the national data centre is a Pusat Data of the Pemda
    national_data_center: 'met',
    // Ps 13(4) huruf b, Ps 19(1) huruf b with Ps 13(8), 19(4): colocation in the Pemda's own Pusat Data
    regional_data_center_colocation: 'met',
    // Ps 13(9), 19(6): a virtual private server the ICT office provides in the Pusat Data
    regional_data_center_vps: 'met',
    // Ps 19(3), Dumai 67/2022 Ps 16(3): a server kept at the agency is outside the Pusat Data
    agency_server: 'not_met',
    third_party_cloud: 'not_met',
  };

  it.each(applicationHostings.map((h) => [h, expected[h]]))('Palu 14/2022 Ps 19(3): hosting %s is %s', (hosting, status) => {
    expect(statusFor(hosting)).toBe(status);
  });

  it('Palu 14/2022 Ps 19(3): an application outside the data centre, or with no hosting recorded, is named', () => {
    const outside = buildReadApplication({ hosting: 'third_party_cloud' });
    const unknown = buildReadApplication({ hosting: null });
    expect(check(buildReadModel({ applications: [outside, unknown] }))).toMatchObject({
      status: 'not_met',
      missing: [
        { messageKey: 'compliance.applicationOutsideDataCenter', params: { hosting: 'third_party_cloud' } },
        { params: { hosting: '-' } },
      ],
      remedyKey: 'compliance.remedy.moveToDataCenter',
    });
  });

  it('Dumai 67/2022 Ps 16(3): an application still being built is not yet concerned', () => {
    const building = buildReadApplication({ hosting: null, stage: 'development' });
    const running = buildReadApplication({ hosting: 'regional_data_center_vps' });
    expect(check(buildReadModel({ applications: [building, running] })).status).toBe('met');
  });
});
