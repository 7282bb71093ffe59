import { z } from 'zod';
import { IsoDate, Uuid } from './common';

/** Shapes of the attestation API (issue 8 §3): a bound party's statement, checked by the Inspectorate. */
export const attestationStates = ['draft', 'submitted', 'accepted', 'returned', 'expired'] as const;
export const AttestationState = z.enum(attestationStates).meta({ id: 'AttestationState' });

/** Simpul records an attestation may point at as evidence. */
export const attestationRecordTypes = ['application', 'dataset', 'subdomain', 'request', 'internal_policy', 'evaluation', 'document'] as const;

export const AttestationLink = z
  .object({ recordType: z.enum(attestationRecordTypes), recordId: z.string().trim().min(1).max(100) })
  .meta({ id: 'AttestationLink' });

export const AttestationInput = z
  .object({
    obligationId: z.string().trim().min(3).max(160).meta({ example: 'dumai-18-2019/22-2' }),
    /** the bound party; null: the tenant as a whole (the ICT office's admin) */
    agencyId: Uuid.nullable(),
    statement: z.string().trim().min(10).max(10_000),
    /** the day the statement speaks for; its validity runs from here */
    attestedOn: IsoDate,
    links: z.array(AttestationLink).max(50).default([]),
  })
  .meta({ id: 'AttestationInput' });
export type AttestationInput = z.infer<typeof AttestationInput>;

/** A draft or returned attestation rewritten by its party (the obligation and party stay). */
export const AttestationUpdate = AttestationInput.pick({ statement: true, attestedOn: true, links: true }).meta({ id: 'AttestationUpdate' });

/** Submitting (an answer to the Inspectorate's note when resubmitting) and accepting: an optional note. */
export const AttestationNote = z.object({ note: z.string().trim().max(5000).nullable().default(null) }).meta({ id: 'AttestationNote' });
/** Returning: what to fix, required. */
export const AttestationReturn = z.object({ note: z.string().trim().min(3).max(5000) }).meta({ id: 'AttestationReturn' });

export const AttestationListQuery = z.object({
  state: AttestationState.optional(),
  obligationId: z.string().max(160).optional(),
});

export const AttestationEventView = z
  .object({ action: z.string(), note: z.string().nullable(), actorName: z.string(), at: z.string() })
  .meta({ id: 'AttestationEvent' });

export const AttestationView = z
  .object({
    id: Uuid,
    obligationId: z.string(),
    citation: z.string(),
    agencyId: Uuid.nullable(),
    partyName: z.string(),
    state: AttestationState,
    statement: z.string(),
    attestedOn: z.string(),
    validUntil: z.string().nullable(),
    /** cadence: the obligation's own; once: no expiry; interpretation: Simpul's 12 months where the text sets none */
    validityBasis: z.enum(['cadence', 'once', 'interpretation']),
    /** each with the record's name as it was when linked (null on links kept without one) */
    links: z.array(AttestationLink.extend({ label: z.string().nullable() }).meta({ id: 'AttestationLinkView' })),
    file: z.object({ fileName: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
    createdByName: z.string(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decisionNote: z.string().nullable(),
    history: z.array(AttestationEventView),
    abilities: z.object({ edit: z.boolean(), submit: z.boolean(), verify: z.boolean() }),
  })
  .meta({ id: 'Attestation' });
export type AttestationView = z.infer<typeof AttestationView>;

/** A party an obligation binds, and whether the reader may attest for it. */
export const AttestationParty = z
  .object({ agencyId: Uuid.nullable(), name: z.string(), canAttest: z.boolean() })
  .meta({ id: 'AttestationParty' });

export const AttestationList = z
  .object({
    items: z.array(AttestationView),
    /** with `obligationId`: the parties that obligation binds */
    parties: z.array(AttestationParty),
  })
  .meta({ id: 'AttestationList' });
export type AttestationList = z.infer<typeof AttestationList>;
