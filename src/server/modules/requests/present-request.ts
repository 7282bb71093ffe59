import type { Actor } from '../../platform/policy/actor';
import { can } from '../../platform/policy/can';
import type { RequestView } from '../../../shared/requests';
import { availableTransitions, findState, isOverdue } from '../../../workflow/engine';
import type { RequestTypeDefinition } from '../../../workflow/types';
import { toWorkflowActor } from './parties';
import type { PartyRowStored, RequestRow } from './queries';
import { toSnapshot } from './snapshot';
import type { RequestTenantContext } from './tenant-context';

export interface RequestDetails {
  parties: PartyRowStored[];
  steps: { id: string; transition: string; fromState: string; toState: string; actorUserId: string; actorName: string; at: Date; note: string | null; reasonCode: string | null; outcome: unknown }[];
  comments: { id: string; authorUserId: string; authorName: string; body: string; createdAt: Date }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string; uploadedBy: string; createdAt: Date }[];
  requesterName: string;
}

/** The steps this person may take now, as the engine answers. */
export function listActorTransitions(def: RequestTypeDefinition, row: RequestRow, actor: Actor, tc: RequestTenantContext, attachmentCount: number) {
  return availableTransitions(def, toSnapshot(row, tc.agencies, attachmentCount), toWorkflowActor(actor, tc.agencyList));
}

export function isOpen(def: RequestTypeDefinition, state: string): boolean {
  return !findState(def, state)?.final;
}

export function presentRequest(row: RequestRow, def: RequestTypeDefinition, details: RequestDetails, tc: RequestTenantContext, actor: Actor, now: Date): RequestView {
  const agencyName = (id: string | null) => (id ? (tc.agencies.get(id)?.name ?? '') : null);
  const partyView = (p: PartyRowStored) => ({
    kind: p.userId ? ('user' as const) : p.agencyId ? ('agency' as const) : ('tenant_role' as const),
    agencyId: p.agencyId,
    agencyName: agencyName(p.agencyId),
    role: p.role,
  });
  const transitions = listActorTransitions(def, row, actor, tc, details.attachments.length);
  const names = [...new Set(transitions.map((t) => t.name))];
  const edit = transitions.some((t) => t.requires?.form);
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    state: row.state,
    title: row.title,
    requesterUserId: row.requesterUserId,
    requesterName: details.requesterName,
    requesterAgencyId: row.requesterAgencyId,
    requesterAgencyName: agencyName(row.requesterAgencyId) ?? '',
    stewardAgencyId: row.stewardAgencyId,
    stewardAgencyName: agencyName(row.stewardAgencyId),
    fields: row.fields as Record<string, unknown>,
    outcome: row.outcome as Record<string, unknown>,
    dueAt: row.dueAt,
    overdue: isOpen(def, row.state) && isOverdue(row, now, tc.calendar.timeZone),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decision: row.decision,
    reasonCode: row.reasonCode,
    decisionNote: row.decisionNote,
    issuedNumber: row.issuedNumber,
    effectResult: (row.effectResult as Record<string, unknown> | null) ?? null,
    addressees: {
      to: details.parties.filter((p) => p.kind === 'to').map(partyView),
      copies: details.parties.filter((p) => p.kind === 'copy').map(partyView),
    },
    steps: details.steps.map((s) => ({
      id: s.id,
      transition: s.transition,
      from: s.fromState,
      to: s.toState,
      actorUserId: s.actorUserId,
      actorName: s.actorName,
      at: s.at.toISOString(),
      note: s.note,
      reasonCode: s.reasonCode,
      outcome: (s.outcome as Record<string, unknown> | null) ?? null,
    })),
    comments: details.comments.map((c) => ({ id: c.id, authorUserId: c.authorUserId, authorName: c.authorName, body: c.body, at: c.createdAt.toISOString() })),
    attachments: details.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256, uploadedBy: a.uploadedBy, at: a.createdAt.toISOString() })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      edit,
      comment: can(actor, 'request.comment', toRequestRecord(row, details.parties)),
      attach: edit || names.some((n) => n !== 'withdraw'),
      transitions: names,
      letters: [...(row.number ? (['request'] as const) : []), ...(row.decision ? (['decision'] as const) : [])],
    },
  };
}

export function toRequestRecord(row: RequestRow, parties: readonly PartyRowStored[]) {
  return {
    requesterUserId: row.requesterUserId,
    requesterAgencyId: row.requesterAgencyId,
    state: row.state,
    partyAgencyIds: [...new Set(parties.flatMap((p) => (p.agencyId ? [p.agencyId] : [])))],
  };
}
