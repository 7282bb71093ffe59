/**
 * Which obligations put dates on the tenant's calendar, and of what kind. The dates come
 * from the read model (calendar.ts); the interval from the obligation's cadence. Each
 * regulation module's author adds its rows here.
 */
export type DueEventKind =
  | 'service_evaluation'
  | 'certificate_expiry'
  | 'internal_policy_review'
  | 'audit'
  | 'evaluation'
  | 'periodic_report'
  // an accepted attestation's last day (attestations are not rules: each one brings its date)
  | 'attestation_renewal';

export interface CalendarRule {
  obligationId: string;
  kind: DueEventKind;
  /** limits the rule to one record, e.g. the internal policy (by code) its obligation reviews */
  recordId?: string;
}

// Dumai 67/2022 Lampiran: each policy, guideline and SOP is reviewed on its own obligation's cadence.
const dumai2022Reviews: readonly CalendarRule[] = [
  ['A-policy-review', 'architecture'],
  ['B-policy-review', 'roadmap'],
  ['C-policy-review', 'data_management'],
  ['C-guideline-review', 'data_management_guideline'],
  ['D-policy-review', 'application_development'],
  ['D-guideline-review', 'application_development_guideline'],
  ['E-policy-review', 'data_center'],
  ['E-sop-review', 'data_center_sop'],
  ['F-policy-review', 'intranet'],
  ['F-sop-review', 'intranet_sop'],
  ['G-policy-review', 'integration_service'],
  ['G-sop-review', 'integration_service_sop'],
  ['H-policy-review', 'information_security'],
  ['I-policy-review', 'ict_audit'],
  ['J-policy-review', 'coordination_team'],
].map(([ref, code]) => ({ obligationId: `dumai-67-2022/lampiran-I-${ref}`, kind: 'internal_policy_review', recordId: code }));

export const calendarRules: readonly CalendarRule[] = [
  { obligationId: 'dumai-18-2019/14-4', kind: 'service_evaluation' },
  { obligationId: 'dumai-18-2019/17-1', kind: 'certificate_expiry' },
  { obligationId: 'dumai-18-2019/8-2-d', kind: 'evaluation' },
  // Ps 22(1) covers every agency, the ICT office included, so Ps 22(2) adds no dates of its own.
  { obligationId: 'jambi-10-2017/22-1', kind: 'periodic_report' },
  // Dumai 67/2022 Ps 33(2): the SPBE monitoring and evaluation at least once a year
  { obligationId: 'dumai-67-2022/33-2', kind: 'evaluation' },
  ...dumai2022Reviews,
];
