import type { CheckResult, ComplianceReadModel, Finding } from '../types';
import { summarizeFindings } from './check-result';
import { selectActiveAgencies } from './scope';

/**
 * A regulation names an agency by its function ("Perangkat Daerah yang menyelenggarakan urusan
 * di bidang perencanaan pembangunan Daerah") to carry out or coordinate a duty; the duty has
 * someone to carry it out only if an active agency holds each named role
 * (`ReadAgency.specialRoles`) in the organisation registry.
 */
export function checkAgenciesWithRoles(...roles: string[]): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
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
    return summarizeFindings({ missing, evidence, remedyKey: 'compliance.remedy.assignAgencyRole' });
  };
}
