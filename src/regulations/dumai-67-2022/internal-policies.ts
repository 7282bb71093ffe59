import type { Citation } from '../types';

const section = (huruf: string): Citation => ({ regulation: 'dumai-67-2022', pasal: 'Lampiran I', huruf });

/**
 * The ten Kebijakan Internal SPBE of Dumai 67/2022 (Lampiran, BAB I.C "Ruang Lingkup" and
 * BAB II.A-J), and the documents some of them order to be drawn up. Each is a record of the
 * internal-policy register under this code. Labels live in the i18n namespace
 * `reg-dumai-67-2022` under `internalPolicy.<code>`.
 */
export const internalPolicies = [
  { code: 'architecture', citation: section('A') },
  { code: 'roadmap', citation: section('B') },
  { code: 'data_management', citation: section('C') },
  { code: 'application_development', citation: section('D') },
  { code: 'data_center', citation: section('E') },
  { code: 'intranet', citation: section('F') },
  { code: 'integration_service', citation: section('G') },
  { code: 'information_security', citation: section('H') },
  { code: 'ict_audit', citation: section('I') },
  { code: 'coordination_team', citation: section('J') },
] as const;

/** Documents a policy orders: the data-management and application-development guidelines, three SOPs. */
export const internalPolicyDocuments = [
  { code: 'data_management_guideline', citation: section('C') },
  { code: 'application_development_guideline', citation: section('D') },
  { code: 'data_center_sop', citation: section('E') },
  { code: 'intranet_sop', citation: section('F') },
  { code: 'integration_service_sop', citation: section('G') },
] as const;

export type InternalPolicyCode =
  | (typeof internalPolicies)[number]['code']
  | (typeof internalPolicyDocuments)[number]['code'];

/**
 * How often a policy or document is reviewed: the Lampiran asks each "direviu dan dievaluasi
 * secara periodik" and names a period only for the data-management guideline ("setiap tahun",
 * Lampiran I.C); every other review follows the tenant's reading (periodic-reading.ts).
 */
export function reviewPeriodOf(code: InternalPolicyCode): number | 'periodic' {
  return code === 'data_management_guideline' ? 12 : 'periodic';
}
