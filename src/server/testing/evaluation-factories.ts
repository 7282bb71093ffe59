import type { DB } from '../platform/db/database';
import type { FrameworkId } from '../../evaluation';
import { createTestAgency, createTestTenant, createTestUser } from './factories';
import { assignIndicators, createCycle, setTeam } from '../modules/evaluations/service';

/**
 * A tenant with two agencies, an operator in each, a coordination-team member and an assessor,
 * and an open cycle for `year` where agency A answers `indicatorsForA` and agency B the rest of
 * `indicatorsForB`. Shared by the service and HTTP tests and usable by the demo loader.
 */
export async function createEvaluationSetup(
  db: DB,
  opts: { year?: number; frameworkId?: FrameworkId; indicatorsForA?: number[]; indicatorsForB?: number[] } = {},
) {
  const tenant = await createTestTenant(db);
  const { admin } = tenant;
  const agencyA = await createTestAgency(db, admin);
  const agencyB = await createTestAgency(db, admin);
  const operatorA = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: agencyA.id }]);
  const operatorB = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: agencyB.id }]);
  const coordinator = await createTestUser(db, admin, [{ role: 'planner', agencyId: null }]);
  const assessor = await createTestUser(db, admin, [{ role: 'inspector', agencyId: null }]);
  const cycle = await createCycle(db, admin, { year: opts.year ?? 2025, frameworkId: opts.frameworkId ?? 'permenpanrb-59-2020' });
  await setTeam(db, admin, cycle.id, 'coordination', { memberUserIds: [coordinator.user.id], decreeNumber: null, decreeDate: null });
  await setTeam(db, admin, cycle.id, 'assessor', { memberUserIds: [assessor.user.id], decreeNumber: '800/123/BKPSDM/2025', decreeDate: '2025-02-03' });
  const assignments = [
    ...(opts.indicatorsForA ?? [1, 2, 3]).map((indicator) => ({ indicator, agencyId: agencyA.id })),
    ...(opts.indicatorsForB ?? [4]).map((indicator) => ({ indicator, agencyId: agencyB.id })),
  ];
  await assignIndicators(db, admin, cycle.id, { assignments });
  return { ...tenant, agencyA, agencyB, operatorA, operatorB, coordinator, assessor, cycleId: cycle.id };
}
