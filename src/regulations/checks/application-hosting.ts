import type { applicationHostings } from '../../shared/applications';
import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { isInService } from './scope';

type ApplicationHosting = (typeof applicationHostings)[number];

/**
 * Whether each hosting an application can store (`applicationHostings`) places its server in a
 * Pusat Data. Palu 14/2022 Ps 13(4), 19(1): the Pemda's Pusat Data is the national one or the
 * one the Pemda runs itself; Ps 13(8)-(9), 19(4), 19(6): that centre offers colocation and
 * virtual private servers, so both count. A server at the agency or with a third party's cloud
 * is outside it. A Record over the enum, so a new hosting value cannot be left undecided.
 */
export const hostingInDataCenter: Readonly<Record<ApplicationHosting, boolean>> = {
  national_data_center: true,
  regional_data_center_colocation: true,
  regional_data_center_vps: true,
  agency_server: false,
  third_party_cloud: false,
};

function isInDataCenter(hosting: string | null): boolean {
  return hosting !== null && Object.hasOwn(hostingInDataCenter, hosting) && hostingInDataCenter[hosting as ApplicationHosting];
}

/** Palu 14/2022 Ps 13(7), 19(3), Dumai 67/2022 Ps 16(3): agencies place their servers in (use) the data centre. */
export function checkHostedInDataCenter(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app) =>
      isInDataCenter(app.hosting)
        ? undefined
        : { missing: describeApplication(app, 'compliance.applicationOutsideDataCenter', { hosting: app.hosting ?? '-' }) },
    remedyKey: 'compliance.remedy.moveToDataCenter',
  });
}
