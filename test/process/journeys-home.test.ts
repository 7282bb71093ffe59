import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoEmail, printServerLogOnFailure, simpul, type ApiSession } from './support/api';
import { openBrowser, signInBrowser, type Browser } from './support/browser';

/**
 * The home page of each demo role against the running process, in Indonesian: the panels the
 * role's home has (and not those of another), the numbers the owning modules' own API gives the
 * same person, and one click through to where the work is done. The agency operator's runs on a
 * 390 × 844 phone.
 */
printServerLogOnFailure();

let browser: Browser;
let phone: Browser;
beforeAll(async () => {
  [browser, phone] = await Promise.all([openBrowser(), openBrowser({ width: 390, height: 844 })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), phone?.close()]);
});

const url = (path: string) => `${simpul().baseUrl}${path}`;

async function openHome(page: Page, name: string) {
  await page.goto(url('/'));
  await page.getByRole('heading', { level: 1, name: `Selamat datang, ${name}` }).waitFor();
  await page.getByTestId(/^panel-/).first().waitFor();
}

/** The count on a panel's "Lihat semua (N)" link. */
async function seeAllCount(page: Page, panel: string): Promise<number> {
  const text = (await page.getByTestId(`see-all-${panel}`).textContent()) ?? '';
  const match = /^Lihat semua \((\d+)\)$/.exec(text);
  if (!match) throw new Error(`panel ${panel}: "${text}"`);
  return Number(match[1]);
}

/**
 * Other files of the layer write while this one reads: the page's number must be the module's
 * answer just before or just after the page was read.
 */
async function expectModuleNumber(read: () => Promise<number>, fromModule: () => Promise<number>) {
  const before = await fromModule();
  const shown = await read();
  const after = await fromModule();
  expect([before, after]).toContain(shown);
  return shown;
}

const panelIds = (page: Page) => page.getByTestId(/^panel-/).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')!.slice('panel-'.length)));

describe(`the home page of each role (${simpul().kind})`, () => {
  it("the ICT office administrator: requests waiting on the office, compliance by agency as a chart with its table, certificates, the index, the audit chain; the overdue list opens the inbox's overdue box", async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('admin.spbe'));
    await openHome(page, 'Administrator SPBE Diskominfo');
    const office = page.getByTestId('audience-ict_office');
    await office.getByRole('heading', { name: 'Diskominfo' }).waitFor();
    expect(await panelIds(page)).toEqual(expect.arrayContaining(['requestsToAct', 'overdueRequests', 'compliance', 'expiringCertificates', 'evaluationIndex', 'auditChain']));
    expect(await page.getByTestId('panel-dataUseDecisions').count()).toBe(0);
    expect(await page.getByTestId('panel-verificationsWaiting').count()).toBe(0);

    const inbox = (s: ApiSession) => s.get<{ toAct: number; overdue: number }>('/inbox');
    const toAct = await expectModuleNumber(() => seeAllCount(page, 'requestsToAct'), async () => (await inbox(session)).toAct);
    expect(toAct).toBeGreaterThan(0);
    const overdue = await expectModuleNumber(() => seeAllCount(page, 'overdueRequests'), async () => (await inbox(session)).overdue);
    expect(overdue).toBeGreaterThan(0);

    // the compliance counts are the compliance module's; the chart has its table beside it
    const report = await session.get<{ counts: Record<string, number>; agencies: unknown[] }>('/compliance');
    const { met, not_met: notMet, due_soon: dueSoon, not_measurable: notMeasurable } = report.counts;
    expect(await page.getByTestId('compliance-counts').textContent()).toBe(`${met} terpenuhi, ${notMet} belum terpenuhi, ${dueSoon} segera jatuh tempo, ${notMeasurable} belum dapat diukur`);
    expect(await seeAllCount(page, 'compliance')).toBe(report.agencies.length);
    const compliancePanel = page.getByTestId('panel-compliance');
    await compliancePanel.getByTestId('home-chart').locator('svg').first().waitFor();
    expect(await compliancePanel.getByTestId('home-chart').getAttribute('aria-label')).toMatch(/^Grafik persentase kewajiban terpenuhi/);
    expect(await compliancePanel.getByTestId('home-chart-table').locator('tbody tr').count()).toBeGreaterThan(0);

    // the demo's two previous cycles: 2,42 Cukup and 2,67 Baik (docs/demo.md)
    const index = page.getByTestId('panel-evaluationIndex').getByTestId('home-chart-table');
    expect(await index.locator('tbody tr').filter({ hasText: '2,42' }).textContent()).toContain('Cukup');
    expect(await index.locator('tbody tr').filter({ hasText: '2,67' }).textContent()).toContain('Baik');

    await expect.poll(() => page.getByTestId('audit-chain-status').textContent(), { timeout: 60_000 }).toMatch(/^Utuh: \d+ entri diperiksa, tidak ada yang diubah\.$/);
    expect(await seeAllCount(page, 'expiringCertificates')).toBeGreaterThan(0);

    await page.getByTestId('see-all-overdueRequests').click();
    await page.getByRole('heading', { name: 'Kotak Permohonan' }).waitFor();
    expect(new URL(page.url()).searchParams.get('box')).toBe('overdue');
    expect(await page.getByTestId('box-overdue').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('data-table').getByText('Melewati batas waktu').first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it("an agency operator on a 390 px phone: the agency's unmet obligations with what to do, its requests; one obligation opens its page; nothing of the offices' homes", async () => {
    const { page } = phone;
    const session = await signInBrowser(phone, demoEmail('operator.dinkes'));
    await openHome(page, 'Operator Dinas Kesehatan');
    expect((await panelIds(page)).sort()).toEqual(['agencyObligations', 'indicatorsToFill', 'myRequests', 'requestsToAct', 'returnedItems']);
    expect(await page.getByTestId('audience-ict_office').count()).toBe(0);

    // the agency's own gaps, as the compliance module gives them to the operator
    type Report = { agencies: { name: string; notMet: { remedy: string }[] }[] };
    const own = async () => (await session.get<Report>('/compliance')).agencies.find((a) => a.name === 'Dinas Kesehatan')!;
    const gaps = await expectModuleNumber(() => seeAllCount(page, 'agencyObligations'), async () => (await own()).notMet.length);
    expect(gaps).toBeGreaterThan(0);
    const mine = await expectModuleNumber(() => seeAllCount(page, 'myRequests'), async () => (await session.get<{ total: number }>('/requests?box=mine&pageSize=1')).total);
    expect(mine).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const first = page.getByTestId('panel-agencyObligations').getByTestId('home-item').first().getByRole('link');
    const remedy = (await first.textContent())!;
    expect((await own()).notMet.map((g) => g.remedy)).toContain(remedy);
    await first.click();
    await page.waitForURL(/\/compliance\/obligations\//);
    await page.getByText(/Pasal/).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(phone.pageErrors).toEqual([]);
  });

  it('the regional secretary: data-use decisions waiting, city-wide compliance, evaluation progress, agencies late with periodic reports; the decisions open the inbox filtered to data use', async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('sekda'));
    await openHome(page, 'Sekretaris Daerah');
    const section = page.getByTestId('audience-regional_secretary');
    await section.getByRole('heading', { name: 'Sekretaris Daerah' }).waitFor();
    for (const panel of ['dataUseDecisions', 'compliance', 'evaluationProgress', 'overdueReports']) await section.getByTestId(`panel-${panel}`).waitFor();

    const decisions = await expectModuleNumber(
      () => seeAllCount(page, 'dataUseDecisions'),
      async () => (await session.get<{ total: number }>('/requests?box=to_act&type=data_access&pageSize=1')).total,
    );
    expect(decisions).toBeGreaterThan(0);
    const late = await expectModuleNumber(() => seeAllCount(page, 'overdueReports'), async () => (await session.get<{ missing: unknown[] }>('/periodic-reports')).missing.length);
    expect(late).toBeGreaterThan(0);
    // the year's cycle: 18 of 20 indicators assigned in the demo
    expect(await page.getByTestId('panel-evaluationProgress').textContent()).toContain('Ditugaskan: 18 dari 20');

    await page.getByTestId('see-all-dataUseDecisions').click();
    await page.getByRole('heading', { name: 'Kotak Permohonan' }).waitFor();
    expect(new URL(page.url()).searchParams.get('type')).toBe('data_access');
    await page.getByTestId('data-table').getByText('Permohonan Pemanfaatan Data').first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it("the inspector: indicators waiting for verification, findings by agency, the audit chain; an indicator opens its page; no agency's or ICT office's panels", async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('auditor.inspektorat'));
    await openHome(page, 'Auditor TIK Inspektorat');
    expect((await panelIds(page)).sort()).toEqual(['auditChain', 'findingsByAgency', 'verificationsWaiting']);
    await page.getByTestId('panel-findingsByAgency').getByTestId('home-chart').locator('svg').first().waitFor();

    type Cycle = { id: string; status: string; indicators: { number: number; state: string }[] };
    const cycles = await session.get<{ id: string; status: string }[]>('/evaluations');
    const current = await session.get<Cycle>(`/evaluations/${cycles.find((c) => c.status !== 'submitted')!.id}`);
    // waiting for the assessors: what the agencies have sent (a draft is not theirs yet, a returned one is the agency's)
    const waiting = current.indicators.filter((i) => i.state === 'submitted').length;
    expect(await seeAllCount(page, 'verificationsWaiting')).toBe(waiting);
    expect(waiting).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('audit-chain-status').textContent(), { timeout: 60_000 }).toMatch(/^Utuh: \d+ entri/);

    await page.getByTestId('panel-verificationsWaiting').getByTestId('home-item').first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/evaluations/${current.id}/indicators/\\d+$`));
    await page.getByText(/Tingkat/).first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  for (const [email, name] of [
    ['perencana.bappeda', 'Perencana SPBE Bappeda'],
    ['pemantau.spbe', 'Pemantau Dasbor SPBE'],
  ] as const) {
    it(`the mayor's dashboard for ${email}: the index, compliance, the calendar of what falls due; a year opens its results`, async () => {
      const { page } = browser;
      const session = await signInBrowser(browser, demoEmail(email));
      await openHome(page, name);
      expect((await panelIds(page)).sort()).toEqual(['compliance', 'dueCalendar', 'evaluationIndex']);
      expect(await page.getByTestId('panel-requestsToAct').count()).toBe(0);
      expect(await page.getByTestId('panel-auditChain').count()).toBe(0);

      const calendar = await session.get<{ events: unknown[] }>('/compliance/calendar?months=3');
      expect(await seeAllCount(page, 'dueCalendar')).toBe(calendar.events.length);
      const cycles = await session.get<{ id: string; year: number }[]>('/evaluations');
      expect(await seeAllCount(page, 'evaluationIndex')).toBe(Math.min(5, cycles.length));

      const previous = cycles.find((c) => c.year === Math.max(...cycles.map((x) => x.year)) - 1)!;
      await page.getByTestId('panel-evaluationIndex').getByRole('link', { name: String(previous.year), exact: true }).click();
      await page.waitForURL(new RegExp(`/evaluations/${previous.id}/results$`));
      await page.getByText('2,67').first().waitFor();
      expect(browser.pageErrors).toEqual([]);
    });
  }
});
