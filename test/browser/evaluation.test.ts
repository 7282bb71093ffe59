import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, signInAs, type BrowserApp } from './support';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { setInternalPolicy } from '../../src/server/modules/internal-policies/service';

describe('the annual SPBE evaluation in the browser', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
    // the PDF is rendered and signed on the server: give each step room on a busy 2-core machine
    app.context.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Dumai 67/2022 Ps 33: three indicators answered with evidence, one adjusted by the assessor, the index and radar change, the PDF report downloads', async () => {
    const { db } = app.database;
    const s = await createEvaluationSetup(db);
    await setInternalPolicy(db, s.admin, 'architecture', { title: null, decreeNumber: 'Perwal 12/2024', decreeDate: '2024-03-01' });
    const { page } = app;
    await signInAs(app, s.operatorA.user.email, { tenant: s.slug });

    // the agency answers its three indicators, each with evidence
    for (const [number, level] of [[1, 4], [2, 4], [3, 3]] as const) {
      await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}/indicators/${number}`);
      const form = page.getByTestId('self-assessment');
      await form.waitFor();
      await page.getByTestId('criteria').waitFor();
      await form.getByText(`Tingkat ${level}`, { exact: true }).click();
      await form.getByLabel('Penjelasan').fill(`Kebijakan indikator ${number} telah ditetapkan`);
      await form.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => page.getByTestId('self-level').textContent()).toBe(String(level));
      await page.getByTestId('evidence').locator('input[type=file]').setInputFiles({ name: `data-dukung-${number}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% data dukung\n') });
      await page.getByTestId('evidence').getByText(`data-dukung-${number}.pdf`).waitFor();
    }
    // indicator 1: the recorded architecture policy is offered as evidence (Lampiran BAB II.A)
    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}/indicators/1`);
    await page.getByRole('button', { name: /Tautkan: Kebijakan Internal Arsitektur SPBE/ }).click();
    await page.getByTestId('evidence').getByText('Kebijakan internal: Kebijakan Internal Arsitektur SPBE (Perwal 12/2024)').waitFor();

    // the cycle lists them grouped by domain and aspect
    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}`);
    await page.getByTestId('indicators').getByText('Kebijakan Internal Tata Kelola SPBE').first().waitFor();
    expect(await page.locator('[data-indicator="2"]').textContent()).toContain('Dinilai mandiri');

    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}/results`);
    await page.getByTestId('radar-chart').waitFor();
    const indexBefore = await page.getByTestId('index').textContent();
    const radarBefore = await page.locator('[data-series="final"]').getAttribute('data-values');
    // all at 1 except indicators 1–3 (BI 1,30 each) at 4, 4, 3: 1 + (3 + 3 + 2) × 1,30 / 100 = 1,104 → 1,10
    expect(indexBefore).toBe('1,10');

    // the assessor adjusts indicator 2 from 4 to 2 with a note
    await app.context.clearCookies();
    await signInAs(app, s.assessor.user.email, { tenant: s.slug });
    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}/indicators/2`);
    const verification = page.getByTestId('verification');
    await verification.waitFor();
    await verification.getByText('Sesuaikan tingkat', { exact: true }).click();
    await verification.getByText('Tingkat 2', { exact: true }).click();
    await verification.getByLabel('Catatan asesor').fill('Belum direviu dan dievaluasi secara periodik');
    await verification.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await expect.poll(() => page.getByTestId('verified-level').textContent()).toBe('2');

    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}/results`);
    await page.getByTestId('radar-chart').waitFor();
    // indicator 2 counts at 2 now: 1 + (3 + 1 + 2) × 1,30 / 100 = 1,078 → 1,08
    await expect.poll(() => page.getByTestId('index').textContent()).toBe('1,08');
    expect(await page.getByTestId('self-index').textContent()).toBe('1,10');
    const radarAfter = await page.locator('[data-series="final"]').getAttribute('data-values');
    expect(radarAfter).not.toBe(radarBefore);
    // aspect 1 (BA 13): (4 + 2 + 3 + 7 × 1) × 1,30 / 13 = 1,6
    expect(radarAfter?.split(' ')[0]).toBe('1.6');
    await page.screenshot({ path: 'test-results/evaluation-results.png', fullPage: true });

    // the signed PDF report
    await page.goto(`${app.baseUrl}/evaluations/${s.cycleId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
    const content = readFileSync((await download.path())!);
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe('evaluasi-spbe-2025.pdf');
    expect(app.pageErrors).toEqual([]);
  });
});
