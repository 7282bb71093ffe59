import { actorAgencyIds, hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export interface AttestationRecord {
  /** the party; null for the tenant as a whole */
  agencyId: string | null;
  /** the party speaks for the ICT office (its agency, or the tenant): the tenant's admin may attest too */
  ictOfficeParty: boolean;
  createdBy: string;
}

/** The bound party's head attests (issue 8 §3); for the ICT office or the tenant, its admin as well. */
const isParty = (actor: Actor, r: AttestationRecord) =>
  (r.agencyId !== null && hasAgencyRole(actor, r.agencyId, 'agency_head')) || (r.ictOfficeParty && hasTenantRole(actor, 'admin'));

export const attestationPolicy = {
  // tenant-wide roles see every attestation; an agency's own are for that agency; the tenant's for everyone
  'attestation.read': (actor: Actor, r?: AttestationRecord) =>
    readsWholeTenant(actor) || !r || r.agencyId === null || actorAgencyIds(actor).includes(r.agencyId),
  // without a record: may the person attest for some party (the UI's question)
  'attestation.create': (actor: Actor, r?: AttestationRecord) =>
    r ? isParty(actor, r) : hasTenantRole(actor, 'admin') || actor.roles.some((g) => g.role === 'agency_head'),
  'attestation.update': (actor: Actor, r?: AttestationRecord) => !!r && isParty(actor, r),
  'attestation.submit': (actor: Actor, r?: AttestationRecord) => !!r && isParty(actor, r),
  // the Inspectorate verifies, never a statement its own person wrote
  'attestation.verify': (actor: Actor, r?: AttestationRecord) => hasTenantRole(actor, 'inspector') && (!r || r.createdBy !== actor.userId),
};
