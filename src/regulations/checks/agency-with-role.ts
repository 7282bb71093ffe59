import type { CheckResult, ComplianceReadModel } from '../types';

/**
 * A regulation names an agency by its function ("Perangkat Daerah yang menyelenggarakan urusan
 * di bidang perencanaan pembangunan Daerah") to coordinate or carry out a duty; the duty can
 * be carried out only if an active agency holds that role in the organisation registry.
 */
export function checkAgencyWithRole(role: string) {
  return (model: ComplianceReadModel): CheckResult => {
    const holders = model.agencies.filter((a) => a.status === 'active' && a.specialRoles.includes(role));
    if (holders.length === 0) {
      return {
        status: 'not_met',
        missing: [{ messageKey: 'compliance.finding.agencyRoleMissing', params: { role } }],
        remedyKey: 'compliance.remedy.assignAgencyRole',
      };
    }
    return {
      status: 'met',
      evidence: holders.map((a) => ({
        messageKey: 'compliance.finding.agencyHoldsRole',
        params: { role, agency: a.name },
        agencyId: a.id,
        recordType: 'agency',
        recordId: a.id,
      })),
    };
  };
}
