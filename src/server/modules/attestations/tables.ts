import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { files } from '../../platform/files/tables';
import { agencies } from '../agencies/tables';
import { storedAttestationStates } from './attestation-flow';

/** A Simpul record an attestation points at as evidence (an application, a dataset …). */
export interface AttestationLink {
  recordType: string;
  recordId: string;
  /** the record's name when it was linked (linked-records.ts); absent on links written before */
  label?: string;
}

/**
 * A bound party's statement that it carried out a duty no registry can show (issue 8 §3),
 * with its evidence, checked by the Inspectorate. `agencyId` is the party; null is the tenant
 * as a whole, attested by the ICT office's admin. `validUntil` is derived from the
 * obligation's cadence when the statement is written (null: it does not expire).
 */
export const attestations = pgTable(
  'attestations',
  {
    ...tenantColumns,
    obligationId: text('obligation_id').notNull(),
    agencyId: uuid('agency_id'),
    state: text('state', { enum: storedAttestationStates }).notNull(),
    statement: text('statement').notNull(),
    attestedOn: date('attested_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    validityBasis: text('validity_basis', { enum: ['cadence', 'once', 'interpretation'] }).notNull(),
    links: jsonb('links').$type<AttestationLink[]>().notNull(),
    fileId: uuid('file_id'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('attestations_obligation').on(t.tenantId, t.obligationId, t.agencyId),
    index('attestations_state').on(t.tenantId, t.state),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/** Each step of an attestation, with who took it and the note: the history on the obligation page. */
export const attestationEvents = pgTable(
  'attestation_events',
  {
    ...tenantColumns,
    attestationId: uuid('attestation_id').notNull(),
    action: text('action', { enum: ['create', 'edit', 'upload', 'submit', 'accept', 'return'] }).notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('attestation_events_attestation').on(t.tenantId, t.attestationId, t.createdAt),
    foreignKey({ columns: [t.tenantId, t.attestationId], foreignColumns: [attestations.tenantId, attestations.id] }),
  ],
);
