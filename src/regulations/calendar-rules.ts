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
  | 'periodic_report';

export interface CalendarRule {
  obligationId: string;
  kind: DueEventKind;
}

export const calendarRules: readonly CalendarRule[] = [
  { obligationId: 'dumai-18-2019/14-4', kind: 'service_evaluation' },
  { obligationId: 'dumai-18-2019/17-1', kind: 'certificate_expiry' },
  { obligationId: 'dumai-18-2019/8-2-d', kind: 'evaluation' },
  // Ps 22(1) covers every agency, the ICT office included, so Ps 22(2) adds no dates of its own.
  { obligationId: 'jambi-10-2017/22-1', kind: 'periodic_report' },
];
