import { checkEachApplication, describeApplication, type ApplicationCheck } from '../../checks/each-application';

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
