import { panelsOfAudience, type HomeAudience, type HomePanel } from '../../../shared/home';
import type { RoleGrant } from '../../platform/policy/actor';

/**
 * Which home a person gets from their roles (issue 9 §1). A person holding several roles gets
 * every matching audience: the Sekretaris Daerah who also heads the Sekretariat Daerah sees the
 * regional secretary's panels and the agency's.
 */
export function audiencesOf(grants: readonly RoleGrant[]): HomeAudience[] {
  const found = new Set<HomeAudience>();
  for (const g of grants) {
    if (g.role === 'admin') found.add('ict_office');
    else if (g.role === 'agency_operator' || g.role === 'agency_head') found.add('agency');
    else if (g.role === 'regional_secretary') found.add('regional_secretary');
    else if (g.role === 'inspector') found.add('inspector');
    else if (g.role === 'planner' || g.role === 'viewer') found.add('dashboard');
  }
  // keep the order of the page: the ICT office first, the mayor's dashboard last
  const order: readonly HomeAudience[] = ['ict_office', 'regional_secretary', 'inspector', 'agency', 'dashboard'];
  return order.filter((a) => found.has(a));
}

/** Every panel of the person's audiences, each once, in page order. */
export function panelsFor(audiences: readonly HomeAudience[]): HomePanel[] {
  return [...new Set(audiences.flatMap((a) => panelsOfAudience[a]))];
}
