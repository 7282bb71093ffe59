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
 * The Lampiran asks each policy to be reviewed "secara periodik" and names a period only for
 * the data-management guideline ("setiap tahun", Lampiran I.C). Simpul reads every periodic
 * review as yearly: Ps 33(2) evaluates SPBE, its internal policies included (PermenPANRB
 * 59/2020 indicators 1-10), at least once a year, so a review older than that is stale.
 */
export const periodicReviewMonths = 12;
