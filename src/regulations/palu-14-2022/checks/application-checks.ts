import { checkEachApplication, describeApplication, type ApplicationCheck } from '../../checks/each-application';
import { isInService } from '../../checks/scope';

/** Palu 14/2022 Ps 30(3): an application is operated by the agency that owns its service. */
export function checkOperatedByServiceOwner(): ApplicationCheck {
  return checkEachApplication({
    inspect: (app) =>
      app.operatorAgencyId === null || app.operatorAgencyId === app.ownerAgencyId
        ? undefined
        : { missing: describeApplication(app, 'reg-palu-14-2022.finding.applicationOperatedByOther') },
    remedyKey: 'reg-palu-14-2022.remedy.operateByServiceOwner',
  });
}

/**
 * Hosting codes that place an application's server in a Pusat Data: the Pemda's own or the
 * national one (Palu 14/2022 Ps 13(4), 19(1)).
 */
export const dataCenterHosting: ReadonlySet<string> = new Set(['data_center', 'national_data_center']);

/** Palu 14/2022 Ps 13(7), 19(3): every agency places its servers in the Pusat Data. */
export function checkHostedInDataCenter(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app) =>
      app.hosting && dataCenterHosting.has(app.hosting)
        ? undefined
        : { missing: describeApplication(app, 'reg-palu-14-2022.finding.applicationOutsideDataCenter', { hosting: app.hosting ?? '-' }) },
    remedyKey: 'reg-palu-14-2022.remedy.moveToDataCenter',
  });
}
