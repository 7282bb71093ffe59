import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../src/shared/search';
import { demoEmail, printServerLogOnFailure, signIn, simpul } from './support/api';
import { openBrowser, signInBrowser, type Browser } from './support/browser';

/**
 * The header search against the running process and the demo tenant, in Indonesian: the
 * administrator finds an agency by its code and an article in force by its citation; an agency operator
 * on a 390 × 844 phone finds its own application and not another agency's Aplikasi Khusus.
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

describe(`search from the header (${simpul().kind})`, () => {
  it('the ICT office administrator finds Dinas Kesehatan by "dinkes" (Ctrl+K, Enter) and an article in force by "Ps 14"', async () => {
    const { page } = browser;
    await signInBrowser(browser, demoEmail('admin.spbe'));
    await page.goto(url('/'));
    await page.getByTestId('search-open').waitFor();
    await page.keyboard.press('Control+K');
    const input = page.getByRole('combobox', { name: 'Cari di Simpul' });
    await input.fill('dinkes');
    await page.getByText(/hasil untuk “dinkes”/).waitFor();
    expect(await page.getByRole('option').first().textContent()).toContain('Dinas Kesehatan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agencies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Dinas Kesehatan' }).waitFor();

    await page.keyboard.press('Control+K');
    await input.fill('Ps 14');
    const article = page.getByRole('group', { name: 'Kewajiban Regulasi' }).getByRole('option').first();
    await article.waitFor();
    // the demo's profile has 67/2022 replacing 18/2019 (Dumai 67/2022 Ps 34): only the one in force is offered
    expect(await article.textContent()).toMatch(/^Perwako Dumai 67\/2022 Pasal 14/);
    const texts = await page.getByRole('group', { name: 'Kewajiban Regulasi' }).getByRole('option').allTextContents();
    expect(texts.every((text) => text.startsWith('Perwako Dumai 67/2022 Pasal 14'))).toBe(true);
    await article.click();
    await page.waitForURL(/\/compliance\/obligations\/dumai-67-2022\/14/);
    await page.getByText(/Pasal 14/).first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it("an agency operator on a 390 px phone finds the office's own application, and another agency's Aplikasi Khusus not at all", async () => {
    const { page } = phone;
    await signInBrowser(phone, demoEmail('operator.dinkes'));
    // the administrator finds PPDB Online (Dinas Pendidikan's): its absence below is the operator's read rule
    const admin = await signIn(demoEmail('admin.spbe'));
    const adminHits = await admin.get<SearchResults>('/search?q=ppdb');
    expect(adminHits.groups.find((g) => g.group === 'application')?.hits.map((h) => h.title)).toContain('PPDB Online');

    await page.goto(url('/'));
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const input = page.getByRole('combobox', { name: 'Cari di Simpul' });
    await input.fill('ppdb');
    await page.getByTestId('search-status').getByText(/“ppdb”/).waitFor();
    expect(await page.getByRole('option', { name: /PPDB Online/ }).count()).toBe(0);

    await input.fill('e-puskesmas');
    const own = page.getByRole('group', { name: 'Aplikasi' }).getByRole('option', { name: /e-Puskesmas/ });
    await own.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await own.click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'e-Puskesmas' }).waitFor();
    expect(phone.pageErrors).toEqual([]);
  });
});
