import { hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export interface PeriodicReportRecord {
  agencyId: string;
}

export const periodicReportPolicy = {
  // tenant-wide roles see every agency's reports; an agency sees its own
  'periodicReport.read': (actor: Actor, report?: PeriodicReportRecord) =>
    readsWholeTenant(actor) || !report || actor.roles.some((g) => g.agencyId === report.agencyId),
  // Jambi 10/2017 Ps 22(1): the agency reports through the ICT office, which may also file it
  'periodicReport.submit': (actor: Actor, report?: PeriodicReportRecord) =>
    hasTenantRole(actor, 'admin') || (!!report && hasAgencyRole(actor, report.agencyId, 'agency_operator', 'agency_head')),
  'periodicReport.manage': (actor: Actor) => hasTenantRole(actor, 'admin'),
  // Jambi 10/2017 Ps 22(3): the mayor's teguran, recorded by the ICT office or the Sekda
  'periodicReport.warn': (actor: Actor) => hasTenantRole(actor, 'admin', 'regional_secretary'),
};
