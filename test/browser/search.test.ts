import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApplication } from '../../src/server/testing/factories';
import { createRequestsWorld } from '../../src/server/testing/requests-factories';
import { updateAgency } from '../../src/server/modules/agencies/service';
import { findAccessibilityViolations } from '../support/accessibility';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

/** The header search: opened from the keyboard or its button, walked with the arrows, at desktop and phone width. */
describe('search from the header', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof createRequestsWorld>>;
  let apps: { health: { id: string }; school: { id: string } };
  beforeAll(async () => {
    app = await startBrowserApp();
    const { db } = app.database;
    world = await createRequestsWorld(db);
    await updateAgency(db, world.admin, world.agencies.health.id, { code: 'DINKES' });
    apps = {
      health: await createTestApplication(db, world.admin, world.agencies.health.id, { name: 'SIMPUS Puskesmas', stage: 'production' }),
      school: await createTestApplication(db, world.admin, world.agencies.education.id, { name: 'Dapodik Sekolah', stage: 'production' }),
    };
  });
  afterAll(async () => {
    await app?.close();
  });

  const status = () => app.page.getByTestId('search-status');

  it('an administrator opens the search with Ctrl+K, walks the results with the arrows and opens one with Enter', async () => {
    await signInAs(app, world.input.admin.email, { tenant: world.slug });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.baseUrl}/`);
    await page.getByTestId('search-open').waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Control+K');
    const input = page.getByRole('combobox', { name: 'Cari di Simpul' });
    await input.waitFor();
    expect(await status().textContent()).toContain('Ketik minimal 2 karakter');
    await input.pressSequentially('dinas');
    await page.getByText(/hasil untuk “dinas”/).waitFor();
    const group = page.getByRole('group', { name: 'Perangkat Daerah' });
    const titles = await group.getByRole('option').evaluateAll((els) => els.map((el) => el.querySelector('p')?.textContent ?? ''));
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    const chosen = group.getByRole('option').nth(2);
    await chosen.and(page.locator('[aria-selected="true"]')).waitFor();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await chosen.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: titles[2] }).waitFor();
    expect(page.url()).toMatch(/\/agencies\/[0-9a-f-]{36}$/);
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // "/" opens it again outside a field; the code finds the agency, and nothing is said plainly
    await page.keyboard.press('/');
    await input.waitFor();
    await input.fill('dinkes');
    await page.getByText(/hasil untuk “dinkes”/).waitFor();
    expect(await page.getByRole('option').first().textContent()).toContain('Dinas Kesehatan');
    await input.fill('zzqx tidak ada');
    await page.getByText('Tidak ada hasil untuk “zzqx tidak ada”.').waitFor();
    expect(await page.getByRole('option').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it("an agency operator finds their own application and an Aplikasi Khusus of another agency not at all, opening with a click", async () => {
    await app.context.clearCookies();
    await signInAs(app, world.people.requester.user.email, { tenant: world.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    await page.getByTestId('search-open').click();
    const input = page.getByRole('combobox', { name: 'Cari di Simpul' });
    await input.fill('dapodik');
    await page.getByText('Tidak ada hasil untuk “dapodik”.').waitFor();
    await input.fill('simpus');
    const option = page.getByRole('group', { name: 'Aplikasi' }).getByRole('option', { name: /SIMPUS Puskesmas/ });
    await option.click();
    await page.waitForURL(`${app.baseUrl}/applications/${apps.health.id}`);
    await page.getByRole('heading', { name: 'SIMPUS Puskesmas' }).waitFor();
    expect(apps.school.id).not.toBe(apps.health.id);
    expect(app.pageErrors).toEqual([]);
  });

  it('on a 390 px phone the search is an icon that opens a full-screen field', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/`);
    const icon = page.getByRole('button', { name: 'Cari', exact: true });
    await icon.click();
    const input = page.getByRole('combobox', { name: 'Cari di Simpul' });
    await input.fill('simpus');
    await page.getByText(/hasil untuk “simpus”/).waitFor();
    // the dialog fills the screen once its opening transition is over
    await expect.poll(async () => (await page.getByRole('dialog').boundingBox())?.width).toBe(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.baseUrl}/applications/${apps.health.id}`);
    expect(app.pageErrors).toEqual([]);
  });
});
