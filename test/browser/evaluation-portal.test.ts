import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, signInAs, type BrowserApp } from './support';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { addEvidenceFile, selfAssess, submitIndicator, verifyIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAccessibilityViolations } from '../support/accessibility';

describe('evidence codes and the official results in the browser', { timeout: 300_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
    app.context.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the agency sees each evidence code; the coordinator imports the official results, is shown the bad row, imports a clean file and reads the comparison', async () => {
    const { db } = app.database;
    const s = await createEvaluationSetup(db);
    const store = createDiskFileStore(mkdtempSync(join(tmpdir(), 'simpul-browser-portal-')));
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 4, explanation: 'Perwal arsitektur' });
    await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: null });
    await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'adjust', level: 3, note: 'Belum direviu' });
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 2, { level: 2, explanation: 'Rancangan peta rencana' });
    await addEvidenceFile(db, s.operatorA.ctx, store, s.cycleId, 2, { content: Buffer.from('%PDF-1.4\n% peta\n'), fileName: 'peta-rencana.pdf', mimeType: 'application/pdf' });
    const { page } = app;
    const cyclePage = `${app.baseUrl}/evaluations/${s.cycleId}`;

    // the agency's indicator page: the code next to the item and the pack button
    await signInAs(app, s.operatorA.user.email, { tenant: s.slug });
    await page.goto(`${cyclePage}/indicators/2`);
    const code = page.getByTestId('evidence-code').first();
    await code.waitFor();
    expect(await code.textContent()).toBe('I02.2.1');
    await page.getByTestId('evidence-pack').waitFor();
    // a new item for the level it supports: the code carries that level and the next number
    await page.getByRole('combobox', { name: 'Tingkat yang didukung data dukung baru' }).click();
    await page.getByRole('option', { name: /^3\. / }).click();
    await page.getByLabel('Judul tautan').fill('Dasbor peta rencana');
    await page.getByLabel('Alamat web').fill('https://dumai.go.id/peta-rencana');
    await page.getByRole('button', { name: 'Tambah tautan' }).click();
    await expect.poll(() => page.getByTestId('evidence-code').allTextContents()).toEqual(['I02.2.1', 'I02.3.2']);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // the coordinator: a file with a bad level is reported in Indonesian and cannot be stored
    await app.context.clearCookies();
    await signInAs(app, s.coordinator.user.email, { tenant: s.slug });
    await page.goto(`${cyclePage}/results`);
    const panel = page.getByTestId('official-results');
    await panel.getByTestId('official-none').waitFor();
    await panel.getByRole('button', { name: 'Impor hasil resmi' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'hasil-resmi.csv', mimeType: 'text/csv', buffer: Buffer.from('kode;nilai\nI01;2\nI02;9\n') });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.getByRole('row').filter({ hasText: 'I02' }).textContent()).toContain('Tingkat "9" pada indikator I02 tidak sah; tingkat adalah bilangan bulat 1 sampai 5.');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    // a clean file: previewed, then stored; the comparison shows self 4, verified 3, official 2, difference −1
    await page.locator('input[type=file]').setInputFiles({ name: 'hasil-resmi.csv', mimeType: 'text/csv', buffer: Buffer.from('kode;nilai\nI01;2\nI02;2\nINDEKS;1,10\nPREDIKAT;Kurang\n') });
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('4 valid');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByRole('button', { name: 'Tutup', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const table = panel.getByTestId('official-table');
    await table.waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'I01' }).textContent()).toBe('I01432-1');
    expect(await table.getByRole('row').filter({ hasText: 'I02' }).textContent()).toBe('I022–20');
    expect(await panel.getByTestId('official-index').textContent()).toContain('Indeks resmi 1,10');
    expect(await panel.getByTestId('official-summary').textContent()).toBe('2 indikator dibandingkan: 1 sama, 0 lebih tinggi dan 1 lebih rendah dalam hasil resmi.');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
