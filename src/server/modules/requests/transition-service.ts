import { and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import type { RequestContext } from '../../platform/context';
import type { RequestStepInput } from '../../../shared/requests';
import { applyTransition, findState } from '../../../workflow/engine';
import type { RequestErrorCode, TransitionResult } from '../../../workflow/types';
import { requests, requestSteps } from './tables';
import { findAttachments } from './queries';
import { toWorkflowActor } from './parties';
import { describeRequest, toSnapshot } from './snapshot';
import { runRequestEffect } from './effects';
import { nextRequestNumber } from './numbering';
import { numberPrefixOf } from './request-types';
import { notifyStep } from './notify';
import { findReadableRequest, getRequest, replaceParties } from './service';
import './builtin-effects';

const statusOf: Partial<Record<RequestErrorCode, number>> = {
  REQUEST_TYPE_MISMATCH: 409,
  REQUEST_ALREADY_FINAL: 409,
  REQUEST_TRANSITION_NOT_ALLOWED: 409,
  REQUEST_SELF_DECISION: 403,
  REQUEST_ACTOR_NOT_PERMITTED: 403,
};

// Where the engine's refusal belongs on the form.
const fieldOf: Partial<Record<RequestErrorCode, string>> = {
  REQUEST_ATTACHMENT_REQUIRED: 'attachments',
  REQUEST_STATEMENT_REQUIRED: 'acknowledgedStatements',
  REQUEST_REASON_REQUIRED: 'reasonCode',
  REQUEST_REASON_INVALID: 'reasonCode',
  REQUEST_NOTE_REQUIRED: 'note',
  REQUEST_STEWARD_REQUIRED: 'stewardAgencyId',
};

function refusal(result: Extract<TransitionResult, { ok: false }>): AppError {
  const fields: Record<string, string> = {};
  const own = fieldOf[result.code];
  if (own) fields[own] = result.code;
  else for (const path of result.fields ?? []) fields[path] = result.fieldErrors?.[path] ?? result.code;
  return new AppError(result.code, statusOf[result.code] ?? 422, { fields: (result.fields ?? []).join(', ') }, fields);
}

/**
 * Takes one step of a request. The engine decides whether this person may take it and what
 * it needs; this function numbers the letter on first submission, carries out the effect of
 * a completed request, records the step, re-resolves who acts next, audits and notifies —
 * all in one transaction. Email and webhook messages go out after the commit.
 */
export async function takeRequestStep(db: DB, ctx: RequestContext, id: string, input: RequestStepInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const { row, tc, def } = await findReadableRequest(tx, ctx, id, now, true);
    const actor = ctx.actor!;
    const attachments = await findAttachments(tx, ctx.tenantId, id);
    const result = applyTransition(def, toSnapshot(row, tc.agencies, attachments.length), toWorkflowActor(actor, tc.agencyList), input, now, tc.calendar);
    if (!result.ok) throw refusal(result);
    const transition = def.transitions.find((t) => t.name === result.step.transition && t.from.includes(row.state))!;
    const target = findState(def, result.state);

    const number = row.number ?? (result.step.transition === 'submit' ? await nextRequestNumber(tx, ctx.tenantId, numberPrefixOf(row.type), Number(tc.today.slice(0, 4))) : null);
    const effectResult = result.effect
      ? await runRequestEffect(tx, ctx, result.effect, {
          id: row.id,
          number,
          type: row.type,
          requesterUserId: row.requesterUserId,
          requesterAgencyId: row.requesterAgencyId,
          stewardAgencyId: row.stewardAgencyId,
          fields: result.fields,
          outcome: result.outcome,
          at: now,
        })
      : null;

    const [after] = await tx
      .update(requests)
      .set({
        state: result.state,
        number,
        fields: result.fields,
        outcome: result.outcome,
        title: describeRequest(row.type, result.fields),
        dueAt: result.dueAt,
        submittedAt: row.submittedAt ?? (result.step.transition === 'submit' ? now : null),
        ...(target?.decided && {
          decidedAt: now,
          decision: result.state === 'rejected' ? ('rejected' as const) : ('approved' as const),
          decidedByUserId: actor.userId,
          reasonCode: result.step.reasonCode,
          decisionNote: result.step.note,
        }),
        ...(effectResult && { effectResult, issuedNumber: typeof effectResult.issuedNumber === 'string' ? effectResult.issuedNumber : null }),
        overdueNotifiedAt: null,
        updatedAt: now,
      })
      .where(and(eq(requests.tenantId, ctx.tenantId), eq(requests.id, id)))
      .returning();

    const outcomeChanged = JSON.stringify(result.outcome) !== JSON.stringify(row.outcome) ? result.outcome : null;
    await tx.insert(requestSteps).values({
      tenantId: ctx.tenantId,
      id: newId(),
      requestId: id,
      transition: result.step.transition,
      fromState: result.step.from,
      toState: result.step.to,
      actorUserId: actor.userId,
      actorName: actor.label,
      at: now,
      note: result.step.note,
      reasonCode: result.step.reasonCode,
      outcome: outcomeChanged,
    });
    const parties = await replaceParties(tx, ctx.tenantId, after, def, tc);
    await appendAudit(tx, ctx, { action: `request.${result.step.transition}`, entityType: 'request', entityId: id, agencyId: row.requesterAgencyId, before: row, after });
    await notifyStep(tx, after, def, transition, parties, tc, {
      actorUserId: actor.userId,
      actorName: actor.label,
      from: row.state,
      at: now.toISOString(),
      note: result.step.note,
      reasonCode: result.step.reasonCode,
    });
  });
  return getRequest(db, ctx, id, now);
}
