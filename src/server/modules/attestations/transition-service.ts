import { and, eq } from 'drizzle-orm';
import type { AttestationView } from '../../../shared/attestations';
import type { RequestContext } from '../../platform/context';
import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { nextAttestationState, type AttestationAction } from './attestation-flow';
import { getAttestation, lockAttestation, recordAttestationStep } from './service';
import { attestations } from './tables';

const permissionOf = { submit: 'attestation.submit', accept: 'attestation.verify', return: 'attestation.verify' } as const;

// `now` is the step's instant: the demo loader passes its own clock, everyone else the present
async function transition(db: DB, ctx: RequestContext, id: string, action: Exclude<AttestationAction, 'edit'>, note: string | null, now: Date): Promise<AttestationView> {
  await db.transaction(async (tx) => {
    const before = await lockAttestation(tx, ctx, id, permissionOf[action]);
    const to = nextAttestationState(before.state, action);
    if (!to) throw new AppError('ATTESTATION_TRANSITION_INVALID', 409, { state: before.state, action });
    const decided = action === 'accept' || action === 'return';
    const [after] = await tx
      .update(attestations)
      .set({
        state: to,
        updatedAt: now,
        ...(action === 'submit' && { submittedAt: now }),
        ...(decided && { decidedAt: now, decidedBy: ctx.actor!.userId, decidedByName: ctx.actor!.label, decisionNote: note }),
      })
      .where(and(eq(attestations.tenantId, ctx.tenantId), eq(attestations.id, id)))
      .returning();
    await recordAttestationStep(tx, { ...ctx, actor: ctx.actor! }, { action, note, before, after });
  });
  return getAttestation(db, ctx, id);
}

/** The party hands the statement to the Inspectorate; on a returned one, the note answers its remark. */
export const submitAttestation = (db: DB, ctx: RequestContext, id: string, note: string | null, now = new Date()) => transition(db, ctx, id, 'submit', note, now);
/** The Inspectorate accepts it: from now the obligation is attested until the last day. */
export const acceptAttestation = (db: DB, ctx: RequestContext, id: string, note: string | null, now = new Date()) => transition(db, ctx, id, 'accept', note, now);
/** The Inspectorate returns it with what is missing. */
export const returnAttestation = (db: DB, ctx: RequestContext, id: string, note: string, now = new Date()) => transition(db, ctx, id, 'return', note, now);
