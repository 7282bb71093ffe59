import { can } from '../../src/server/platform/policy/can';
import { findState } from '../../src/workflow/engine';
import { dataAccessFields } from '../../src/server/testing/requests-factories';
import { addHoliday } from '../../src/server/modules/requests/calendar-service';
import type { Expected, RouteCase, WalkActor, WalkFixtures } from './route-table';
import { createWalkRequest, notify, openSteps, recordOf, requestTargets, snapshotOf, type RequestTarget } from './request-walk-fixtures';
import { fileForm, pdfBytes } from './problems';

const randomId = '0190b2a4-0000-7000-8000-000000000000';
let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

/** Distinct far-future dates, so each holiday the walk enters is new. */
function nextHolidayDate(): string {
  const k = ++n;
  return `2040-${String(1 + (Math.floor(k / 28) % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
}

const readable = (f: WalkFixtures, a: WalkActor, t: RequestTarget) => can(a.ctx.actor, 'request.read', recordOf(f.requests, t));

/** One request for each answer the policy gives (the other states differ only in the engine's answers). */
const policyTargets: RequestTarget[] = ['own draft', 'own submitted', 'other draft', 'other submitted', 'other naming own'];

function forEachRequest(targets: RequestTarget[], make: (t: RequestTarget) => RouteCase): RouteCase[] {
  return targets.map((t) => ({ record: (f: WalkFixtures) => recordOf(f.requests, t), ...make(t), target: t }));
}

/**
 * The engine's answer to a step on a request the person may see: allowed when it offers the
 * step to them; 409 when no such step leaves this state (or the request is final); 403 when
 * the step exists but is not theirs (another actor, or their own request to decide).
 */
function stepOutcome(f: WalkFixtures, a: WalkActor, t: RequestTarget, transition: string): Expected {
  if (openSteps(f.requests, t, a.ctx.actor).some((s) => s.name === transition)) return 'allowed';
  const snapshot = snapshotOf(f.requests, t);
  const def = f.requests.defs.get(snapshot.type)!;
  const exists = !findState(def, snapshot.state)?.final && def.transitions.some((s) => s.name === transition && s.from.includes(snapshot.state));
  return exists ? 403 : 409;
}

/** The form is edited by whoever the engine lets submit it now. */
const editOutcome = (f: WalkFixtures, a: WalkActor, t: RequestTarget): Expected => (openSteps(f.requests, t, a.ctx.actor).some((s) => s.requires?.form) ? 'allowed' : 409);

/** Attaching is for whoever has a step to take other than withdrawing. */
const attachOutcome = (f: WalkFixtures, a: WalkActor, t: RequestTarget): Expected => (openSteps(f.requests, t, a.ctx.actor).some((s) => s.name !== 'withdraw') ? 'allowed' : 409);

/** The step each target is asked to take, with a body that meets what the step requires. */
const steps: [RequestTarget, Record<string, unknown>][] = [
  ['own draft', { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] }],
  ['own submitted', { transition: 'withdraw' }],
  ['own recommended', { transition: 'approve' }],
  ['own decided', { transition: 'withdraw' }],
  ['other draft', { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] }],
  ['other submitted', { transition: 'withdraw' }],
  ['other naming own', { transition: 'recommend', outcome: { recommendation: 'approve' } }],
];

interface ListItem {
  id: string;
}

/** Of the walk's requests, the box lists exactly those it should: `all` what the policy lets them read, `to_act` where the engine offers a step. */
function inspectBox(box: 'all' | 'to_act') {
  return (body: unknown, f: WalkFixtures, a: WalkActor): string[] => {
    const listed = new Set((body as { items: ListItem[] }).items.map((i) => i.id));
    return requestTargets.flatMap((t) => {
      const want = readable(f, a, t) && (box === 'all' || openSteps(f.requests, t, a.ctx.actor).some((s) => s.name !== 'withdraw'));
      const got = listed.has(f.requests.targets[t].id);
      return want === got ? [] : [`box ${box}: ${t} ${got ? 'listed' : 'missing'}`];
    });
  };
}

/** The requests, holidays and notifications routes (docs/requests.md § API). */
export const requestRouteTable: Record<string, RouteCase[]> = {
  'GET /api/v1/request-types': [{ permission: 'request.read', request: async () => ({ path: '/api/v1/request-types' }) }],
  'GET /api/v1/inbox': [{ permission: 'request.read', request: async () => ({ path: '/api/v1/inbox' }) }],
  'GET /api/v1/requests': [
    { target: 'all', permission: 'request.read', inspect: inspectBox('all'), request: async () => ({ path: '/api/v1/requests?box=all&pageSize=200' }) },
    { target: 'to_act', permission: 'request.read', inspect: inspectBox('to_act'), request: async () => ({ path: '/api/v1/requests?box=to_act&pageSize=200' }) },
    ...(['mine', 'copies', 'overdue'] as const).map((box) => ({ target: box, permission: 'request.read' as const, request: async () => ({ path: `/api/v1/requests?box=${box}` }) })),
  ],
  'POST /api/v1/requests': (['own', 'other'] as const).map((agency) => ({
    target: `${agency} agency`,
    permission: 'request.create',
    record: (f: WalkFixtures) => ({ requesterAgencyId: agency === 'own' ? f.ownAgency.id : f.otherAgency.id }),
    request: async (f: WalkFixtures) => ({
      path: '/api/v1/requests',
      body: { type: 'data_access', requesterAgencyId: agency === 'own' ? f.ownAgency.id : f.otherAgency.id, stewardAgencyId: f.spareAgencyId, fields: dataAccessFields },
    }),
  })),
  'GET /api/v1/requests/recommendations': [
    { permission: 'request.read', request: async (f) => ({ path: `/api/v1/requests/recommendations?number=${encodeURIComponent(f.requests.recommendationNumber)}` }) },
  ],
  'GET /api/v1/requests/{id}': forEachRequest(requestTargets, (t) => ({
    permission: 'request.read',
    // the steps offered to the reader are the engine's
    inspect: (body, f, a) => {
      const offered = (body as { abilities: { transitions: string[] } }).abilities.transitions;
      const engine = [...new Set(openSteps(f.requests, t, a.ctx.actor).map((s) => s.name))];
      return JSON.stringify(offered) === JSON.stringify(engine) ? [] : [`offers ${offered.join(',')}, the engine ${engine.join(',')}`];
    },
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}` }),
  })),
  'PATCH /api/v1/requests/{id}': forEachRequest(['own draft', 'own submitted', 'other draft', 'other naming own'], (t) => ({
    permission: 'request.read',
    outcome: (f, a) => editOutcome(f, a, t),
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}`, body: { fields: f.requests.targets[t].view.fields } }),
  })),
  'POST /api/v1/requests/{id}/steps': steps.map(([t, body]) => ({
    target: `${t}: ${String(body.transition)}`,
    permission: 'request.read',
    record: (f: WalkFixtures) => recordOf(f.requests, t),
    outcome: (f: WalkFixtures, a: WalkActor) => stepOutcome(f, a, t, String(body.transition)),
    // a step that will be taken gets a fresh request in the same state, so the others still find theirs
    request: async (f: WalkFixtures, a: WalkActor) => {
      const fresh = readable(f, a, t) && stepOutcome(f, a, t, String(body.transition)) === 'allowed';
      const id = fresh ? (await createWalkRequest(f.requests, t)).id : f.requests.targets[t].id;
      return { path: `/api/v1/requests/${id}/steps`, body };
    },
  })),
  'POST /api/v1/requests/{id}/comments': forEachRequest(policyTargets, (t) => ({
    permission: 'request.comment',
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}/comments`, body: { body: `Mohon dilengkapi ${unique()}` } }),
  })),
  'POST /api/v1/requests/{id}/attachments': forEachRequest(['own draft', 'own submitted', 'own recommended', 'other draft', 'other naming own'], (t) => ({
    permission: 'request.read',
    outcome: (f, a) => attachOutcome(f, a, t),
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}/attachments`, body: fileForm('lampiran.pdf', pdfBytes(unique())) }),
  })),
  'GET /api/v1/requests/{id}/attachments/{attachmentId}': forEachRequest(policyTargets, (t) => ({
    permission: 'request.read',
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}/attachments/${f.requests.targets[t].attachmentId}` }),
  })),
  'GET /api/v1/requests/{id}/letters/{kind}': forEachRequest(['own draft', 'own submitted', 'own decided', 'other submitted', 'other naming own'], (t) => ({
    permission: 'request.read',
    // the request letter once the request has a number, the decision letter once decided
    outcome: (f) => (f.requests.targets[t].view.abilities.letters.length > 0 ? 'allowed' : 404),
    request: async (f) => ({ path: `/api/v1/requests/${f.requests.targets[t].id}/letters/${f.requests.targets[t].view.decision ? 'decision' : 'request'}` }),
  })),
  'GET /api/v1/holidays': [{ permission: 'holiday.read', request: async () => ({ path: '/api/v1/holidays?year=2026' }) }],
  'POST /api/v1/holidays': [
    { permission: 'holiday.manage', request: async () => ({ path: '/api/v1/holidays', body: { date: nextHolidayDate(), kind: 'regional_holiday', name: 'Hari Jadi Kota' } }) },
  ],
  'DELETE /api/v1/holidays/{id}': [
    {
      permission: 'holiday.manage',
      request: async (f) => ({ path: `/api/v1/holidays/${(await addHoliday(f.db, f.admin, { date: nextHolidayDate(), kind: 'collective_leave', name: 'Cuti Bersama' })).id}` }),
    },
  ],
  'GET /api/v1/notifications': [{ permission: 'notification.read', request: async () => ({ path: '/api/v1/notifications' }) }],
  'POST /api/v1/notifications/read-all': [{ permission: 'notification.read', audits: 0, request: async () => ({ path: '/api/v1/notifications/read-all' }) }],
  'POST /api/v1/notifications/{id}/read': [
    {
      target: 'own',
      permission: 'notification.read',
      audits: 0,
      request: async (f, a) => ({ path: `/api/v1/notifications/${a.ctx.actor ? await notify(f.db, f.admin.tenantId, a.ctx.actor.userId) : randomId}/read` }),
    },
    // a notification is its recipient's alone: anyone else's does not exist
    { target: "another person's", permission: 'notification.read', audits: 0, outcome: () => 404, request: async (f) => ({ path: `/api/v1/notifications/${f.requests.strangersNotificationId}/read` }) },
  ],
  'GET /api/v1/notification-settings': [{ permission: 'notificationSettings.manage', request: async () => ({ path: '/api/v1/notification-settings' }) }],
  'PUT /api/v1/notification-settings': [
    {
      permission: 'notificationSettings.manage',
      // no SMTP host or webhook: the walk sends no mail anywhere
      request: async () => ({
        path: '/api/v1/notification-settings',
        body: { smtpHost: null, smtpPort: null, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@dumaikota.go.id', appUrl: 'https://simpul.dumaikota.go.id', webhookUrl: null },
      }),
    },
  ],
};
