import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, signInAs, type BrowserApp } from './support';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { setInternalPolicy } from '../../src/server/modules/internal-policies/service';
import { calculateIndex, findFramework, type Level } from '../../src/evaluation';

const spbe = findFramework('permenpanrb-59-2020');
const atOne = Object.fromEntries(spbe.indicators.map((i) => [i.number, 1 as Level]));
/** The index as the results page prints it (two decimals, comma). */
const shown = (levels: Record<number, Level>) => calculateIndex(spbe, { ...atOne, ...levels }).index.reported.toFixed(2).replace('.', ',');

describe('the annual SPBE evaluation in the browser, by three roles', { timeout: 300_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
    // the PDF is rendered and signed on the server: give each step room on a busy 2-core machine
    app.context.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function as(email: string, tenant: string) {
    await app.context.clearCookies();
    await signInAs(app, email, { tenant });
  }

  it('Dumai 67/2022 Ps 33(4)–(5): the coordinator assigns, the agency fills and sends, the assessor returns, the agency sends again, the assessor adjusts; the results change', async () => {
    const { db } = app.database;
    const s = await createEvaluationSetup(db);
    await setInternalPolicy(db, s.admin, 'architecture', { title: null, decreeNumber: 'Perwal 12/2024', decreeDate: '2024-03-01' });
    const { page } = app;
    const cyclePage = `${app.baseUrl}/evaluations/${s.cycleId}`;
    const indicator5 = `${cyclePage}/indicators/5`;
    const state = () => page.getByTestId('indicator-state').first().getAttribute('data-state');

    // 1. the coordination-team member gives indicator 5 to agency A, and the whole of aspect 2 to agency B
    await as(s.coordinator.user.email, s.slug);
    await page.goto(cyclePage);
    await page.getByRole('tab', { name: 'Penugasan' }).click();
    await page.getByRole('combobox', { name: 'Perangkat daerah untuk I05' }).click();
    await page.getByRole('option', { name: `${s.agencyA.code} — ${s.agencyA.name}` }).click();
    await expect.poll(() => page.locator('[data-assign="5"] [data-testid="indicator-state"]').getAttribute('data-state')).toBe('assigned');
    const bulk = page.getByTestId('bulk-assign');
    await bulk.getByRole('combobox', { name: 'Domain atau aspek' }).click();
    await page.getByRole('option', { name: /^Aspek 2\./ }).click();
    await bulk.getByRole('combobox', { name: 'Perangkat daerah' }).click();
    await page.getByRole('option', { name: `${s.agencyB.code} — ${s.agencyB.name}` }).click();
    await bulk.getByRole('button', { name: 'Tugaskan semua indikatornya' }).click();
    await expect.poll(() => page.locator('[data-assign="11"] [data-testid="indicator-state"]').getAttribute('data-state')).toBe('assigned');
    await page.getByRole('tab', { name: 'Kemajuan' }).click();
    await expect.poll(() => page.getByTestId('progress-unassigned').textContent()).toBe(String(47 - 5 - 4));

    // 2. the agency finds it under "Indikator saya", chooses a level against its description, cites evidence, saves, comes back and sends
    await as(s.operatorA.user.email, s.slug);
    await page.goto(cyclePage);
    const mine = page.getByTestId('my-indicators');
    await mine.locator('[data-indicator="5"]').waitFor();
    expect(await mine.locator('[data-indicator]').count()).toBe(4);
    await mine.getByRole('link', { name: /^I05\./ }).click();
    const form = page.getByTestId('self-assessment');
    const level = (n: number) => page.getByTestId('self-assessment').getByRole('radio', { name: new RegExp(`^${n}\\. `) });
    await level(4).waitFor();
    // the framework's level-4 criterion is shown with the choice
    expect(await form.getByRole('radiogroup').textContent()).toContain(spbe.indicators[4].criteria!['4']);
    await level(4).check();
    await form.getByLabel('Penjelasan').fill('Kebijakan pusat data telah ditetapkan dan diterapkan');
    await form.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(state).toBe('draft');
    await page.getByTestId('evidence').locator('input[type=file]').setInputFiles({ name: 'data-dukung-5.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% data dukung 5\n') });
    await page.getByTestId('evidence').getByText('data-dukung-5.pdf').waitFor();
    await page.getByRole('combobox', { name: 'Rekaman Simpul sebagai data dukung' }).click();
    await page.getByRole('option', { name: 'Kebijakan Internal Arsitektur SPBE (Perwal 12/2024)' }).click();
    await page.getByRole('button', { name: 'Tautkan rekaman' }).click();
    await page.getByTestId('evidence').getByText('Kebijakan internal: Kebijakan Internal Arsitektur SPBE (Perwal 12/2024)').waitFor();
    await page.reload();
    await expect.poll(() => level(4).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Kirim ke asesor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await expect.poll(state).toBe('submitted');
    expect(await page.getByTestId('self-assessment').count()).toBe(0);

    await page.goto(`${cyclePage}/results`);
    await page.getByTestId('radar-chart').waitFor();
    await expect.poll(() => page.getByTestId('index').textContent()).toBe(shown({ 5: 4 }));

    // 3. the assessor finds it in the queue and returns it with a note
    await as(s.assessor.user.email, s.slug);
    await page.goto(cyclePage);
    await page.getByTestId('review-queue').getByRole('link', { name: /^I05\./ }).click();
    const verification = page.getByTestId('verification');
    await verification.getByText('Kembalikan ke perangkat daerah', { exact: true }).click();
    await verification.getByLabel('Catatan asesor').fill('Lampirkan keputusan pusat data yang sudah ditandatangani');
    await verification.getByRole('button', { name: 'Kembalikan ke perangkat daerah' }).click();
    await expect.poll(state).toBe('returned');

    // 4. the agency reads the note, lowers its level, answers and sends again
    await as(s.operatorA.user.email, s.slug);
    await page.goto(indicator5);
    expect(await page.getByTestId('returned-notice').textContent()).toContain('Lampirkan keputusan pusat data yang sudah ditandatangani');
    await level(3).check();
    await page.getByTestId('self-assessment').getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => page.getByTestId('self-level').textContent()).toBe('3');
    await page.getByLabel('Tanggapan atas catatan asesor').fill('Keputusan masih dalam proses tanda tangan; tingkat diturunkan');
    await page.getByRole('button', { name: 'Kirim ulang ke asesor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await expect.poll(state).toBe('submitted');

    // 5. the assessor sets level 2 with a note; the results page changes and the history shows every exchange
    await as(s.assessor.user.email, s.slug);
    await page.goto(`${cyclePage}/results`);
    await page.getByTestId('radar-chart').waitFor();
    await expect.poll(() => page.getByTestId('index').textContent()).toBe(shown({ 5: 3 }));
    const radarBefore = await page.locator('[data-series="final"]').getAttribute('data-values');
    await page.goto(indicator5);
    await verification.getByText('Sesuaikan tingkat', { exact: true }).click();
    await verification.getByText('Tingkat 2', { exact: true }).click();
    await verification.getByLabel('Catatan asesor').fill('Belum ada keputusan yang ditandatangani');
    await verification.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await expect.poll(() => page.getByTestId('verified-level').textContent()).toBe('2');
    const exchanges = page.getByTestId('exchanges').locator('[data-exchange]');
    expect(await exchanges.evaluateAll((items) => items.map((i) => i.getAttribute('data-exchange')))).toEqual(['submitted', 'returned', 'submitted', 'verified']);
    expect(await page.getByTestId('exchanges').textContent()).toContain('Keputusan masih dalam proses tanda tangan; tingkat diturunkan');

    await page.goto(`${cyclePage}/results`);
    await page.getByTestId('radar-chart').waitFor();
    await expect.poll(() => page.getByTestId('index').textContent()).toBe(shown({ 5: 2 }));
    expect(await page.getByTestId('self-index').textContent()).toBe(shown({ 5: 3 }));
    expect(await page.locator('[data-series="final"]').getAttribute('data-values')).not.toBe(radarBefore);
    await page.screenshot({ path: 'test-results/evaluation-results.png', fullPage: true });

    // the signed PDF report
    await page.goto(cyclePage);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
    const content = readFileSync((await download.path())!);
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe('evaluasi-spbe-2025.pdf');
    expect(app.pageErrors).toEqual([]);
  });
});
