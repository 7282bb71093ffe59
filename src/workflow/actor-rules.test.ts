import { describe, expect, it } from 'vitest';
import { matchesActorRule } from './actor-rules';
import { actors, agencies, buildRequest } from './test-fixtures';
import type { ActorRule } from './types';

const request = buildRequest();

describe('matchesActorRule', () => {
  it('Dumai 18/2019 Ps 12(1): "OPD mengajukan" — the requester rule matches only the person who filed it', () => {
    const rule: ActorRule = { kind: 'requester' };
    expect(matchesActorRule(rule, actors.requester, request)).toBe(true);
    expect(matchesActorRule(rule, actors.requesterAgencyHead, request)).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(1): a role in the requesting agency matches; the same role elsewhere does not', () => {
    const rule: ActorRule = { kind: 'requester_agency', roles: ['agency_head'] };
    expect(matchesActorRule(rule, actors.requesterAgencyHead, request)).toBe(true);
    expect(matchesActorRule(rule, actors.otherAgencyHead, request)).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(3): "atas rekomendasi Diskominfo" — a role held in the ICT office agency', () => {
    const rule: ActorRule = { kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head'] };
    expect(matchesActorRule(rule, actors.ictHead, request)).toBe(true);
    expect(matchesActorRule(rule, actors.ictOperator, request)).toBe(false);
    expect(matchesActorRule(rule, actors.stewardHead, request)).toBe(false);
  });

  it('Palu 14/2022 Ps 9(8): "atas rekomendasi Perangkat Daerah Wali Data" — the steward of this dataset only', () => {
    const rule: ActorRule = { kind: 'steward_agency', roles: ['agency_head'] };
    expect(matchesActorRule(rule, actors.stewardHead, request)).toBe(true);
    expect(matchesActorRule(rule, actors.stewardHead, buildRequest({ stewardAgencyId: agencies.other }))).toBe(false);
    expect(matchesActorRule(rule, actors.stewardHead, buildRequest({ stewardAgencyId: null }))).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(3): a tenant-wide role matches tenant_role, never an agency rule', () => {
    expect(matchesActorRule({ kind: 'tenant_role', roles: ['regional_secretary'] }, actors.regionalSecretary, request)).toBe(true);
    expect(matchesActorRule({ kind: 'tenant_role', roles: ['regional_secretary'] }, actors.secretariatRegionalSecretary, request)).toBe(false);
    const ictHead: ActorRule = { kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head'] };
    expect(matchesActorRule(ictHead, actors.tenantWideOperator, request)).toBe(false);
    expect(matchesActorRule({ kind: 'requester_agency', roles: ['agency_head'] }, actors.tenantWideOperator, request)).toBe(false);
  });

  it('Palu 14/2022 Ps 9(8): the platform admin is not thereby a decider', () => {
    const sekda: ActorRule = { kind: 'tenant_role', roles: ['regional_secretary'] };
    expect(matchesActorRule(sekda, actors.tenantAdmin, request)).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(1): all_of needs every rule, any_of one', () => {
    const requester: ActorRule = { kind: 'requester' };
    const head: ActorRule = { kind: 'requester_agency', roles: ['agency_head'] };
    expect(matchesActorRule({ kind: 'all_of', rules: [requester, head] }, actors.requester, request)).toBe(false);
    expect(matchesActorRule({ kind: 'any_of', rules: [requester, head] }, actors.requester, request)).toBe(true);
    expect(matchesActorRule({ kind: 'any_of', rules: [requester, head] }, actors.ictHead, request)).toBe(false);
  });
});
