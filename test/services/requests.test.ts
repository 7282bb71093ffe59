import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { createRequestsWorld, createTestRequest, dumaiProfile, type RequestsWorld } from '../../src/server/testing/requests-factories';
import { getRequest, updateRequest } from '../../src/server/modules/requests/service';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { attachToRequest, commentOnRequest } from '../../src/server/modules/requests/attachment-service';
import { findIssuedRecommendation } from '../../src/server/modules/requests/recommendations';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let database: Database;
const store = createDiskFileStore(mkdtempSync(join(tmpdir(), 'simpul-request-files-')));
const pdf = { content: Buffer.from('%PDF-1.4\n% kerangka acuan kerja\n'), fileName: 'kak.pdf', mimeType: 'application/pdf' };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const confidentiality = { acknowledgedStatements: ['data_confidentiality'] };

async function submittedDataAccess(world: RequestsWorld) {
  const { db } = database;
  const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id });
  return takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', ...confidentiality });
}

describe('data-use request (Palu 14/2022 Ps 9(5)-(8))', () => {
  it('Palu 14/2022 Ps 9(8): the steward recommends and the regional secretary approves; the letter is numbered on submission', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const { requester, stewardHead, secretary } = world.people;
    const draft = await createTestRequest(db, requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id });
    expect(draft).toMatchObject({ state: 'draft', number: null, title: 'Jumlah penduduk usia 0-5 tahun per kelurahan' });
    expect(draft.abilities).toMatchObject({ edit: true, transitions: ['submit', 'withdraw'] });

    const submitted = await takeRequestStep(db, requester.ctx, draft.id, { transition: 'submit', ...confidentiality });
    const year = new Date().getFullYear();
    expect(submitted.state).toBe('submitted');
    expect(submitted.number).toBe(`PPD/${year}/000001`);
    expect(submitted.dueAt).not.toBeNull();
    expect(submitted.addressees.to).toEqual([expect.objectContaining({ kind: 'tenant_role', role: 'regional_secretary' })]);
    expect(submitted.addressees.copies.map((c) => c.agencyName).sort()).toEqual(['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Komunikasi dan Informatika']);

    const recommended = await takeRequestStep(db, stewardHead.ctx, draft.id, { transition: 'recommend', outcome: { recommendation: 'approve' } });
    expect(recommended).toMatchObject({ state: 'recommended', outcome: { recommendation: 'approve' } });

    const approved = await takeRequestStep(db, secretary.ctx, draft.id, { transition: 'approve' });
    expect(approved).toMatchObject({ state: 'approved', decision: 'approved', effectResult: { effect: 'grant_data_access', status: 'done', grantedToAgencyId: world.agencies.health.id } });
    expect(approved.decidedAt).not.toBeNull();
    expect(approved.dueAt).toBeNull();
    expect(approved.steps.map((s) => [s.transition, s.actorName])).toEqual([
      ['submit', requester.user.name],
      ['recommend', stewardHead.user.name],
      ['approve', secretary.user.name],
    ]);
    expect(approved.abilities.transitions).toEqual([]);

    const second = await submittedDataAccess(world);
    expect(second.number).toBe(`PPD/${year}/000002`);
  });

  it('Dumai 18/2019 Ps 12(1): submitting without the confidentiality statement is refused', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id });
    await expect(takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' })).rejects.toMatchObject({
      code: 'REQUEST_STATEMENT_REQUIRED',
      status: 422,
      fields: { acknowledgedStatements: 'REQUEST_STATEMENT_REQUIRED' },
    });
  });

  it('Dumai 18/2019 Ps 12(2): a missing item of the letter is named', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', {
      stewardAgencyId: world.agencies.population.id,
      fields: { workUnit: 'Bidang P2P' },
    });
    await expect(takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', ...confidentiality })).rejects.toMatchObject({
      code: 'REQUEST_FIELD_REQUIRED',
      fields: expect.objectContaining({ responsiblePerson: 'REQUEST_FIELD_REQUIRED', requestedData: 'REQUEST_FIELD_REQUIRED' }),
    });
  });

  it('Dumai 18/2019 Ps 12(3): under Dumai the ICT office recommends, and the steward may not', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db, dumaiProfile);
    const request = await submittedDataAccess(world);
    await expect(takeRequestStep(db, world.people.stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'approve' } })).rejects.toMatchObject({
      code: 'REQUEST_ACTOR_NOT_PERMITTED',
      status: 403,
    });
    const recommended = await takeRequestStep(db, world.people.ictHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'reject' } });
    expect(recommended.state).toBe('recommended');
  });

  it('Palu 14/2022 Ps 9(7): the regional secretary rejects with a ground of the article, kept as the decision', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    await takeRequestStep(db, world.people.stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'reject' } });
    await expect(takeRequestStep(db, world.people.secretary.ctx, request.id, { transition: 'reject' })).rejects.toMatchObject({ code: 'REQUEST_REASON_REQUIRED' });
    await expect(takeRequestStep(db, world.people.secretary.ctx, request.id, { transition: 'reject', reasonCode: 'other' })).rejects.toMatchObject({ code: 'REQUEST_NOTE_REQUIRED' });
    const rejected = await takeRequestStep(db, world.people.secretary.ctx, request.id, {
      transition: 'reject',
      reasonCode: 'commercial_or_non_government_use',
      note: 'Data akan dipakai untuk kegiatan usaha.',
    });
    expect(rejected).toMatchObject({ state: 'rejected', decision: 'rejected', reasonCode: 'commercial_or_non_government_use', decisionNote: 'Data akan dipakai untuk kegiatan usaha.', effectResult: null });
    await expect(takeRequestStep(db, world.people.requester.ctx, request.id, { transition: 'withdraw' })).rejects.toMatchObject({ code: 'REQUEST_ALREADY_FINAL', status: 409 });
  });
});

describe('return, resubmit, withdraw', () => {
  it('a request returned with a note is edited and resubmitted, keeping its number', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    await expect(takeRequestStep(db, world.people.stewardOperator.ctx, request.id, { transition: 'return_for_revision' })).rejects.toMatchObject({ code: 'REQUEST_NOTE_REQUIRED' });
    const returned = await takeRequestStep(db, world.people.stewardOperator.ctx, request.id, { transition: 'return_for_revision', note: 'Sebutkan rentang tahun data.' });
    expect(returned).toMatchObject({ state: 'returned', dueAt: null });

    const edited = await updateRequest(db, world.people.requester.ctx, request.id, {
      fields: { ...returned.fields, requestedData: { kind: 'Jumlah penduduk usia 0-5 tahun 2024-2026', form: 'Layanan API' } },
    });
    expect(edited.title).toBe('Jumlah penduduk usia 0-5 tahun 2024-2026');
    const resubmitted = await takeRequestStep(db, world.people.requester.ctx, request.id, { transition: 'resubmit', ...confidentiality });
    expect(resubmitted).toMatchObject({ state: 'submitted', number: request.number });
    expect(resubmitted.steps.map((s) => s.transition)).toEqual(['submit', 'return_for_revision', 'resubmit']);
    expect(resubmitted.steps[1].note).toBe('Sebutkan rentang tahun data.');
  });

  it('the form cannot be edited once submitted', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    await expect(updateRequest(db, world.people.requester.ctx, request.id, { fields: {} })).rejects.toMatchObject({ code: 'REQUEST_NOT_EDITABLE', status: 409 });
  });

  it('the requester withdraws an open request; nobody acts on it afterwards', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    const withdrawn = await takeRequestStep(db, world.people.requester.ctx, request.id, { transition: 'withdraw', note: 'Data sudah tersedia di portal.' });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', decision: null });
    await expect(takeRequestStep(db, world.people.stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'approve' } })).rejects.toMatchObject({ code: 'REQUEST_ALREADY_FINAL' });
  });
});

describe('technical recommendation (Dumai 18/2019 Ps 6(5); Palu 14/2022 Ps 30(1))', () => {
  it('Palu 14/2022 Ps 30(1): approved with a number an application can look up; a number is issued once', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const { requester, ictHead } = world.people;
    const draft = await createTestRequest(db, requester.ctx, 'technical_recommendation');
    await expect(takeRequestStep(db, requester.ctx, draft.id, { transition: 'submit' })).rejects.toMatchObject({ code: 'REQUEST_ATTACHMENT_REQUIRED' });
    const attached = await attachToRequest(db, requester.ctx, store, draft.id, pdf);
    expect(attached.attachments).toEqual([expect.objectContaining({ fileName: 'kak.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const submitted = await takeRequestStep(db, requester.ctx, draft.id, { transition: 'submit' });
    expect(submitted.number).toMatch(/^PRT\/\d{4}\/000001$/);
    await expect(takeRequestStep(db, ictHead.ctx, draft.id, { transition: 'approve' })).rejects.toMatchObject({ code: 'REQUEST_FIELD_REQUIRED', fields: { recommendationNumber: 'REQUEST_FIELD_REQUIRED' } });
    const approved = await takeRequestStep(db, ictHead.ctx, draft.id, { transition: 'approve', outcome: { recommendationNumber: '555/12/DISKOMINFO/2026' } });
    expect(approved).toMatchObject({ state: 'approved', issuedNumber: '555/12/DISKOMINFO/2026', effectResult: { effect: 'issue_recommendation', status: 'done' } });
    expect(await findIssuedRecommendation(db, world.tenantId, '555/12/DISKOMINFO/2026')).toMatchObject({
      requestId: draft.id,
      agencyId: world.agencies.health.id,
      subjectKind: 'application_development',
      fiscalYear: 2026,
    });
    expect(await findIssuedRecommendation(db, world.tenantId, '999/NOT/ISSUED')).toBeNull();

    const other = await createTestRequest(db, requester.ctx, 'technical_recommendation');
    await attachToRequest(db, requester.ctx, store, other.id, pdf);
    await takeRequestStep(db, requester.ctx, other.id, { transition: 'submit' });
    await expect(takeRequestStep(db, ictHead.ctx, other.id, { transition: 'approve', outcome: { recommendationNumber: '555/12/DISKOMINFO/2026' } })).rejects.toMatchObject({
      code: 'REQUEST_RECOMMENDATION_NUMBER_TAKEN',
      status: 409,
    });
    expect((await getRequest(db, requester.ctx, other.id)).state).toBe('submitted');
  });

  it('Palu 14/2022 Ps 24(1) huruf c: an agency that is not ICT-self-reliant cannot ask for a LAN recommendation', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'technical_recommendation', {
      fields: { subjectKind: 'lan_infrastructure', title: 'LAN gedung baru', description: 'Jaringan lokal', fiscalYear: 2026 },
    });
    await attachToRequest(db, world.people.requester.ctx, store, draft.id, pdf);
    await expect(takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' })).rejects.toMatchObject({ code: 'REQUEST_AGENCY_NOT_ICT_SELF_RELIANT' });
  });
});

describe('subdomain and site unblock', () => {
  it('Palu 14/2022 Ps 18(1): a name outside the tenant domain is refused with its own code', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'subdomain', {
      fields: { name: 'imunisasi.example.com', usage: 'spbe_application', description: 'Aplikasi imunisasi' },
    });
    await expect(takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' })).rejects.toMatchObject({
      code: 'REQUEST_FIELD_INVALID',
      fields: { name: 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN' },
    });
  });

  it('Palu 14/2022 Ps 18(3): the ICT office head approves; the label is stored and the effect recorded', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'subdomain', {
      fields: { name: 'Imunisasi.palukota.go.id', usage: 'spbe_application', description: 'Aplikasi imunisasi' },
    });
    const submitted = await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' });
    expect(submitted.fields.name).toBe('imunisasi');
    await expect(takeRequestStep(db, world.people.ictOperator.ctx, draft.id, { transition: 'approve' })).rejects.toMatchObject({ code: 'REQUEST_ACTOR_NOT_PERMITTED' });
    const approved = await takeRequestStep(db, world.people.ictHead.ctx, draft.id, { transition: 'approve' });
    expect(approved.state).toBe('approved');
    expect(approved.effectResult).toMatchObject({ effect: 'register_subdomain' });
  });

  it('Dumai 18/2019 Ps 19(4): a site is opened until a date after today', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db, dumaiProfile);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'site_unblock');
    await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit' });
    await expect(takeRequestStep(db, world.people.ictHead.ctx, draft.id, { transition: 'approve', outcome: { expiresAt: '2020-01-01' } })).rejects.toMatchObject({ code: 'REQUEST_DATE_NOT_IN_FUTURE' });
    const approved = await takeRequestStep(db, world.people.ictHead.ctx, draft.id, { transition: 'approve', outcome: { expiresAt: '2099-12-31' } });
    expect(approved).toMatchObject({ state: 'approved', number: expect.stringMatching(/^PAS\//), effectResult: { effect: 'unblock_site', expiresAt: '2099-12-31', url: 'https://example.org/jurnal' } });
  });
});

describe('who may see and act', () => {
  it('a requester who also holds the deciding role cannot decide their own request', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const { createTestUser } = await import('../../src/server/testing/factories');
    const both = await createTestUser(db, world.admin, [
      { role: 'agency_operator', agencyId: world.agencies.health.id },
      { role: 'agency_head', agencyId: world.agencies.ict.id },
    ]);
    const draft = await createTestRequest(db, both.ctx, 'site_unblock', { requesterAgencyId: world.agencies.health.id });
    const submitted = await takeRequestStep(db, both.ctx, draft.id, { transition: 'submit' });
    expect(submitted.abilities.transitions).toEqual(['withdraw']);
    await expect(takeRequestStep(db, both.ctx, draft.id, { transition: 'approve', outcome: { expiresAt: '2099-01-01' } })).rejects.toMatchObject({ code: 'REQUEST_SELF_DECISION', status: 403 });
  });

  it('another agency gets 404; the copied agencies see it once submitted, not as a draft', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id });
    await expect(getRequest(db, world.people.ictHead.ctx, draft.id)).rejects.toMatchObject({ status: 404 });
    expect((await getRequest(db, world.people.requesterHead.ctx, draft.id)).state).toBe('draft');
    await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', ...confidentiality });
    await expect(getRequest(db, world.people.otherHead.ctx, draft.id)).rejects.toMatchObject({ status: 404 });
    await expect(takeRequestStep(db, world.people.otherHead.ctx, draft.id, { transition: 'withdraw' })).rejects.toMatchObject({ status: 404 });
    await expect(commentOnRequest(db, world.people.otherHead.ctx, draft.id, 'Halo')).rejects.toMatchObject({ status: 404 });
    const copied = await getRequest(db, world.people.ictOperator.ctx, draft.id);
    expect(copied.abilities).toMatchObject({ transitions: [], edit: false, comment: true });
    const steward = await getRequest(db, world.people.stewardHead.ctx, draft.id);
    expect(steward.abilities.transitions.sort()).toEqual(['recommend', 'return_for_revision']);
  });

  it('a comment is kept in the timeline with its author', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    const commented = await commentOnRequest(db, world.people.ictOperator.ctx, request.id, 'Data tersedia dalam format CSV.');
    expect(commented.comments).toEqual([expect.objectContaining({ authorName: world.people.ictOperator.user.name, body: 'Data tersedia dalam format CSV.' })]);
  });

  it('every step is in the audit trail', async () => {
    const { db } = database;
    const world = await createRequestsWorld(db);
    const request = await submittedDataAccess(world);
    await takeRequestStep(db, world.people.stewardHead.ctx, request.id, { transition: 'recommend', outcome: { recommendation: 'approve' } });
    const rows = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_entries WHERE tenant_id = ${world.tenantId} AND entity_id = ${request.id} ORDER BY seq`);
    expect(rows.map((r) => r.action)).toEqual(['request.create', 'request.submit', 'request.recommend']);
  });
});
