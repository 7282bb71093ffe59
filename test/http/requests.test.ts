import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { testPassword } from '../../src/server/testing/factories';
import { createRequestsWorld, dataAccessFields, type RequestsWorld } from '../../src/server/testing/requests-factories';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

async function sessions(app: TestApp, world: RequestsWorld) {
  const as = (email: string) => signIn(app, email, testPassword, world.slug);
  const p = world.people;
  const [requester, stewardHead, secretary, ictOperator, otherHead, admin] = await Promise.all([
    as(p.requester.user.email),
    as(p.stewardHead.user.email),
    as(p.secretary.user.email),
    as(p.ictOperator.user.email),
    as(p.otherHead.user.email),
    as(world.input.admin.email),
  ]);
  return { requester, stewardHead, secretary, ictOperator, otherHead, admin };
}

async function json(res: Response) {
  return (await res.json()) as Record<string, any>;
}

describe('requests over HTTP', () => {
  it('Palu 14/2022 Ps 9(5)-(8): file, recommend, reject with a ground; the requester reads the decision letter', async () => {
    const { db } = database;
    const { app } = createTestApp(db);
    const world = await createRequestsWorld(db);
    const s = await sessions(app, world);

    const types = await json(await call(app, s.requester, 'GET', '/api/v1/request-types'));
    const dataAccess = (types as unknown as { code: string; needsSteward: boolean; form: { properties: Record<string, unknown> }; transitions: { name: string; reasonCodes: string[] }[] }[]).find((t) => t.code === 'data_access')!;
    expect(dataAccess.needsSteward).toBe(true);
    expect(Object.keys(dataAccess.form.properties)).toEqual(['responsiblePerson', 'workUnit', 'purpose', 'requestedData']);
    expect(dataAccess.transitions.find((t) => t.name === 'reject')?.reasonCodes).toEqual(['device_outside_government_network', 'commercial_or_non_government_use', 'other']);

    const created = await call(app, s.requester, 'POST', '/api/v1/requests', { type: 'data_access', stewardAgencyId: world.agencies.population.id, fields: dataAccessFields });
    expect(created.status).toBe(201);
    const id = (await json(created)).id as string;

    const refused = await call(app, s.requester, 'POST', `/api/v1/requests/${id}/steps`, { transition: 'submit' }, { 'accept-language': 'en' });
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({ code: 'REQUEST_STATEMENT_REQUIRED', title: 'The statement must be acknowledged before the request is submitted.' });
    const submitted = await json(await call(app, s.requester, 'POST', `/api/v1/requests/${id}/steps`, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] }));
    expect(submitted.state).toBe('submitted');

    expect(await json(await call(app, s.stewardHead, 'GET', '/api/v1/inbox'))).toMatchObject({ toAct: 1, unreadNotifications: 1 });
    const box = await json(await call(app, s.stewardHead, 'GET', '/api/v1/requests?box=to_act'));
    expect(box.items.map((i: { id: string }) => i.id)).toEqual([id]);

    expect((await call(app, s.otherHead, 'GET', `/api/v1/requests/${id}`)).status).toBe(404);
    expect((await call(app, s.otherHead, 'GET', `/api/v1/requests/${id}/letters/request`)).status).toBe(404);
    const copy = await json(await call(app, s.ictOperator, 'GET', `/api/v1/requests/${id}`));
    expect(copy.abilities.transitions).toEqual([]);
    const notPermitted = await call(app, s.ictOperator, 'POST', `/api/v1/requests/${id}/steps`, { transition: 'recommend', outcome: { recommendation: 'approve' } });
    expect(notPermitted.status).toBe(403);
    expect((await json(notPermitted)).code).toBe('REQUEST_ACTOR_NOT_PERMITTED');

    expect((await call(app, s.stewardHead, 'POST', `/api/v1/requests/${id}/steps`, { transition: 'recommend', outcome: { recommendation: 'reject' } })).status).toBe(200);
    const rejected = await json(await call(app, s.secretary, 'POST', `/api/v1/requests/${id}/steps`, { transition: 'reject', reasonCode: 'device_outside_government_network' }));
    expect(rejected).toMatchObject({ state: 'rejected', reasonCode: 'device_outside_government_network' });

    const mine = await json(await call(app, s.requester, 'GET', `/api/v1/requests/${id}`));
    expect(mine.abilities.letters).toEqual(['request', 'decision']);
    const letter = await call(app, s.requester, 'GET', `/api/v1/requests/${id}/letters/decision`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(letter.headers.get('content-disposition')).toContain('surat-keputusan-PPD-');
    const documentId = letter.headers.get('x-document-id');
    const publicDoc = await app.request(`/api/public/documents/${documentId}`);
    expect(publicDoc.status).toBe(200);

    const notes = await json(await call(app, s.requester, 'GET', '/api/v1/notifications?unread=true'));
    expect(notes.items.map((n: { kind: string }) => n.kind)).toContain('request.reject');
    expect((await call(app, s.requester, 'POST', '/api/v1/notifications/read-all')).status).toBe(204);
    expect((await json(await call(app, s.requester, 'GET', '/api/v1/inbox'))).unreadNotifications).toBe(0);
  });

  it('attachments are stored by SHA-256 and downloaded intact; comments reach the timeline', async () => {
    const { db } = database;
    const { app } = createTestApp(db);
    const world = await createRequestsWorld(db);
    const s = await sessions(app, world);
    const created = await json(
      await call(app, s.requester, 'POST', '/api/v1/requests', {
        type: 'technical_recommendation',
        fields: { subjectKind: 'procurement', title: 'Pengadaan server', description: 'Server basis data', fiscalYear: 2026 },
      }),
    );
    const form = new FormData();
    const content = Buffer.from('%PDF-1.4\nspesifikasi teknis\n');
    form.append('file', new File([new Uint8Array(content)], 'spesifikasi.pdf', { type: 'application/pdf' }));
    const attached = await json(await call(app, s.requester, 'POST', `/api/v1/requests/${created.id}/attachments`, form));
    const attachment = attached.attachments[0];
    const download = await call(app, s.requester, 'GET', `/api/v1/requests/${created.id}/attachments/${attachment.id}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    expect(download.headers.get('x-content-sha256')).toBe(attachment.sha256);
    expect((await call(app, s.otherHead, 'GET', `/api/v1/requests/${created.id}/attachments/${attachment.id}`)).status).toBe(404);

    const commented = await json(await call(app, s.requester, 'POST', `/api/v1/requests/${created.id}/comments`, { body: 'Spesifikasi terlampir.' }));
    expect(commented.comments.map((c: { body: string }) => c.body)).toEqual(['Spesifikasi terlampir.']);
  });

  it('holidays: everyone reads the calendar, only the administrator changes it', async () => {
    const { db } = database;
    const { app } = createTestApp(db);
    const world = await createRequestsWorld(db);
    const s = await sessions(app, world);
    const leave = { date: '2026-12-24', kind: 'collective_leave', name: 'Cuti bersama Natal' };
    expect((await call(app, s.requester, 'POST', '/api/v1/holidays', leave)).status).toBe(403);
    const created = await call(app, s.admin, 'POST', '/api/v1/holidays', leave);
    expect(created.status).toBe(201);
    const year = await json(await call(app, s.requester, 'GET', '/api/v1/holidays?year=2026'));
    expect((year as unknown as { date: string }[]).map((h) => h.date)).toEqual(['2026-01-01', '2026-05-01', '2026-06-01', '2026-08-17', '2026-12-24', '2026-12-25']);
    expect((await call(app, s.admin, 'DELETE', `/api/v1/holidays/${(await json(created)).id}`)).status).toBe(204);
  });

  it('notification settings never return their secrets and are the administrator’s', async () => {
    const { db } = database;
    const { app } = createTestApp(db);
    const world = await createRequestsWorld(db);
    const s = await sessions(app, world);
    const settings = { smtpHost: 'mail.palukota.go.id', smtpPort: 587, smtpSecure: false, smtpUser: 'simpul', smtpPassword: 'sandi-rahasia', mailFrom: 'simpul@palukota.go.id', appUrl: null, webhookUrl: 'https://wa-gateway.palukota.go.id/hook', webhookSecret: 'kunci-rahasia-webhook-123' };
    expect((await call(app, s.requester, 'PUT', '/api/v1/notification-settings', settings)).status).toBe(403);
    const saved = await call(app, s.admin, 'PUT', '/api/v1/notification-settings', settings);
    const body = await saved.text();
    expect(saved.status).toBe(200);
    expect(body).not.toContain('sandi-rahasia');
    expect(body).not.toContain('kunci-rahasia');
    expect(JSON.parse(body)).toMatchObject({ hasSmtpPassword: true, hasWebhookSecret: true, smtpHost: 'mail.palukota.go.id' });
  });

  it('the OpenAPI document describes the request routes', async () => {
    const { db } = database;
    const { app } = createTestApp(db);
    const doc = await json(await app.request('/api/openapi.json'));
    for (const path of ['/api/v1/requests', '/api/v1/requests/{id}/steps', '/api/v1/request-types', '/api/v1/inbox', '/api/v1/holidays', '/api/v1/notifications', '/api/v1/requests/{id}/letters/{kind}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});

