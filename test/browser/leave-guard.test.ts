import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

const question = 'Isian yang belum disimpan akan hilang. Tinggalkan halaman ini?';

/** Issue 9 §4, typed work is kept: the forms built on plain state ask before leaving too (components/leave-guard.ts). */
describe('forms on plain state keep typed work', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Answers the next leave question, and records it. */
  function answerNext(asked: string[], accept: boolean) {
    app.page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  }

  it('the new evaluation cycle form asks before a link leaves it, keeps the year on "stay", and leaves without asking once saved', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/evaluations`);
    const year = page.getByRole('textbox', { name: 'Tahun' });
    await year.fill('2025');
    const asked: string[] = [];
    answerNext(asked, false);
    await page.getByRole('link', { name: 'Beranda' }).first().click();
    await expect.poll(() => asked).toEqual([question]);
    expect(new URL(page.url()).pathname).toBe('/evaluations');
    expect(await year.inputValue()).toBe('2025');

    // saved: the page it opens comes without a question
    answerNext(asked, false);
    await page.getByRole('button', { name: 'Buka siklus evaluasi' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/evaluations\/[0-9a-f-]{36}$/);
    expect(asked).toHaveLength(1);
    page.removeAllListeners('dialog');
    expect(app.pageErrors).toEqual([]);
  });

  it('the retire dialog asks before back leaves a typed reason; leaving an untouched one does not ask', async () => {
    const tenant = await createTestTenant(app.database.db);
    const agency = await createTestAgency(app.database.db, tenant.admin, { name: 'Dinas Pariwisata' });
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/agencies`);
    // inside the app, so back is the router's (a page load's back would be the browser's own beforeunload question)
    await page.getByTestId('data-table').getByText('Dinas Pariwisata').click();
    await page.getByRole('heading', { name: /Dinas Pariwisata/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/agencies/${agency.id}`);
    await page.getByRole('button', { name: 'Nonaktifkan' }).click();
    const reason = page.getByRole('dialog').getByRole('textbox');
    await reason.fill('Digabung dengan Dinas Kebudayaan');
    const asked: string[] = [];
    answerNext(asked, false);
    // the browser's back button (page.goBack would wait for a navigation that is held)
    await page.evaluate(() => window.history.back());
    await expect.poll(() => asked).toEqual([question]);
    // staying: the router puts the address back
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/agencies/${agency.id}`);
    expect(await reason.inputValue()).toBe('Digabung dengan Dinas Kebudayaan');

    // emptied again: nothing to lose, back leaves at once
    await reason.fill('');
    answerNext(asked, false);
    await page.evaluate(() => window.history.back());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/agencies');
    expect(asked).toHaveLength(1);
    page.removeAllListeners('dialog');
    expect(app.pageErrors).toEqual([]);
  });
});
