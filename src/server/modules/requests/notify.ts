/**
 * Who hears of a step: the people who must act next, the requester when a reviewer moved
 * their request, and the copied agencies (tembusan) when it is submitted and decided.
 */
import type { Tx } from '../../platform/db/database';
import { findUserIdsWithGrants } from '../people/queries';
import { queueNotifications, type NotificationMessage } from '../notifications/service';
import type { NotificationParams } from '../notifications/render';
import type { RequestTypeDefinition, TransitionDefinition } from '../../../workflow/types';
import { findState } from '../../../workflow/engine';
import type { PartyRow } from './parties';
import type { RequestRow } from './queries';
import type { RequestTenantContext } from './tenant-context';

/** The people behind party rows: named persons, and holders of a role in an agency or tenant-wide. */
export async function resolvePartyUsers(tx: Tx, tenantId: string, parties: readonly PartyRow[]): Promise<string[]> {
  const direct = parties.flatMap((p) => (p.userId ? [p.userId] : []));
  const grants = parties.flatMap((p) =>
    p.userId ? [] : p.role ? [{ role: p.role, agencyId: p.agencyId }] : p.agencyId ? (['agency_head', 'agency_operator'] as const).map((role) => ({ role, agencyId: p.agencyId })) : [],
  );
  return [...new Set([...direct, ...(await findUserIdsWithGrants(tx, tenantId, grants))])];
}

export function requestParams(row: RequestRow, tc: RequestTenantContext): NotificationParams {
  return {
    number: row.number ?? '—',
    type: { key: `requests.type.${row.type}.name` },
    state: { key: `requests.state.${row.state}` },
    agency: tc.agencies.get(row.requesterAgencyId)?.name ?? '',
    title: row.title,
  };
}

export function requestWebhookPayload(event: string, row: RequestRow, extra: Record<string, unknown> = {}) {
  return {
    event,
    tenantId: row.tenantId,
    request: { id: row.id, number: row.number, type: row.type, state: row.state, title: row.title, requesterAgencyId: row.requesterAgencyId, dueAt: row.dueAt },
    ...extra,
  };
}

export async function notifyStep(
  tx: Tx,
  row: RequestRow,
  def: RequestTypeDefinition,
  transition: TransitionDefinition,
  parties: readonly PartyRow[],
  tc: RequestTenantContext,
  step: { actorUserId: string; actorName: string; from: string; at: string; note: string | null; reasonCode: string | null },
) {
  const params = requestParams(row, tc);
  const notified = new Set([step.actorUserId]);
  const take = (ids: readonly string[]) => ids.filter((id) => !notified.has(id) && notified.add(id));
  const messages: NotificationMessage[] = [];

  const actors = take(await resolvePartyUsers(tx, row.tenantId, parties.filter((p) => p.kind === 'actor')));
  messages.push({ kind: 'request.awaiting', params, recipientUserIds: actors });
  if (transition.review) messages.push({ kind: `request.${transition.name}`, params, recipientUserIds: take([row.requesterUserId]) });

  const decided = !!findState(def, row.state)?.decided;
  if ((transition.name === 'submit' && step.from === 'draft') || decided) {
    const copies = take(await resolvePartyUsers(tx, row.tenantId, parties.filter((p) => p.kind === 'copy')));
    messages.push({ kind: decided ? 'request.copy_decided' : 'request.copy_submitted', params, recipientUserIds: copies });
  }

  await queueNotifications(tx, row.tenantId, {
    entityType: 'request',
    entityId: row.id,
    path: `/requests/${row.id}`,
    messages,
    webhookPayload: requestWebhookPayload('request.step', row, { step: { transition: transition.name, ...step, to: row.state } }),
  });
}
