import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast } from '../../src/server/testing/datacatalogue-factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

/** Issue 9 §4: only what you may do is offered; the server refuses the rest all the same. */
describe('only what a person may do is offered', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an operator sees no add-agency button or form, no audit trail or verify button, and no review queue it cannot work; the steward sees its queue', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const cast = await createCatalogueCast(db, tenant.admin);
    const { page } = app;
    const nav = page.getByRole('navigation');

    await signInAs(app, cast.producer.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/agencies`);
    await page.getByRole('heading', { name: 'Perangkat Daerah' }).first().waitFor();
    await nav.getByRole('link', { name: 'Katalog Data' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tambah Perangkat Daerah' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Jejak audit' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Antrean Pemeriksaan Walidata' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/agencies/new`);
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/audit`);
    await page.getByRole('heading', { name: 'Jejak audit' }).waitFor();
    expect(await page.getByRole('button', { name: 'Verifikasi rantai audit' }).count()).toBe(0);

    await signInAs(app, cast.steward.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/datasets`);
    await nav.getByRole('link', { name: 'Antrean Pemeriksaan Walidata' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tambah Perangkat Daerah' }).count()).toBe(0);

    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/agencies`);
    await page.getByRole('link', { name: 'Tambah Perangkat Daerah' }).waitFor();
    await nav.getByRole('link', { name: 'Jejak audit' }).waitFor();
    // the administrator stewards no agency's data: no queue to work
    expect(await nav.getByRole('link', { name: 'Antrean Pemeriksaan Walidata' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
