import { describe, expect, it } from 'vitest';
import { buildDataAccessType } from '../../../workflow/types/data-access';
import { buildSiteUnblockType } from '../../../workflow/types/site-unblock';
import { resolveActingParties, resolveAddressees, toWorkflowActor } from './parties';

const agencies = [
  { id: 'ict', specialRoles: ['ict_office'], status: 'active' },
  { id: 'old-ict', specialRoles: ['ict_office'], status: 'retired' },
  { id: 'population', specialRoles: [], status: 'active' },
  { id: 'health', specialRoles: [], status: 'active' },
];
const request = { requesterUserId: 'u1', requesterAgencyId: 'health', stewardAgencyId: 'population' };

describe('resolveAddressees', () => {
  it('Palu 14/2022 Ps 9(5): addressed to the regional secretary, copied to the ICT office and the steward agency', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    expect(resolveAddressees(def, request, agencies)).toEqual([
      { kind: 'to', agencyId: null, role: 'regional_secretary', userId: null },
      { kind: 'copy', agencyId: 'ict', role: null, userId: null },
      { kind: 'copy', agencyId: 'population', role: null, userId: null },
    ]);
  });

  it('leaves out a steward copy when the request names no steward', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    expect(resolveAddressees(def, { ...request, stewardAgencyId: null }, agencies).filter((p) => p.kind === 'copy')).toEqual([
      { kind: 'copy', agencyId: 'ict', role: null, userId: null },
    ]);
  });
});

describe('resolveActingParties', () => {
  it('a draft awaits the requester alone (withdrawing does not count)', () => {
    const def = buildSiteUnblockType();
    expect(resolveActingParties(def, { ...request, state: 'draft' }, agencies)).toEqual([{ kind: 'actor', agencyId: null, role: null, userId: 'u1' }]);
  });

  it('Palu 14/2022 Ps 9(8): a submitted data-use request awaits the steward agency head (recommend) and staff (return)', () => {
    const def = buildDataAccessType({ recommender: 'data_steward' });
    expect(resolveActingParties(def, { ...request, state: 'submitted' }, agencies)).toEqual([
      { kind: 'actor', agencyId: 'population', role: 'agency_head', userId: null },
      { kind: 'actor', agencyId: 'population', role: 'agency_operator', userId: null },
    ]);
  });

  it('Dumai 18/2019 Ps 12(3): a recommended request awaits the regional secretary, tenant-wide or in the secretariat', () => {
    const def = buildDataAccessType({ recommender: 'ict_office' });
    expect(resolveActingParties(def, { ...request, state: 'recommended' }, agencies)).toEqual([{ kind: 'actor', agencyId: null, role: 'regional_secretary', userId: null }]);
  });

  it('Dumai 18/2019 Ps 19(4): a submitted site-unblock request awaits the active ICT office, not a retired one', () => {
    const def = buildSiteUnblockType();
    const parties = resolveActingParties(def, { ...request, state: 'submitted' }, agencies);
    expect(parties.map((p) => p.agencyId)).not.toContain('old-ict');
    expect(parties).toContainEqual({ kind: 'actor', agencyId: 'ict', role: 'agency_head', userId: null });
  });

  it('a decided request awaits nobody', () => {
    const def = buildSiteUnblockType();
    expect(resolveActingParties(def, { ...request, state: 'approved' }, agencies)).toEqual([]);
  });
});

describe('toWorkflowActor', () => {
  it('carries the special roles of active agencies only', () => {
    const actor = toWorkflowActor({ userId: 'u', label: 'U', tenantId: 't', roles: [{ role: 'agency_head', agencyId: 'ict' }], via: 'session' }, agencies);
    expect(actor.agencySpecialRoles).toEqual({ ict: ['ict_office'], population: [], health: [] });
  });
});
