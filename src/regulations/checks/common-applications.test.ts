import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel, ictOfficeId } from '../testing/build-read-model';
import { checkCommonApplicationsProvidedByIctOffice, checkCommonApplicationsUsed, checkSpecificApplicationConditions } from './common-applications';

const allConditions = { operatedBeforeCommon: true, costBenefitStudy: true, alignedWithCommonProcess: true, ministerConsidered: true };

describe('common applications', () => {
  it('Palu 14/2022 Ps 29(4): a specific application in a common category with all four conditions is met', () => {
    const app = buildReadApplication({ commonCategory: 'staffing', specificConditions: allConditions });
    expect(checkSpecificApplicationConditions()(buildReadModel({ applications: [app] })).status).toBe('met');
  });

  it('Palu 14/2022 Ps 29(3)-(4): a specific application in a common category missing one condition is not met', () => {
    const app = buildReadApplication({ commonCategory: 'staffing', specificConditions: { ...allConditions, alignedWithCommonProcess: false } });
    expect(checkSpecificApplicationConditions()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.specificConditionsMissing', params: { conditions: 'alignedWithCommonProcess', category: 'staffing' } }],
    });
  });

  it('Palu 14/2022 Ps 29(3): a specific application with no conditions recorded is not met', () => {
    const app = buildReadApplication({ commonCategory: 'planning' });
    expect(checkSpecificApplicationConditions()(buildReadModel({ applications: [app] })).status).toBe('not_met');
  });

  it('Dumai 67/2022 Ps 18(7): a specific application where a common one is available is not met', () => {
    const common = buildReadApplication({ kind: 'common', commonCategory: 'staffing', ownerAgencyId: ictOfficeId });
    const specific = buildReadApplication({ commonCategory: 'staffing', specificConditions: allConditions });
    const otherCategory = buildReadApplication({ commonCategory: 'planning' });
    expect(checkCommonApplicationsUsed()(buildReadModel({ applications: [common, specific, otherCategory] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.commonApplicationAvailable', recordId: specific.id }],
    });
  });

  it('Dumai 67/2022 Ps 18(7): with no common application available yet, the duty concerns no application (not applicable, never a vacuous met)', () => {
    const specific = buildReadApplication({ commonCategory: 'staffing' });
    expect(checkCommonApplicationsUsed()(buildReadModel({ applications: [specific] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
  });

  it('Jambi 10/2017 Ps 7(2): a common application provided by the ICT office is met; one run by another agency is not met', () => {
    const byIct = buildReadApplication({ kind: 'common', commonCategory: 'staffing', ownerAgencyId: ictOfficeId });
    const operated = buildReadApplication({ kind: 'common', commonCategory: 'planning', operatorAgencyId: ictOfficeId });
    const byOther = buildReadApplication({ kind: 'common', commonCategory: 'budgeting' });
    expect(checkCommonApplicationsProvidedByIctOffice()(buildReadModel({ applications: [byIct, operated] })).status).toBe('met');
    expect(checkCommonApplicationsProvidedByIctOffice()(buildReadModel({ applications: [byIct, byOther] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.commonNotByIctOffice', recordId: byOther.id }],
    });
  });
});
