import type { ManagementArea } from '../regulation-params';
import type { CheckResult, ComplianceReadModel, Finding } from '../types';
import { notMeasurable } from './check-result';
import { selectActiveAgencies } from './scope';

/**
 * A regulation names an agency by its function ("Perangkat Daerah yang menyelenggarakan urusan
 * di bidang perencanaan pembangunan Daerah") to carry out or coordinate a duty. The
 * organisation registry can show only that the duty has someone to carry it out: an active
 * agency holds each named role (`ReadAgency.specialRoles`). That is structure, not proof the
 * duty is done, so the answer is `structure_in_place`, never `met` (issue 8 §2); a role no
 * active agency holds is not met.
 */
export function checkAgenciesWithRoles(...roles: string[]): (model: ComplianceReadModel) => CheckResult {
  return (model) => evaluateRoles(model, roles);
}

/**
 * The same for a management area whose coordinating unit the regulations in force name
 * (regulation-params.ts `coordinatingRoles`, resolved into `params.coordinatingRoles`), so the
 * profile decides which roles the area needs.
 */
export function checkCoordinatingUnit(area: ManagementArea): (model: ComplianceReadModel) => CheckResult {
  return (model) => evaluateRoles(model, model.params.coordinatingRoles[area] ?? []);
}

function evaluateRoles(model: ComplianceReadModel, roles: readonly string[]): CheckResult {
  // no regulation in force names the area's unit: nothing to look for, so nothing is shown as in place
  if (roles.length === 0) return notMeasurable('organisation');
  const active = selectActiveAgencies(model);
  const missing: Finding[] = [];
  const evidence: Finding[] = [];
  for (const role of roles) {
    const holders = active.filter((a) => a.specialRoles.includes(role));
    if (holders.length === 0) missing.push({ messageKey: 'compliance.agencyRoleMissing', params: { role } });
    for (const a of holders) {
      evidence.push({ messageKey: 'compliance.evidence.agencyHoldsRole', params: { role, agency: a.name }, agencyId: a.id, recordType: 'agency', recordId: a.id });
    }
  }
  if (missing.length > 0) return { status: 'not_met', missing, remedyKey: 'compliance.remedy.assignAgencyRole' };
  return { status: 'structure_in_place', evidence };
}
