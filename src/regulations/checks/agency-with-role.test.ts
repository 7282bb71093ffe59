import { describe, expect, it } from 'vitest';
import { mergeCoordinatingRoles } from '../profiles';
import { buildReadAgency, buildReadModel, ictOfficeId } from '../testing/build-read-model';
import type { ProfileParams } from '../types';
import { checkAgenciesWithRoles, checkCoordinatingUnit } from './agency-with-role';

describe('checkAgenciesWithRoles', () => {
  it('Palu 14/2022 Ps 7(3): an active planning office shows the structure is in place, never that the duty is met', () => {
    const model = buildReadModel();
    model.agencies.push(buildReadAgency({ id: 'bappeda', name: 'Bappeda', specialRoles: ['planning_office'] }));
    expect(checkAgenciesWithRoles('planning_office')(model)).toEqual({
      status: 'structure_in_place',
      evidence: [expect.objectContaining({ messageKey: 'compliance.evidence.agencyHoldsRole', agencyId: 'bappeda' })],
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
});

describe('checkCoordinatingUnit reads the coordinating units the profile resolves', () => {
  const withRoles = (coordinatingRoles: ProfileParams['coordinatingRoles']) => buildReadModel({ params: { ...buildReadModel().params, coordinatingRoles } });

  it('Dumai 67/2022 Ps 4(6): the ICT office coordinates the architecture; the default model has one, so the structure is in place', () => {
    const model = withRoles(mergeCoordinatingRoles(['dumai-67-2022']));
    expect(checkCoordinatingUnit('architecture')(model)).toMatchObject({ status: 'structure_in_place', evidence: [{ recordId: ictOfficeId }] });
  });

  it('Dumai 67/2022 Ps 26(3) vs Palu 14/2022 Ps 42(4): change the regulation, the roles change, the result changes', () => {
    const model = withRoles(mergeCoordinatingRoles(['palu-14-2022']));
    model.agencies.push(buildReadAgency({ name: 'BKPSDM', specialRoles: ['hr_office'] }));
    // Palu names the ICT office and the HR office: both exist
    expect(checkCoordinatingUnit('competency')(model).status).toBe('structure_in_place');
    // the same agencies, with a parameter naming a role no agency holds
    const changed = withRoles({ competency: ['hr_office', 'research_office'] });
    changed.agencies.push(buildReadAgency({ name: 'BKPSDM', specialRoles: ['hr_office'] }));
    expect(checkCoordinatingUnit('competency')(changed)).toMatchObject({ status: 'not_met', missing: [{ params: { role: 'research_office' } }] });
  });

  it('an area no regulation in force assigns is not measurable, never structure in place', () => {
    expect(checkCoordinatingUnit('knowledge')(withRoles({}))).toEqual({ status: 'not_measurable', needs: 'organisation', reason: 'no_capability' });
  });
});
