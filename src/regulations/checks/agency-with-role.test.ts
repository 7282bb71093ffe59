import { describe, expect, it } from 'vitest';
import { buildReadAgency, buildReadModel, ictOfficeId } from '../testing/build-read-model';
import { checkAgenciesWithRoles } from './agency-with-role';

describe('checkAgenciesWithRoles', () => {
  it('Palu 14/2022 Ps 7(3): the planning office coordinating plans and budgets is met when an active agency holds the role', () => {
    const model = buildReadModel();
    model.agencies.push(buildReadAgency({ id: 'bappeda', name: 'Bappeda', specialRoles: ['planning_office'] }));
    expect(checkAgenciesWithRoles('planning_office')(model)).toMatchObject({
      status: 'met',
      evidence: [{ messageKey: 'compliance.evidence.agencyHoldsRole', agencyId: 'bappeda' }],
    });
  });

  it('Palu 14/2022 Ps 38(4): risk management without an inspectorate is not met, naming the missing role', () => {
    expect(checkAgenciesWithRoles('ict_office', 'inspectorate')(buildReadModel())).toEqual({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.agencyRoleMissing', params: { role: 'inspectorate' } }],
      remedyKey: 'compliance.remedy.assignAgencyRole',
    });
  });

  it('Dumai 67/2022 Ps 22(3): a retired inspectorate does not count', () => {
    const model = buildReadModel();
    model.agencies.push(buildReadAgency({ specialRoles: ['inspectorate'], status: 'retired' }));
    expect(checkAgenciesWithRoles('inspectorate')(model).status).toBe('not_met');
  });

  it('Dumai 67/2022 Ps 4(6): the ICT office of the default model coordinates the architecture', () => {
    expect(checkAgenciesWithRoles('ict_office')(buildReadModel())).toMatchObject({ status: 'met', evidence: [{ recordId: ictOfficeId }] });
  });
});
