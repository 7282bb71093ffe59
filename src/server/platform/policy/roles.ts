/**
 * Roles a person can hold, scoped to the tenant (agencyId null) or to one agency.
 * `admin` is the ICT office super admin (Dumai 18/2019 Ps 14(1)).
 */
export const roles = [
  'admin',
  'agency_operator',
  'agency_head',
  'regional_secretary',
  'planner',
  'inspector',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

/** Roles that only make sense for one agency, and roles that only make sense tenant-wide. */
export const agencyScopedRoles: readonly Role[] = ['agency_operator', 'agency_head'];
export const tenantScopedRoles: readonly Role[] = ['admin', 'regional_secretary', 'planner', 'inspector'];

/** Special roles an agency can hold (GLOSSARY: agency with role ict_office …). */
export const agencySpecialRoles = [
  'ict_office',
  'planning_office',
  'inspectorate',
  'regional_secretariat',
  'hr_office',
  'asset_office',
  'organisation_bureau',
  // Perpres 39/2019 Ps 21(2): one Walidata tingkat daerah per Pemda; Jambi 10/2017 Ps 12(2): set by decree
  'data_steward',
  // Dumai 67/2022 Ps 27(4): "unit kerja yang membidangi tugas dan fungsi Pengkajian dan Penerapan Teknologi"
  'research_office',
] as const;
export type AgencySpecialRole = (typeof agencySpecialRoles)[number];

export const agencyKinds = ['dinas', 'badan', 'bagian', 'sekretariat', 'inspektorat', 'kecamatan', 'kelurahan', 'uptd', 'rsud', 'lainnya'] as const;
