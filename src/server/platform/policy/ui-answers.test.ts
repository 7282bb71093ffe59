import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { can, permissions } from './can';
import { agencyScopedRoles } from './roles';

const agencyId = '0190b2a4-0000-7000-8000-00000000000a';
// a record of the person's own agency, whatever field the rule reads it from
const ownRecord = { ownerAgencyId: agencyId, operatorAgencyId: null, producerAgencyId: agencyId, requesterAgencyId: agencyId, agencyId, kind: 'specific', parties: [agencyId] };

/**
 * Issue 9 §4, every action the server accepts is offered: the web hides a create button unless
 * the session lists its permission, which is the rule's answer without a record. So a create
 * the rule accepts for a record of the person's own agency must be answered "yes" without one
 * ("may the person do it for some agency"), or the button is missing for who may use it.
 */
describe('the session permissions offer every create the policy accepts for the own agency', () => {
  for (const role of agencyScopedRoles) {
    it(role, () => {
      const actor: Actor = { userId: 'u', label: role, tenantId: 't', roles: [{ role, agencyId }], via: 'session' };
      const creates = permissions.filter((p) => p.endsWith('.create'));
      expect(creates.length).toBeGreaterThan(3);
      const hidden = creates.filter((p) => can(actor, p, ownRecord as never) && !can(actor, p));
      expect(hidden).toEqual([]);
    });
  }
});
