import { describe, expect, it } from 'vitest';
import { roles } from '../../platform/policy/roles';

import { homeAudiences, panelsOfAudience } from '../../../shared/home';
import { audiencesOf, panelsFor } from './audiences';

const agencyId = '0190a000-0000-7000-8000-000000000001';

describe('audiencesOf', () => {
  it('maps every role the API can store to an audience', () => {
    const expected = {
      admin: 'ict_office',
      agency_operator: 'agency',
      agency_head: 'agency',
      regional_secretary: 'regional_secretary',
      planner: 'dashboard',
      inspector: 'inspector',
      viewer: 'dashboard',
    } as const;
    for (const role of roles) {
      const scoped = role === 'agency_operator' || role === 'agency_head' ? agencyId : null;
      expect(audiencesOf([{ role, agencyId: scoped }]), role).toEqual([expected[role]]);
    }
  });

  it('a person with several roles gets every home, each once, the ICT office first and the dashboard last', () => {
    expect(
      audiencesOf([
        { role: 'viewer', agencyId: null },
        { role: 'agency_head', agencyId },
        { role: 'regional_secretary', agencyId: null },
        { role: 'agency_operator', agencyId },
      ]),
    ).toEqual(['regional_secretary', 'agency', 'dashboard']);
    expect(audiencesOf([])).toEqual([]);
  });
});

describe('panelsFor', () => {
  it('every audience has panels, and a shared panel comes once', () => {
    for (const audience of homeAudiences) expect(panelsOfAudience[audience].length, audience).toBeGreaterThan(0);
    const panels = panelsFor(['ict_office', 'dashboard']);
    expect(panels.filter((p) => p === 'compliance')).toHaveLength(1);
    expect(panels).toEqual(['requestsToAct', 'overdueRequests', 'compliance', 'expiringCertificates', 'evaluationIndex', 'auditChain', 'dueCalendar']);
  });
});
