import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { isInService } from './scope';

/**
 * Hosting codes that place an application's server in a Pusat Data: the Pemda's own or the
 * national one (Palu 14/2022 Ps 13(4), 19(1)).
 */
export const dataCenterHosting: ReadonlySet<string> = new Set(['data_center', 'national_data_center']);

/** Palu 14/2022 Ps 13(7), 19(3), Dumai 67/2022 Ps 16(3): agencies place their servers in (use) the data centre. */
export function checkHostedInDataCenter(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app) =>
      app.hosting && dataCenterHosting.has(app.hosting)
        ? undefined
        : { missing: describeApplication(app, 'compliance.applicationOutsideDataCenter', { hosting: app.hosting ?? '-' }) },
    remedyKey: 'compliance.remedy.moveToDataCenter',
  });
}
