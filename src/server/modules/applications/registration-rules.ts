import type { RegulationId } from '../../../regulations/types';

/**
 * The registry's duplicate rules, as a pure function over what the service found.
 * Returns the first rule the candidate breaks, or null.
 */
export interface RegistrationCandidate {
  id?: string;
  kind: 'common' | 'specific';
  commonCategory: string | null;
  duplicateJustification: string | null;
  specificConditions: { operatedBeforeCommon: boolean; costBenefitStudy: boolean; alignedWithCommonProcess: boolean; ministerConsidered: boolean } | null;
}

export interface RegistrationFacts {
  inForce: readonly RegulationId[];
  /** other active applications of the same owner agency with the same business function */
  sameFunction: { id: string; name: string }[];
  /** active common applications in the candidate's common category (other than itself) */
  commonInCategory: { id: string; name: string }[];
}

export type RegistrationBreach =
  | { code: 'APPLICATION_DUPLICATE_FUNCTION'; existing: string; field: 'duplicateJustification' }
  | { code: 'APPLICATION_COMMON_EXISTS'; existing: string; field: 'specificConditions' | 'duplicateJustification' };

export function checkRegistrationRules(candidate: RegistrationCandidate, facts: RegistrationFacts): RegistrationBreach | null {
  // Dumai 18/2019 Ps 14(2): "Setiap OPD dilarang menggunakan lebih dari satu aplikasi dalam wilayah
  // kendalanya untuk fungsi yang sama." The registry still records reality: a second application
  // is accepted only with a written justification, and compliance keeps showing it as not met.
  if (facts.inForce.includes('dumai-18-2019') && facts.sameFunction.length > 0 && !candidate.duplicateJustification) {
    return { code: 'APPLICATION_DUPLICATE_FUNCTION', existing: facts.sameFunction.map((a) => a.name).join(', '), field: 'duplicateJustification' };
  }
  if (candidate.kind !== 'specific' || !candidate.commonCategory || facts.commonInCategory.length === 0) return null;
  const existing = facts.commonInCategory.map((a) => a.name).join(', ');
  // Palu 14/2022 Ps 29(3)-(4): every agency must use the common application; a similar one is
  // allowed only when all four conditions of ayat (4) huruf a–d hold and are recorded.
  if (facts.inForce.includes('palu-14-2022')) {
    const c = candidate.specificConditions;
    const allFour = !!c && c.operatedBeforeCommon && c.costBenefitStudy && c.alignedWithCommonProcess && c.ministerConsidered;
    if (!allFour) return { code: 'APPLICATION_COMMON_EXISTS', existing, field: 'specificConditions' };
    return null;
  }
  // Dumai 67/2022 Ps 18(7): where a common application is available, units must use it. The
  // regulation names no exception, so the registry asks for a written justification.
  if (facts.inForce.includes('dumai-67-2022') && !candidate.duplicateJustification) {
    return { code: 'APPLICATION_COMMON_EXISTS', existing, field: 'duplicateJustification' };
  }
  return null;
}

export function businessFunctionKey(businessFunction: string): string {
  return businessFunction.trim().toLowerCase().replace(/\s+/g, ' ');
}
