import type { ReadApplication } from '../types';
import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { indexAgencies, selectActiveApplications } from './scope';

function isSpecificInCommonCategory(app: ReadApplication): boolean {
  return app.kind === 'specific' && app.commonCategory !== null;
}

/**
 * Palu 14/2022 Ps 29(3)-(4): every agency uses the common applications; a specific
 * application of the same kind is allowed only when all four conditions of Ps 29(4) are on
 * record. One condition missing (or none recorded) is not met.
 */
export function checkSpecificApplicationConditions(): ApplicationCheck {
  return checkEachApplication({
    applies: isSpecificInCommonCategory,
    inspect: (app) => {
      const c = app.specificConditions;
      const unmet = c ? Object.entries(c).filter(([, value]) => !value).map(([name]) => name) : ['all'];
      return unmet.length === 0
        ? undefined
        : {
            missing: describeApplication(app, 'compliance.specificConditionsMissing', {
              category: app.commonCategory ?? '',
              conditions: unmet.join(', '),
            }),
          };
    },
    remedyKey: 'compliance.remedy.useCommonApplication',
  });
}

/**
 * Dumai 67/2022 Ps 18(7): once a common application is available, units use it. A specific
 * application in a category for which an active common application exists is not met; the
 * article names no exception. Categories without a common application yet are not concerned.
 */
export function checkCommonApplicationsUsed(): ApplicationCheck {
  return (model) => {
    const available = new Set(
      selectActiveApplications(model)
        .filter((app) => app.kind === 'common' && app.commonCategory !== null)
        .map((app) => app.commonCategory),
    );
    return checkEachApplication({
      applies: (app) => isSpecificInCommonCategory(app) && available.has(app.commonCategory),
      inspect: (app) => ({
        missing: describeApplication(app, 'compliance.commonApplicationAvailable', { category: app.commonCategory ?? '' }),
      }),
      remedyKey: 'compliance.remedy.useCommonApplication',
    })(model);
  };
}

/**
 * Jambi 10/2017 Ps 7(2), Palu 14/2022 Ps 29(2): common applications are provided by the
 * ICT office, so each active common application is owned or operated by it.
 */
export function checkCommonApplicationsProvidedByIctOffice(): ApplicationCheck {
  return checkEachApplication({
    applies: (app) => app.kind === 'common',
    inspect: (app, model) => {
      const agencies = indexAgencies(model);
      const byIctOffice = [app.ownerAgencyId, app.operatorAgencyId].some(
        (id) => id !== null && agencies.get(id)?.specialRoles.includes('ict_office'),
      );
      return byIctOffice ? undefined : { missing: describeApplication(app, 'compliance.commonNotByIctOffice') };
    },
    remedyKey: 'compliance.remedy.transferToIctOffice',
  });
}
