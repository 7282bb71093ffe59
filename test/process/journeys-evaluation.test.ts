import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoEmail, printServerLogOnFailure, signIn, simpul } from './support/api';
import { openBrowser, signInBrowser, type Browser } from './support/browser';

/**
 * The year's SPBE evaluation carried on from the screens of the running process, on the demo
 * tenant, by the three roles Dumai 67/2022 Ps 33(4)–(5) names: the coordination team assigns, the
 * agency answers and sends, the internal assessor returns it with a note, the agency answers the
 * note and sends again, the assessor sets the level. Then the inspector finds those steps in the
 * audit trail by its filters and exports them. Indicator 18 is one the demo left unanswered; it
 * moves from Disdukcapil to DPMPTSP, so the count of assigned indicators other journeys read stays.
 */
printServerLogOnFailure();

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => `${simpul().baseUrl}${path}`;
const state = (page: Page) => page.getByTestId('indicator-state').first().getAttribute('data-state');

interface CycleView {
  id: string;
  year: number;
  status: string;
  indicators: { number: number; code: string; state: string; agencyName: string | null }[];
}

async function currentCycle(): Promise<CycleView> {
  const session = await signIn(demoEmail('sekda'));
  const cycles = await session.get<{ id: string; year: number; status: string }[]>('/evaluations');
  const open = cycles.find((c) => c.status === 'open');
  expect(open, 'the demo has this year’s cycle open').toBeDefined();
  return session.get<CycleView>(`/evaluations/${open!.id}`);
}

describe(`the year's evaluation from the screens, by three roles (${simpul().kind})`, () => {
  let cycle: CycleView;
  let code: string;

  it('Dumai 67/2022 Ps 33(4)–(5): the coordinator assigns, the agency answers and sends, the assessor returns, the agency sends again, the assessor sets the level', async () => {
    const { page } = browser;
    cycle = await currentCycle();
    const eighteen = cycle.indicators.find((i) => i.number === 18)!;
    expect(eighteen).toMatchObject({ state: 'assigned', agencyName: 'Dinas Kependudukan dan Pencatatan Sipil' });
    code = eighteen.code;
    const cyclePage = url(`/evaluations/${cycle.id}`);

    // 1. a member of the coordination team (Bappeda's planner) gives it to DPMPTSP
    await signInBrowser(browser, demoEmail('perencana.bappeda'));
    await page.goto(cyclePage);
    await page.getByRole('tab', { name: 'Penugasan' }).click();
    await page.getByRole('combobox', { name: `Perangkat daerah untuk ${code}` }).click();
    await page.getByRole('option', { name: 'DPMPTSP — Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' }).click();
    await expect.poll(async () => (await currentCycle()).indicators.find((i) => i.number === 18)?.agencyName).toBe('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');

    // 2. DPMPTSP's operator finds it under "Indikator saya", answers, cites a web page, and sends it
    await signInBrowser(browser, demoEmail('operator.dpmptsp'));
    await page.goto(cyclePage);
    await page.getByTestId('my-indicators').locator('[data-indicator="18"]').getByRole('link').click();
    await page.waitForURL(/\/indicators\/18$/);
    const form = page.getByTestId('self-assessment');
    const level = (n: number) => form.getByRole('radio', { name: new RegExp(`^${n}\\. `) });
    await level(3).check();
    await form.getByLabel('Penjelasan').fill('Layanan perizinan terpadu terhubung dengan data kependudukan (contoh journey).');
    await form.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => state(page)).toBe('draft');
    const evidence = page.getByTestId('evidence');
    await evidence.getByLabel('Judul tautan').fill('Dasbor layanan perizinan');
    await evidence.getByLabel('Alamat web').fill('https://dpmptsp.dumaikota.go.id/dasbor');
    await evidence.getByRole('button', { name: 'Tambah tautan' }).click();
    await evidence.getByText('Dasbor layanan perizinan').waitFor();
    await page.getByRole('button', { name: 'Kirim ke asesor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await expect.poll(() => state(page)).toBe('submitted');

    // 3. the Inspectorate's ICT auditor (internal assessor team) finds it in the queue and returns it
    await signInBrowser(browser, demoEmail('auditor.inspektorat'));
    await page.goto(cyclePage);
    await page.getByTestId('review-queue').locator('[data-indicator="18"]').getByRole('link').click();
    const verification = page.getByTestId('verification');
    await verification.getByText('Kembalikan ke perangkat daerah', { exact: true }).click();
    await verification.getByLabel('Catatan asesor').fill('Lampirkan perjanjian kerja sama pemanfaatan data kependudukan.');
    await verification.getByRole('button', { name: 'Kembalikan ke perangkat daerah' }).click();
    await expect.poll(() => state(page)).toBe('returned');

    // 4. the operator reads the note and sends it again with an answer
    await signInBrowser(browser, demoEmail('operator.dpmptsp'));
    await page.goto(url(`/evaluations/${cycle.id}/indicators/18`));
    expect(await page.getByTestId('returned-notice').textContent()).toContain('Lampirkan perjanjian kerja sama');
    await page.getByLabel('Tanggapan atas catatan asesor').fill('Perjanjian kerja sama masih ditandatangani; tingkat tetap 3.');
    await page.getByRole('button', { name: 'Kirim ulang ke asesor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await expect.poll(() => state(page)).toBe('submitted');

    // 5. the assessor sets level 2 with a note; the history shows every exchange
    await signInBrowser(browser, demoEmail('auditor.inspektorat'));
    await page.goto(url(`/evaluations/${cycle.id}/indicators/18`));
    await verification.getByText('Sesuaikan tingkat', { exact: true }).click();
    await verification.getByText('Tingkat 2', { exact: true }).click();
    await verification.getByLabel('Catatan asesor').fill('Perjanjian belum ditandatangani.');
    await verification.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await expect.poll(() => page.getByTestId('verified-level').textContent()).toBe('2');
    const exchanges = page.getByTestId('exchanges').locator('[data-exchange]');
    expect(await exchanges.evaluateAll((items) => items.map((i) => i.getAttribute('data-exchange')))).toEqual(['submitted', 'returned', 'submitted', 'verified']);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the inspector finds those steps in the audit trail by record type and person, in words, and exports them to Excel', async () => {
    const { page } = browser;
    await signInBrowser(browser, demoEmail('auditor.inspektorat'));
    await page.goto(url('/audit'));
    const entries = page.getByTestId('audit-entries');
    await entries.getByTestId('audit-entry').first().waitFor();
    await page.getByRole('combobox', { name: 'Jenis rekaman' }).click();
    await page.getByRole('option', { name: 'Siklus evaluasi', exact: true }).click();
    await page.getByRole('combobox', { name: 'Pelaku' }).click();
    await page.getByRole('option', { name: /Operator Dinas Penanaman Modal/ }).click();
    // exactly what the API lists for that person on evaluations (this year's other answer of theirs too), newest first:
    // the journey's two sendings, the evidence and the answer lead, in words
    const inspector = await signIn(demoEmail('auditor.inspektorat'));
    const actors = await inspector.get<{ userId: string | null; label: string }[]>('/audit/actors');
    const operator = actors.find((a) => a.label === 'Operator Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu')!;
    const listed = await inspector.get<{ action: string }[]>(`/audit?entityType=evaluation&actorUserId=${operator.userId}&limit=500`);
    expect(listed.slice(0, 4).map((e) => e.action)).toEqual(['evaluation.submitIndicator', 'evaluation.submitIndicator', 'evaluation.evidence.add', 'evaluation.selfAssess']);
    await expect.poll(() => entries.getByTestId('audit-entry').count()).toBe(listed.length);
    const texts = await entries.getByTestId('audit-entry').allTextContents();
    expect(texts.every((text) => text.includes('Operator Dinas Penanaman Modal'))).toBe(true);
    expect(['Indikator diajukan', 'Indikator diajukan', 'Bukti dukung ditambahkan', 'Penilaian mandiri indikator diisi'].every((label, i) => texts[i].includes(label))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/evaluation\.[a-zA-Z]+/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Jejak audit')!;
    // a header row and the entries the screen shows
    expect(sheet.actualRowCount).toBe(listed.length + 1);
    expect(sheet.getCell('B2').value).toBeInstanceOf(Date);
    expect(browser.pageErrors).toEqual([]);
  });
});
