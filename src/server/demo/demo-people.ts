import type { Role } from '../platform/policy/roles';
import { type DemoAgency, headTitleOf } from './agency-catalogue';
import { demoEmail } from './demo-city';

/**
 * A demo account: named by its office (the project names no people who do not exist),
 * with an e-mail on the city's domain. Roles name agencies by code.
 */
export interface DemoPerson {
  name: string;
  email: string;
  roles: { role: Role; agency: string | null }[];
}

/** The tenant's first administrator, created with the tenant (Dumai 18/2019 Ps 14(1): the ICT office super admin). */
export const demoAdmin = { name: 'Administrator SPBE Diskominfo', email: demoEmail('admin.spbe') };
/** The agency the administrator works in, as one of its operators. */
export const demoAdminAgency = 'DISKOMINFO';

/**
 * Every role at least once: the Sekretaris Daerah (also head of the Sekretariat Daerah),
 * a planner in Bappeda, an auditor in the Inspektorat, a read-only viewer, and an
 * operator and a head for each agency.
 */
export function buildDemoPeople(agencies: readonly DemoAgency[]): DemoPerson[] {
  const tenantWide: DemoPerson[] = [
    { name: 'Sekretaris Daerah', email: demoEmail('sekda'), roles: [{ role: 'regional_secretary', agency: null }, { role: 'agency_head', agency: 'SETDA' }] },
    { name: 'Perencana SPBE Bappeda', email: demoEmail('perencana.bappeda'), roles: [{ role: 'planner', agency: null }] },
    { name: 'Auditor TIK Inspektorat', email: demoEmail('auditor.inspektorat'), roles: [{ role: 'inspector', agency: null }] },
    { name: 'Pemantau Dasbor SPBE', email: demoEmail('pemantau.spbe'), roles: [{ role: 'viewer', agency: null }] },
  ];
  const perAgency = agencies.flatMap((a): DemoPerson[] => [
    { name: `Operator ${a.name}`, email: demoEmail(`operator.${a.mailbox}`), roles: [{ role: 'agency_operator', agency: a.code }] },
    // the Sekretaris Daerah above heads the Sekretariat Daerah
    ...(a.code === 'SETDA' ? [] : [{ name: headTitleOf(a), email: demoEmail(`kepala.${a.mailbox}`), roles: [{ role: 'agency_head' as const, agency: a.code }] }]),
  ]);
  return [...tenantWide, ...perAgency];
}
