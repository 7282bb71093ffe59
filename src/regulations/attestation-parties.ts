import type { ReadAgency, Subject } from './types';

/** An agency that must attest, or null: the tenant as a whole, attested by the ICT office's admin. */
export type AttestationParty = string | null;

/** The special role whose holder an obligation binding `subject` speaks for. */
const roleOfSubject: Partial<Record<Subject, string>> = {
  planning_office: 'planning_office',
  inspectorate: 'inspectorate',
  regional_secretary: 'regional_secretariat',
  data_steward: 'data_steward',
  // the ICT office runs SPBE for the Pemda: tenant-wide duties, the Mayor's and the coordination
  // team's are attested by it (Simpul's reading; the team's secretariat sits in the ICT office)
  ict_office: 'ict_office',
  tenant: 'ict_office',
  mayor: 'ict_office',
  coordination_team: 'ict_office',
};

/**
 * Who must attest an obligation: every active agency for duties of every agency (each for
 * itself), else the active agencies holding the subject's role. A tenant-wide duty falls to
 * the tenant (null) when no agency holds the ICT office role yet; a role no agency holds
 * leaves nobody able to attest, so the obligation stays as it is.
 */
export function findAttestationParties(binds: Subject, agencies: readonly ReadAgency[]): AttestationParty[] {
  const active = agencies.filter((a) => a.status === 'active');
  if (binds === 'every_agency' || binds === 'data_producer') return active.map((a) => a.id);
  const role = roleOfSubject[binds];
  const holders = active.filter((a) => role !== undefined && a.specialRoles.includes(role)).map((a) => a.id);
  if (holders.length > 0) return holders;
  return role === 'ict_office' ? [null] : [];
}
