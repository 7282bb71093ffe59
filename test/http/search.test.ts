import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { createRequestsWorld, createTestRequest } from '../../src/server/testing/requests-factories';
import { createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { buildSubdomainInput } from '../../src/server/testing/domain-factories';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { publishDataset, submitDataset } from '../../src/server/modules/datasets/review-service';
import { updateAgency } from '../../src/server/modules/agencies/service';
import { createSubdomain } from '../../src/server/modules/domains/subdomain-service';
import type { SearchResults } from '../../src/shared/search';

/**
 * GET /api/v1/search: each kind is found by what people type (partial words, codes, letter
 * numbers, citations, without caring for case or marks), each reader finds only what the
 * module's own list shows them, and another tenant's records are never found.
 */
let database: Database;
let app: TestApp;
let world: Awaited<ReturnType<typeof setUpWorld>>;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  world = await setUpWorld();
});
afterAll(async () => {
  await database.close();
});

async function setUpWorld() {
  const { db } = database;
  // Palu 14/2022 in force: its Ps 13 (Pusat Data) is what "Ps 13" finds
  const w = await createRequestsWorld(db);
  const { admin } = w;
  const { health, education, population } = w.agencies;
  await updateAgency(db, admin, health.id, { code: 'DINKES' });
  const tourism = await createTestAgency(db, admin, { code: 'DISPAR', name: 'Dinas Pariwisata dan Ékonomi Kreatif' });
  const healthApp = await createTestApplication(db, admin, health.id, { name: 'SIMPUS Puskesmas', businessFunction: 'Rekam medis puskesmas', stage: 'production' });
  const schoolApp = await createTestApplication(db, admin, education.id, { name: 'Dapodik Sekolah Rahasia', businessFunction: 'Data pokok pendidikan', stage: 'production' });
  const commonApp = await createTestApplication(db, admin, education.id, { name: 'SIPD RI — Perencanaan', kind: 'common', commonCategory: 'planning', businessFunction: 'Perencanaan pembangunan daerah', stage: 'production' });

  // a steward agency publishes what is handed in to it; the education office keeps a confidential draft
  const steward = await createTestAgency(db, admin, { name: 'Dinas Statistik Daerah', specialRoles: ['data_steward'] });
  const stewardOperator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: steward.id }]);
  const educationOperator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: education.id }]);
  const published = await createTestDataset(db, educationOperator.ctx, education.id, { title: 'Jumlah Sekolah Dasar per Kecamatan', stewardAgencyId: steward.id, tags: ['pendidikan'] });
  await submitDataset(db, educationOperator.ctx, published.id, null);
  await publishDataset(db, stewardOperator.ctx, published.id, null);
  const draft = await createTestDataset(db, educationOperator.ctx, education.id, { title: 'Data Guru Honorer Tertutup', classification: 'confidential', tags: ['kepegawaian'] });

  const subdomain = await createSubdomain(db, admin, buildSubdomainInput(health.id, { name: 'dinkes', description: 'Portal Dinas Kesehatan' }));

  // the health office's own data-use request, and one between two other agencies
  const own = await createTestRequest(db, w.people.requester.ctx, 'data_access', { stewardAgencyId: population.id });
  await takeRequestStep(db, w.people.requester.ctx, own.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
  const others = await createTestRequest(db, w.people.otherHead.ctx, 'data_access', { stewardAgencyId: population.id });
  await takeRequestStep(db, w.people.otherHead.ctx, others.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
  const numberOf = async (id: string) => {
    const res = await call(app, await signIn(app, w.input.admin.email, undefined, w.slug), 'GET', `/api/v1/requests/${id}`);
    return ((await res.json()) as { number: string }).number;
  };

  // another Pemda with the same names and codes
  const other = await createTestTenant(db);
  const otherHealth = await createTestAgency(db, other.admin, { code: 'DINKES', name: 'Dinas Kesehatan' });
  const otherApp = await createTestApplication(db, other.admin, otherHealth.id, { name: 'SIMPUS Puskesmas', kind: 'common', commonCategory: 'planning' });

  return {
    ...w,
    tourism,
    apps: { healthApp, schoolApp, commonApp },
    datasets: { published, draft },
    subdomain,
    requests: { own: { id: own.id, number: await numberOf(own.id) }, others: { id: others.id, number: await numberOf(others.id) } },
    other: { tenant: other, agencyId: otherHealth.id, appId: otherApp.id },
  };
}

const sessions = new Map<string, Session>();
async function sessionOf(email: string, slug = world.slug) {
  const key = `${slug}:${email}`;
  if (!sessions.has(key)) sessions.set(key, await signIn(app, email, undefined, slug));
  return sessions.get(key)!;
}
const asAdmin = () => sessionOf(world.input.admin.email);
const asHealthOperator = () => sessionOf(world.people.requester.user.email);

async function search(session: Session | null, q: string, extra = '', headers: Record<string, string> = {}) {
  return call(app, session, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}${extra}`, undefined, headers);
}

async function hitsOf(session: Session, q: string) {
  const res = await search(session, q, '&limit=20');
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as SearchResults;
  return Object.fromEntries(body.groups.map((g) => [g.group, g.hits]));
}

const ids = (hits: { id: string }[] | undefined) => (hits ?? []).map((h) => h.id);

describe('search finds each kind', () => {
  it('agencies by a code typed in lower case ("dinkes" is not a word of the name), and by a word without its mark', async () => {
    const admin = await asAdmin();
    const byCode = await hitsOf(admin, 'dinkes');
    expect(byCode.agency?.[0]).toMatchObject({ id: world.agencies.health.id, title: 'Dinas Kesehatan', path: `/agencies/${world.agencies.health.id}` });
    expect(byCode.agency?.[0].detail).toContain('DINKES');
    expect(ids((await hitsOf(admin, 'ekonomi kreatif')).agency)).toEqual([world.tourism.id]);
    expect(ids((await hitsOf(admin, 'ÉKONOMI')).agency)).toEqual([world.tourism.id]);
    expect(ids((await hitsOf(admin, 'kesehatan')).agency)).toContain(world.agencies.health.id);
  });

  it('applications by part of the name, with the owner agency on the second line', async () => {
    const hits = await hitsOf(await asAdmin(), 'sipd');
    expect(hits.application?.map((h) => [h.id, h.path])).toEqual([[world.apps.commonApp.id, `/applications/${world.apps.commonApp.id}`]]);
    expect(hits.application?.[0].detail).toContain('Dinas Pendidikan');
    expect(ids((await hitsOf(await asAdmin(), 'rekam medis')).application)).toEqual([world.apps.healthApp.id]);
  });

  it('datasets by title and tag, with their producer and publication status', async () => {
    const hits = await hitsOf(await asAdmin(), 'sekolah dasar');
    expect(hits.dataset?.[0]).toMatchObject({ id: world.datasets.published.id, path: `/datasets/${world.datasets.published.id}` });
    expect(hits.dataset?.[0].detail).toBe('Dinas Pendidikan · Terbit');
    expect(ids((await hitsOf(await asAdmin(), 'kepegawaian')).dataset)).toEqual([world.datasets.draft.id]);
  });

  it('the domain and a subdomain by part of its name, opened in the subdomain list', async () => {
    const hits = await hitsOf(await asAdmin(), 'dinkes.palu');
    expect(hits.domain?.map((h) => h.title)).toEqual(['dinkes.palukota.go.id']);
    expect(hits.domain?.[0].path).toBe('/subdomains?q=dinkes.palukota.go.id&status=active');
    expect((await hitsOf(await asAdmin(), 'palukota')).domain?.map((h) => h.title)).toEqual(['palukota.go.id', 'dinkes.palukota.go.id']);
  });

  it('requests by their letter number, whole or in part', async () => {
    const { number, id } = world.requests.own;
    expect(ids((await hitsOf(await asHealthOperator(), number)).request)).toEqual([id]);
    const serial = number.split('/').at(-1)!;
    expect(ids((await hitsOf(await asHealthOperator(), serial)).request)).toContain(id);
    expect((await hitsOf(await asHealthOperator(), number)).request?.[0].path).toBe(`/requests/${id}`);
  });

  it('obligations of the regulation in force by citation ("Ps 13", "pasal 13 ayat (3)") and by words of the article', async () => {
    const admin = await asAdmin();
    const byCitation = (await hitsOf(admin, 'Ps 13')).obligation ?? [];
    expect(byCitation.length).toBeGreaterThan(0);
    expect(byCitation.every((h) => h.id.startsWith('palu-14-2022/13'))).toBe(true);
    expect(byCitation[0].title).toMatch(/^Perwali Palu 14\/2022 Pasal 13/);
    const byAyat = (await hitsOf(admin, 'pasal 13 ayat (3)')).obligation ?? [];
    expect(byAyat.map((h) => h.id)).toEqual(['palu-14-2022/13-3']);
    expect(ids((await hitsOf(admin, 'ps. 13(3)')).obligation)).toEqual(['palu-14-2022/13-3']);
    expect(byAyat[0].path).toBe(`/compliance/obligations/${byAyat[0].id}`);
    // Dumai 18/2019 is not in this Pemda's profile: none of its articles is offered
    const byWords = (await hitsOf(admin, 'pusat data')).obligation ?? [];
    expect(byWords.length).toBeGreaterThan(0);
    expect(byWords.every((h) => h.id.startsWith('palu-14-2022/'))).toBe(true);
  });

  it('people by name or e-mail, for the administrator', async () => {
    const hits = await hitsOf(await asAdmin(), world.people.requester.user.email);
    expect(hits.person?.map((h) => [h.id, h.path])).toEqual([[world.people.requester.user.id, `/people/${world.people.requester.user.id}`]]);
  });

  it('groups come in a fixed order with at most `limit` hits each, saying when there are more', async () => {
    const res = await search(await asAdmin(), 'dinas', '&limit=2');
    const body = (await res.json()) as SearchResults;
    const agency = body.groups.find((g) => g.group === 'agency')!;
    expect(agency.hits).toHaveLength(2);
    expect(agency.more).toBe(true);
    const order = ['agency', 'application', 'dataset', 'domain', 'request', 'obligation', 'person'];
    expect(body.groups.map((g) => order.indexOf(g.group))).toEqual([...body.groups.map((g) => order.indexOf(g.group))].sort((a, b) => a - b));
    expect(body.groups.every((g) => g.hits.length > 0)).toBe(true);
  });
});

describe('search shows each reader what the module lists show them', () => {
  it("an agency operator does not find another agency's Aplikasi Khusus, but does find an Aplikasi Umum and its own", async () => {
    const operator = await asHealthOperator();
    expect(ids((await hitsOf(operator, 'dapodik')).application)).toEqual([]);
    expect(ids((await hitsOf(await asAdmin(), 'dapodik')).application)).toEqual([world.apps.schoolApp.id]);
    expect(ids((await hitsOf(operator, 'sipd')).application)).toEqual([world.apps.commonApp.id]);
    expect(ids((await hitsOf(operator, 'simpus')).application)).toEqual([world.apps.healthApp.id]);
  });

  it("an agency operator does not find another agency's draft dataset, but finds the published catalogue", async () => {
    const operator = await asHealthOperator();
    expect(ids((await hitsOf(operator, 'guru honorer')).dataset)).toEqual([]);
    expect(ids((await hitsOf(operator, 'sekolah dasar')).dataset)).toEqual([world.datasets.published.id]);
  });

  it('an agency operator does not find a request between two other agencies, by title or number', async () => {
    const operator = await asHealthOperator();
    expect(ids((await hitsOf(operator, world.requests.others.number)).request)).toEqual([]);
    const byWords = ids((await hitsOf(operator, 'penduduk usia')).request);
    expect(byWords).toContain(world.requests.own.id);
    expect(byWords).not.toContain(world.requests.others.id);
    // the Sekda reads every submitted request
    expect(ids((await hitsOf(await sessionOf(world.people.secretary.user.email), world.requests.others.number)).request)).toEqual([world.requests.others.id]);
  });

  it('the people directory is the administrator\'s: nobody else finds a person, not even by e-mail', async () => {
    const target = world.people.stewardHead.user;
    expect((await hitsOf(await asHealthOperator(), target.email)).person).toBeUndefined();
    expect((await hitsOf(await sessionOf(world.people.secretary.user.email), target.email)).person).toBeUndefined();
  });

  it("another Pemda's records are never found, though they have the same names and codes", async () => {
    for (const session of [await asAdmin(), await asHealthOperator()]) {
      const hits = await hitsOf(session, 'dinkes');
      expect(ids(hits.agency)).not.toContain(world.other.agencyId);
      expect(ids((await hitsOf(session, 'simpus')).application)).not.toContain(world.other.appId);
    }
    const theirs = await hitsOf(await sessionOf(world.other.tenant.input.admin.email, world.other.tenant.slug), 'simpus');
    expect(ids(theirs.application)).toEqual([world.other.appId]);
    expect(theirs.request).toBeUndefined();
  });
});

describe('bad search input', () => {
  it('nobody signed in gets 401', async () => {
    expect((await search(null, 'dinas')).status).toBe(401);
  });

  it('an empty or one-letter search is refused with a message in the reader\'s language', async () => {
    const admin = await asAdmin();
    const empty = await search(admin, '   ');
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { q: 'SEARCH_TOO_SHORT' } });
    const short = await search(admin, 'd');
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { q: 'SEARCH_TOO_SHORT' }, messages: { q: 'Ketik minimal 2 karakter untuk mencari.' } });
    const english = await search(admin, 'd', '', { 'accept-language': 'en' });
    expect(await english.json()).toMatchObject({ messages: { q: 'Type at least 2 characters to search.' } });
    expect((await call(app, admin, 'GET', '/api/v1/search')).status).toBe(422);
  });

  it('more than 200 characters, a bad limit, or a NUL character is refused', async () => {
    const admin = await asAdmin();
    const long = await search(admin, 'a'.repeat(201));
    expect(long.status).toBe(422);
    expect(await long.json()).toMatchObject({ fields: { q: 'SEARCH_TOO_LONG' }, messages: { q: 'Kata pencarian paling panjang 200 karakter.' } });
    expect((await search(admin, 'a'.repeat(200))).status).toBe(200);
    expect((await search(admin, 'dinas', '&limit=0')).status).toBe(422);
    expect((await search(admin, 'dinas', '&limit=21')).status).toBe(422);
    const nul = await search(admin, 'din\u0000as');
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ code: 'NUL_CHARACTER' });
  });

  it('LIKE wildcards and search operators are plain characters', async () => {
    const admin = await asAdmin();
    expect(await hitsOf(admin, '%%')).toEqual({});
    expect(await hitsOf(admin, '__')).toEqual({});
    expect((await search(admin, '"dinas -kesehatan" or ! & |')).status).toBe(200);
  });
});
