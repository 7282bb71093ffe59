import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { extractPdfText } from '../support/pdf-text';
import type { Database } from '../../src/server/platform/db/database';
import { createRequestsWorld, createTestRequest, type RequestsWorld } from '../../src/server/testing/requests-factories';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { countInbox, listRequests } from '../../src/server/modules/requests/inbox-service';
import { markOverdueRequests } from '../../src/server/modules/requests/overdue';
import { addHoliday, listHolidays, removeHoliday } from '../../src/server/modules/requests/calendar-service';
import { getRequestLetter } from '../../src/server/modules/requests/letters/letter-service';
import { loadConfig } from '../../src/server/platform/config';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { verifySignedPdf } from '../../src/server/platform/documents/verify-pdf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequest } from '../../src/server/modules/requests/service';
import { listNotifications, markAllNotificationsRead } from '../../src/server/modules/notifications/service';

let database: Database;
const dataDir = mkdtempSync(join(tmpdir(), 'simpul-letters-'));
const deps = { config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'https://simpul.palukota.go.id' }), files: createDiskFileStore(join(dataDir, 'files')) };
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const list = { page: 1, pageSize: 25, dir: 'asc' as const };

async function fileDataAccess(world: RequestsWorld, now?: Date) {
  const { db } = database;
  const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id }, now);
  return takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] }, now);
}

describe('inbox', () => {
  it('Palu 14/2022 Ps 9(5): the steward has it to act, the ICT office as a copy, the requester waiting', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const { requester, stewardHead, ictOperator, secretary, otherHead } = world.people;
    const request = await fileDataAccess(world);
    await createTestRequest(db, requester.ctx, 'site_unblock');

    expect(await countInbox(db, stewardHead.ctx)).toMatchObject({ toAct: 1, waiting: 0, copies: 1, overdue: 0 });
    expect(await countInbox(db, requester.ctx)).toMatchObject({ toAct: 1, waiting: 1, copies: 0 });
    expect(await countInbox(db, ictOperator.ctx)).toMatchObject({ toAct: 0, copies: 1 });
    expect(await countInbox(db, secretary.ctx)).toMatchObject({ toAct: 0 });
    expect(await countInbox(db, otherHead.ctx)).toMatchObject({ toAct: 0, waiting: 0, copies: 0 });

    const toAct = await listRequests(db, stewardHead.ctx, { ...list, box: 'to_act' });
    expect(toAct.items.map((i) => i.id)).toEqual([request.id]);
    const mine = await listRequests(db, requester.ctx, { ...list, box: 'mine' });
    expect(mine.total).toBe(2);
    const copies = await listRequests(db, ictOperator.ctx, { ...list, box: 'copies' });
    expect(copies.items.map((i) => i.number)).toEqual([request.number]);
    expect((await listRequests(db, otherHead.ctx, { ...list, box: 'all' })).total).toBe(0);

    await takeRequestStep(db, stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'approve' } });
    expect(await countInbox(db, stewardHead.ctx)).toMatchObject({ toAct: 0 });
    expect(await countInbox(db, secretary.ctx)).toMatchObject({ toAct: 1 });
    const sekdaList = await listRequests(db, secretary.ctx, { ...list, box: 'to_act' });
    expect(sekdaList.items).toEqual([expect.objectContaining({ id: request.id, state: 'recommended', requesterAgencyName: 'Dinas Kesehatan' })]);
  });

  it('notifies the people who must act, and the requester of the decision', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const { requester, stewardHead, stewardOperator, ictHead, secretary } = world.people;
    const request = await fileDataAccess(world);
    const steward = await listNotifications(db, stewardHead.ctx, { page: 1, pageSize: 10, unread: 'false' });
    expect(steward.items.map((n) => n.kind).sort()).toEqual(['request.awaiting']);
    expect(steward.items[0].message).toContain(request.number!);
    // the operator may return it, so the request waits on them too
    expect((await listNotifications(db, stewardOperator.ctx, { page: 1, pageSize: 10, unread: 'false' })).items.map((n) => n.kind)).toEqual(['request.awaiting']);
    expect((await listNotifications(db, ictHead.ctx, { page: 1, pageSize: 10, unread: 'false' })).items.map((n) => n.kind)).toEqual(['request.copy_submitted']);

    await takeRequestStep(db, stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'approve' } });
    await takeRequestStep(db, secretary.ctx, request.id, { transition: 'reject', reasonCode: 'device_outside_government_network' });
    const mine = await listNotifications(db, { ...requester.ctx, locale: 'en' }, { page: 1, pageSize: 10, unread: 'true' });
    expect(mine.items.map((n) => n.kind)).toEqual(['request.reject', 'request.recommend']);
    expect(mine.items[0].message).toBe(`Your request ${request.number} (Data use request) was rejected.`);
    expect(mine.unread).toBe(2);
    await markAllNotificationsRead(db, requester.ctx);
    expect((await countInbox(db, requester.ctx)).unreadNotifications).toBe(0);
  });
});

describe('deadlines and the holiday calendar', () => {
  it('UU 30/2014 Ps 53(2): due 5 working days after submission, skipping a cuti bersama the administrator entered', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    // Thursday 13 August 2026, 10:00 WITA
    const thursday = new Date('2026-08-13T02:00:00Z');
    const before = await fileDataAccess(world, thursday);
    // Fri 14, Mon 17 (Independence Day, fixed), Tue 18, Wed 19, Thu 20, Fri 21
    expect(before.dueAt).toBe('2026-08-21');

    const leave = await addHoliday(db, world.admin, { date: '2026-08-18', kind: 'collective_leave', name: 'Cuti bersama' });
    await expect(addHoliday(db, world.admin, { date: '2026-08-18', kind: 'regional_holiday', name: 'Lagi' })).rejects.toMatchObject({ code: 'HOLIDAY_DATE_TAKEN', status: 409 });
    await expect(addHoliday(db, world.people.requester.ctx, { date: '2026-08-19', kind: 'regional_holiday', name: 'Hari jadi' })).rejects.toMatchObject({ status: 403 });
    const after = await fileDataAccess(world, thursday);
    expect(after.dueAt).toBe('2026-08-24');

    const year = await listHolidays(db, world.people.requester.ctx, 2026);
    expect(year.filter((h) => h.date.startsWith('2026-08'))).toEqual([
      { id: null, date: '2026-08-17', kind: 'national_holiday', name: 'calendar.holiday.independence_day', fixed: true },
      expect.objectContaining({ id: leave.id, date: '2026-08-18', kind: 'collective_leave', fixed: false }),
    ]);
    await removeHoliday(db, world.admin, leave.id!);
    expect((await listHolidays(db, world.admin, 2026)).some((h) => h.date === '2026-08-18')).toBe(false);
  });

  it('a request past its due date is marked overdue and its reviewers told once', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await fileDataAccess(world, new Date('2026-03-02T02:00:00Z'));
    const later = new Date('2026-03-20T02:00:00Z');
    expect((await getRequest(db, world.people.stewardHead.ctx, request.id, later)).overdue).toBe(true);
    expect(await countInbox(db, world.people.stewardHead.ctx, later)).toMatchObject({ overdue: 1, toAct: 1 });
    expect(await countInbox(db, world.people.requester.ctx, later)).toMatchObject({ overdue: 1 });
    expect(await countInbox(db, world.people.ictOperator.ctx, later)).toMatchObject({ overdue: 0 });

    expect(await markOverdueRequests(db, world.tenantId, later)).toBe(1);
    expect(await markOverdueRequests(db, world.tenantId, later)).toBe(0);
    const told = await listNotifications(db, world.people.stewardHead.ctx, { page: 1, pageSize: 10, unread: 'false' });
    expect(told.items.map((n) => n.kind)).toContain('request.overdue');
    expect((await getRequest(db, world.people.stewardHead.ctx, request.id, new Date('2026-03-03T02:00:00Z'))).overdue).toBe(false);
  });
});

describe('letters', () => {
  it('Palu 14/2022 Ps 9(7): the letters carry the number, the addressee, the copies, the decision and its reason', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await fileDataAccess(world);
    await expect(getRequestLetter(db, deps, world.people.requester.ctx, request.id, 'decision')).rejects.toMatchObject({ status: 404 });
    const letter = await getRequestLetter(db, deps, world.people.requester.ctx, request.id, 'request');
    expect(letter.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter.fileName).toBe(`surat-permohonan-${request.number!.replace(/\//g, '-')}.pdf`);
    expect(verifySignedPdf(letter.content)).toMatchObject({ signed: true, valid: true });
    const again = await getRequestLetter(db, deps, world.people.stewardHead.ctx, request.id, 'request');
    expect(again).toMatchObject({ documentId: letter.documentId });
    expect(again.content.equals(letter.content)).toBe(true);
    const text = extractPdfText(letter.content);
    // the footer wraps the address; the QR code carries it whole
    expect(text.replace(/\s/g, '')).toContain(`https://simpul.palukota.go.id/verify/${letter.documentId}`);
    expect(text).toContain(`: ${request.number}`);
    expect(text).toContain('Sekretaris Daerah');
    expect(text).toContain('Tembusan:');
    expect(text).toContain('Dinas Komunikasi dan Informatika');
    expect(text).toContain('Jumlah penduduk usia 0-5 tahun per kelurahan');
    // Dumai 18/2019 Ps 12(2) huruf c: maksud, tujuan, kegunaan, in the order of the article
    expect(text.indexOf('Maksud :')).toBeLessThan(text.indexOf('Tujuan :'));
    expect(text.indexOf('Tujuan :')).toBeLessThan(text.indexOf('Kegunaan :'));

    await takeRequestStep(db, world.people.stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'reject' } });
    await takeRequestStep(db, world.people.secretary.ctx, request.id, { transition: 'reject', reasonCode: 'commercial_or_non_government_use', note: 'Untuk kegiatan usaha.' });
    const decision = extractPdfText((await getRequestLetter(db, deps, world.people.requester.ctx, request.id, 'decision')).content);
    expect(decision).toContain('Permohonan tersebut DITOLAK.');
    expect(decision).toContain(request.number!);
    expect(decision).toContain('Penggunaan data untuk tujuan komersial');
    expect(decision).toContain(world.people.secretary.user.name);
  });
});
