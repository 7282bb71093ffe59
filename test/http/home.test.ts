import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { createTestRequest, paluProfile } from '../../src/server/testing/requests-factories';
import { dumaiRegulations } from '../../src/server/testing/compliance-factories';
import { createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { buildScheduleInput } from '../../src/server/testing/periodic-report-factories';
import { buildSelfAssessmentInput } from '../../src/server/testing/evaluation-input-factories';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { returnDataset, submitDataset } from '../../src/server/modules/datasets/review-service';
import { setSchedule } from '../../src/server/modules/periodic-reports/service';
import { assignIndicators, createCycle, setTeam } from '../../src/server/modules/evaluations/service';
import { selfAssess, submitIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { addDays } from '../../src/regulations/checks/dates';
import { homePanels, type HomeView } from '../../src/shared/home';

/**
 * GET /api/v1/home per role: which panels each role gets (and which it does not), and that
 * each panel's numbers are the owning module's own answer to the same person.
 */
let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** A Pemda with something for every panel: requests in several states, certificates, a cycle, periodic reports. */
async function setUpWorld() {
  const { db } = database;
  const tenant = await createTestTenant(db, paluProfile);
  const { admin } = tenant;
  const ict = await createTestAgency(db, admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office', 'data_steward'] });
  const health = await createTestAgency(db, admin, { name: 'Dinas Kesehatan' });
  const population = await createTestAgency(db, admin, { name: 'Dinas Kependudukan dan Pencatatan Sipil' });
  const education = await createTestAgency(db, admin, { name: 'Dinas Pendidikan' });
  const person = (roles: Parameters<typeof createTestUser>[2]) => createTestUser(db, admin, roles);
  // the ICT office's administrator is also one of its operators, as in the demo: it screens the office's requests
  const ictAdmin = await person([{ role: 'admin', agencyId: null }, { role: 'agency_operator', agencyId: ict.id }]);
  const ictOperator = await person([{ role: 'agency_operator', agencyId: ict.id }]);
  const healthOperator = await person([{ role: 'agency_operator', agencyId: health.id }]);
  const educationOperator = await person([{ role: 'agency_operator', agencyId: education.id }]);
  const stewardHead = await person([{ role: 'agency_head', agencyId: population.id }]);
  const stewardOperator = await person([{ role: 'agency_operator', agencyId: population.id }]);
  const secretary = await person([{ role: 'regional_secretary', agencyId: null }]);
  const planner = await person([{ role: 'planner', agencyId: null }]);
  const inspector = await person([{ role: 'inspector', agencyId: null }]);
  const viewer = await person([{ role: 'viewer', agencyId: null }]);
  const nobody = await person([]);

  // certificates: two within 60 days (one of another agency), one expired, one far off
  const cert = (name: string, agencyId: string, days: number) =>
    createTestApplication(db, admin, agencyId, { name, hasCertificate: true, certificateExpiresAt: addDays(today, days), stage: 'production' });
  const expired = await cert('SIMPUS Lama', health.id, -10);
  const soonEdu = await cert('Dapodik Daerah', education.id, 20);
  const soonHealth = await cert('e-Puskesmas', health.id, 30);
  await cert('SIMRS', health.id, 200);

  // requests: a data-use request the steward recommended (the Sekda decides), one returned to the
  // health office, and a site unblock filed three weeks ago still waiting on the ICT office (overdue)
  const dataUse = await createTestRequest(db, healthOperator.ctx, 'data_access', { stewardAgencyId: population.id });
  await takeRequestStep(db, healthOperator.ctx, dataUse.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
  await takeRequestStep(db, stewardHead.ctx, dataUse.id, { transition: 'recommend', outcome: { recommendation: 'approve' } });
  const toRevise = await createTestRequest(db, healthOperator.ctx, 'data_access', { stewardAgencyId: population.id });
  await takeRequestStep(db, healthOperator.ctx, toRevise.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
  await takeRequestStep(db, stewardOperator.ctx, toRevise.id, { transition: 'return_for_revision', note: 'Sebutkan rentang tahun data.' });
  const unblock = await createTestRequest(db, healthOperator.ctx, 'site_unblock', {}, daysAgo(21));
  await takeRequestStep(db, healthOperator.ctx, unblock.id, { transition: 'submit' }, daysAgo(21));

  // a dataset the Walidata returned to the health office
  const dataset = await createTestDataset(db, healthOperator.ctx, health.id, { title: 'Cakupan imunisasi per kelurahan' });
  await submitDataset(db, healthOperator.ctx, dataset.id, null);
  await returnDataset(db, ictOperator.ctx, dataset.id, 'Lengkapi satuan pada kolom cakupan.');

  // the year's evaluation: indicators 1–2 for the health office (1 answered), 3 for education
  const year = Number(today.slice(0, 4));
  const cycle = await createCycle(db, admin, { year, frameworkId: 'permenpanrb-59-2020' });
  await setTeam(db, admin, cycle.id, 'assessor', { memberUserIds: [inspector.user.id], decreeNumber: null, decreeDate: null });
  await assignIndicators(db, admin, cycle.id, {
    assignments: [
      { indicator: 1, agencyId: health.id },
      { indicator: 2, agencyId: health.id },
      { indicator: 3, agencyId: education.id },
    ],
  });
  await selfAssess(db, healthOperator.ctx, cycle.id, 1, buildSelfAssessmentInput(2));
  await submitIndicator(db, healthOperator.ctx, cycle.id, 1, { note: null });

  // quarterly reports since nine months ago, none handed in: every agency is overdue
  await setSchedule(db, admin, buildScheduleInput({ periodMonths: 3, deadlineDays: 15, startsOn: addDays(today, -270) }));

  const session = (u: { user: { email: string } }) => signIn(app, u.user.email, undefined, tenant.slug);
  return {
    tenant,
    agencies: { ict, health, population, education },
    apps: { expired, soonEdu, soonHealth },
    requests: { dataUse, toRevise, unblock },
    dataset,
    cycleId: cycle.id,
    sessions: {
      ictAdmin: await session(ictAdmin),
      healthOperator: await session(healthOperator),
      educationOperator: await session(educationOperator),
      secretary: await session(secretary),
      planner: await session(planner),
      inspector: await session(inspector),
      viewer: await session(viewer),
      nobody: await session(nobody),
    },
  };
}

let world: Awaited<ReturnType<typeof setUpWorld>>;
beforeAll(async () => {
  world = await setUpWorld();
}, 120_000);

async function getJson<T = any>(session: Session, path: string): Promise<T> {
  const res = await call(app, session, 'GET', path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as T;
}
const home = (session: Session) => getJson<HomeView>(session, '/api/v1/home');
/** The panels present, as a sorted list (the order of the page is the web's). */
const panelsOf = (view: HomeView) => homePanels.filter((p) => view[p] !== undefined).sort();

describe('GET /api/v1/home', () => {
  it('answers 401 without a session', async () => {
    expect((await call(app, null, 'GET', '/api/v1/home')).status).toBe(401);
  });

  it('gives a person with no role no panel (not empty ones)', async () => {
    const view = await home(world.sessions.nobody);
    expect(view.audiences).toEqual([]);
    expect(panelsOf(view)).toEqual([].sort());
  });

  it('the ICT office administrator: requests waiting on the office, overdue ones, compliance by agency, certificates within 60 days, the index, the audit chain', async () => {
    const view = await home(world.sessions.ictAdmin);
    expect(view.audiences).toEqual(['ict_office', 'agency']);
    expect(panelsOf(view)).toEqual(expect.arrayContaining(['requestsToAct', 'overdueRequests', 'compliance', 'expiringCertificates', 'evaluationIndex', 'auditChain']));
    expect(view).not.toHaveProperty('dataUseDecisions');
    expect(view).not.toHaveProperty('verificationsWaiting');

    // the overdue site unblock awaits the ICT office: the same as the inbox's own boxes
    expect(view.requestsToAct!.items.map((r) => r.id)).toContain(world.requests.unblock.id);
    expect(view.overdueRequests!.items).toEqual([expect.objectContaining({ id: world.requests.unblock.id, overdue: true })]);
    const inbox = await getJson(world.sessions.ictAdmin, '/api/v1/inbox');
    expect(view.requestsToAct!.total).toBe(inbox.toAct);
    expect(view.overdueRequests!.total).toBe(inbox.overdue);

    // the expired one first, then by date; the one 200 days off is not there
    expect(view.expiringCertificates).toMatchObject({ until: addDays(today, 60), total: 3 });
    expect(view.expiringCertificates!.items.map((a) => [a.name, a.expired])).toEqual([
      ['SIMPUS Lama', true],
      ['Dapodik Daerah', false],
      ['e-Puskesmas', false],
    ]);
    // "lihat semua" opens the registry filtered the same way
    const registry = await getJson(world.sessions.ictAdmin, '/api/v1/applications?certificate=expiring&sort=certificateExpiresAt');
    expect(registry.items.map((a: { id: string }) => a.id)).toEqual(view.expiringCertificates!.items.map((a) => a.id));
    expect(registry.total).toBe(view.expiringCertificates!.total);

    // every agency, as the compliance module reports them
    const report = await getJson(world.sessions.ictAdmin, '/api/v1/compliance');
    expect(view.compliance!.counts).toEqual(report.counts);
    expect(view.compliance!.agencies.map((a) => a.agencyId).sort()).toEqual(report.agencies.map((a: { agencyId: string }) => a.agencyId).sort());
    const shares = view.compliance!.agencies.map((a) => a.shareMet).filter((s): s is number => s !== null);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));

    // 59/2020 is published data: no "not certain" mark
    expect(view.evaluationIndex!.cycles).toEqual([expect.objectContaining({ id: world.cycleId, status: 'open', complete: false, uncertain: null })]);
    expect(view.auditChain).toEqual({ verifiable: true });
  });

  it("an agency operator: only the agency's unmet obligations with what to do, its requests, its indicators, what came back", async () => {
    const { health, education } = world.agencies;
    const view = await home(world.sessions.healthOperator);
    expect(view.audiences).toEqual(['agency']);
    expect(panelsOf(view)).toEqual(['requestsToAct', 'myRequests', 'agencyObligations', 'indicatorsToFill', 'returnedItems'].sort());

    // the agency's own gaps, as the compliance module gives them to the same person
    const report = await getJson(world.sessions.healthOperator, '/api/v1/compliance');
    const own = report.agencies.find((a: { agencyId: string }) => a.agencyId === health.id);
    expect(view.agencyObligations!.total).toBe(own.notMet.length);
    expect(view.agencyObligations!.total).toBeGreaterThan(0);
    for (const item of view.agencyObligations!.items) {
      expect(item.agencyId).toBe(health.id);
      expect(item.remedy.length).toBeGreaterThan(0);
      expect(item.citation).toMatch(/Pasal/);
    }

    expect(view.myRequests!.total).toBe(3);
    expect(view.returnedItems!.requests.items.map((r) => r.id)).toEqual([world.requests.toRevise.id]);
    expect(view.returnedItems!.datasets.items).toEqual([{ id: world.dataset.id, title: 'Cakupan imunisasi per kelurahan', producerAgencyName: 'Dinas Kesehatan' }]);

    expect(view.indicatorsToFill).toMatchObject({ cycleId: world.cycleId, total: 2, done: 1 });
    // the unanswered first; the answered one was sent to the assessors, so it is no longer the agency's to change
    expect(view.indicatorsToFill!.items.map((i) => [i.number, i.selfLevel, i.canAct])).toEqual([
      [2, null, true],
      [1, 2, false],
    ]);

    // nothing of another agency
    const text = JSON.stringify(view);
    expect(text).not.toContain('Dapodik Daerah');
    expect(text).not.toContain(education.id);
  });

  it("another agency's operator sees none of the health office's items", async () => {
    const view = await home(world.sessions.educationOperator);
    expect(view.myRequests!.total).toBe(0);
    expect(view.returnedItems!.requests.total).toBe(0);
    expect(view.returnedItems!.datasets.total).toBe(0);
    expect(view.indicatorsToFill).toMatchObject({ total: 1, done: 0, items: [expect.objectContaining({ number: 3 })] });
    expect(view.agencyObligations!.items.every((i) => i.agencyId === world.agencies.education.id)).toBe(true);
    expect(JSON.stringify(view)).not.toContain(world.agencies.health.id);
  });

  it('the regional secretary: data-use decisions waiting, city-wide compliance, evaluation progress, agencies overdue with reports', async () => {
    const view = await home(world.sessions.secretary);
    expect(view.audiences).toEqual(['regional_secretary']);
    expect(panelsOf(view)).toEqual(['dataUseDecisions', 'compliance', 'evaluationProgress', 'overdueReports'].sort());
    expect(view.dataUseDecisions).toMatchObject({ total: 1, items: [expect.objectContaining({ id: world.requests.dataUse.id, type: 'data_access', state: 'recommended' })] });
    expect(view.compliance!.agencies).toHaveLength(4);
    expect(view.evaluationProgress).toMatchObject({ id: world.cycleId, progress: { assigned: 3, selfAssessed: 1, verified: 0 } });

    const reports = await getJson(world.sessions.secretary, '/api/v1/periodic-reports');
    expect(view.overdueReports!.total).toBe(reports.missing.length);
    expect(view.overdueReports!.total).toBeGreaterThanOrEqual(4);
    const deadlines = view.overdueReports!.items.map((i) => i.deadline);
    expect(deadlines).toEqual([...deadlines].sort().reverse());
    expect(view.overdueReports!.items.every((i) => i.deadline < today)).toBe(true);
  });

  it('the inspector: verifications waiting, findings by agency, audit verify', async () => {
    const view = await home(world.sessions.inspector);
    expect(view.audiences).toEqual(['inspector']);
    expect(panelsOf(view)).toEqual(['auditChain', 'verificationsWaiting', 'findingsByAgency'].sort());
    expect(view.verificationsWaiting).toMatchObject({ cycleId: world.cycleId, total: 1, items: [expect.objectContaining({ number: 1, selfLevel: 2, canAct: true })] });
    const findings = view.findingsByAgency!.agencies;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((a) => a.notMet > 0)).toBe(true);
    expect(findings.map((a) => a.findings)).toEqual([...findings.map((a) => a.findings)].sort((a, b) => b - a));
    // the audit chain the panel offers really verifies for this person
    const verified = await call(app, world.sessions.inspector, 'POST', '/api/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(await verified.json()).toMatchObject({ intact: true });
  });

  it("the planner and the viewer (the mayor's dashboard): the index, compliance, the calendar of what falls due", async () => {
    for (const session of [world.sessions.planner, world.sessions.viewer]) {
      const view = await home(session);
      expect(view.audiences).toEqual(['dashboard']);
      expect(panelsOf(view)).toEqual(['compliance', 'evaluationIndex', 'dueCalendar'].sort());
      const calendar = await getJson(session, '/api/v1/compliance/calendar?months=3');
      expect(view.dueCalendar!.total).toBe(calendar.events.length);
      expect(view.dueCalendar!.until).toBe(calendar.until);
      // the overdue first, then by date: the calendar's own events
      type Event = { date: string; overdue: boolean; obligationId: string; recordId: string | null };
      const expected = [...(calendar.events as Event[])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date)).slice(0, 8);
      expect(view.dueCalendar!.items.map((e) => [e.date, e.overdue, e.obligationId, e.recordId])).toEqual(expected.map((e) => [e.date, e.overdue, e.obligationId, e.recordId]));
    }
  });

  it("Dumai 67/2022: the mayor's calendar holds what falls due there, as the compliance calendar has it", async () => {
    const { db } = database;
    const tenant = await createTestTenant(db, { regulations: dumaiRegulations });
    await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
    const viewer = await createTestUser(db, tenant.admin, [{ role: 'viewer', agencyId: null }]);
    const session = await signIn(app, viewer.user.email, undefined, tenant.slug);
    const view = await home(session);
    const calendar = await getJson(session, '/api/v1/compliance/calendar?months=3');
    expect(calendar.events.length).toBeGreaterThan(0);
    expect(view.dueCalendar!.total).toBe(calendar.events.length);
    expect(view.dueCalendar!.items[0]).toMatchObject({ date: calendar.events[0].date, label: calendar.events[0].label, obligationId: calendar.events[0].obligationId });
  });

  it('a viewer is not offered the audit chain and may not verify it', async () => {
    const view = await home(world.sessions.viewer);
    expect(view).not.toHaveProperty('auditChain');
    expect((await call(app, world.sessions.viewer, 'POST', '/api/v1/audit/verify')).status).toBe(403);
  });

  it('PermenPANRB 8/2026: the index and the indicators carry the framework data\'s "not certain" marks', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db, paluProfile);
    const agency = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
    const operator = await createTestUser(db, tenant.admin, [{ role: 'agency_operator', agencyId: agency.id }]);
    const cycle = await createCycle(db, tenant.admin, { year: Number(today.slice(0, 4)), frameworkId: 'permenpanrb-8-2026' });
    await assignIndicators(db, tenant.admin, cycle.id, { assignments: [{ indicator: 1, agencyId: agency.id }] });
    const expected = (await getJson(await signIn(app, tenant.input.admin.email, undefined, tenant.slug), `/api/v1/evaluations/${cycle.id}`)) as {
      frameworkUncertain: unknown;
      indicators: { number: number; uncertain: unknown }[];
    };
    expect(expected.frameworkUncertain).not.toBeNull();
    const adminView = await home(await signIn(app, tenant.input.admin.email, undefined, tenant.slug));
    expect(adminView.evaluationIndex!.cycles[0].uncertain).toEqual(expected.frameworkUncertain);
    const operatorView = await home(await signIn(app, operator.user.email, undefined, tenant.slug));
    expect(operatorView.indicatorsToFill!.items[0].uncertain).toEqual(expected.indicators.find((i) => i.number === 1)!.uncertain);
  });

  it('texts follow the language asked for', async () => {
    const id = await (await call(app, world.sessions.healthOperator, 'GET', '/api/v1/home', undefined, { 'accept-language': 'id' })).json();
    const en = await (await call(app, world.sessions.healthOperator, 'GET', '/api/v1/home', undefined, { 'accept-language': 'en' })).json();
    expect(id.agencyObligations.items[0].citation).toMatch(/Pasal/);
    expect(en.agencyObligations.items[0].citation).toMatch(/Article/);
  });
});
