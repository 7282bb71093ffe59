import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestUser } from '../../src/server/testing/factories';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { fileForm } from '../support/problems';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

const zipNames = (content: ArrayBuffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'simpul-pack-http-')), 'pack.zip');
  writeFileSync(path, Buffer.from(content));
  return execFileSync('zipinfo', ['-1', path], { encoding: 'utf8' }).trim().split('\n').sort();
};

describe('evidence codes, evidence packs and official results over HTTP', () => {
  it('evidence carries its code; the pack downloads as a ZIP named for the indicator', async () => {
    const s = await createEvaluationSetup(database.db);
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const operator = await signIn(app, s.operatorA.user.email, undefined, s.slug);
    await call(app, operator, 'PUT', `${base}/indicators/1/self-assessment`, { level: 2, explanation: 'Rancangan arsitektur' });
    const form = fileForm('rancangan.pdf', Buffer.from('%PDF-1.4\n% rancangan\n'), 'application/pdf');
    form.append('level', '3');
    let res = await call(app, operator, 'POST', `${base}/indicators/1/evidence/file`, form);
    expect(res.status).toBe(200);
    res = await call(app, operator, 'POST', `${base}/indicators/1/evidence/url`, { url: 'https://dumai.go.id/a', label: 'Halaman' });
    expect(((await res.json()) as { evidence: { code: string }[] }).evidence.map((e) => e.code)).toEqual(['I01.3.1', 'I01.2.2']);
    const bad = fileForm('x.pdf', Buffer.from('%PDF-1.4\n% x\n'), 'application/pdf');
    bad.append('level', '9');
    expect((await call(app, operator, 'POST', `${base}/indicators/1/evidence/file`, bad)).status).toBe(422);

    res = await call(app, operator, 'GET', `${base}/indicators/1/evidence-pack`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="data-dukung-2025-I01.zip"');
    expect(zipNames(await res.arrayBuffer())).toEqual(['I01.3.1.pdf', 'daftar-data-dukung.csv']);
    res = await call(app, operator, 'GET', `${base}/evidence-pack`);
    expect(zipNames(await res.arrayBuffer())).toEqual(['I01/I01.3.1.pdf', 'daftar-data-dukung.csv']);
    expect((await call(app, null, 'GET', `${base}/evidence-pack`)).status).toBe(401);
  });

  it('the coordination team imports the official results; a viewer and an operator may not; everyone reads the comparison', async () => {
    const s = await createEvaluationSetup(database.db);
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const coordinator = await signIn(app, s.coordinator.user.email, undefined, s.slug);
    const viewerUser = await createTestUser(database.db, s.admin, [{ role: 'viewer', agencyId: null }]);
    const viewer = await signIn(app, viewerUser.user.email, undefined, s.slug);
    const operator = await signIn(app, s.operatorA.user.email, undefined, s.slug);
    const file = () => fileForm('hasil-resmi-2025.csv', Buffer.from('kode;nilai\nI01;3\nI02;x\n'), 'text/csv');
    for (const session of [viewer, operator]) expect((await call(app, session, 'POST', `${base}/official-results/import?commit=true`, file())).status).toBe(403);

    let res = await call(app, coordinator, 'POST', `${base}/official-results/import?commit=true`, file(), { 'accept-language': 'id' });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { committed: boolean; invalid: number; rows: { row: number; errors: { message: string }[] }[] };
    expect(report).toMatchObject({ committed: false, invalid: 1 });
    expect(report.rows.find((r) => r.row === 3)?.errors[0].message).toBe('Tingkat "x" pada indikator I02 tidak sah; tingkat adalah bilangan bulat 1 sampai 5.');

    const good = fileForm('hasil-resmi-2025.csv', Buffer.from('kode;nilai\nI01;3\nI02;4\n'), 'text/csv');
    res = await call(app, coordinator, 'POST', `${base}/official-results/import?commit=true`, good);
    expect(await res.json()).toMatchObject({ committed: true, imported: 2 });
    res = await call(app, viewer, 'GET', `${base}/official-results`);
    expect(res.status).toBe(200);
    const comparison = (await res.json()) as { imported: { fileName: string }; indicators: { officialLevel: number | null }[] };
    expect(comparison.imported.fileName).toBe('hasil-resmi-2025.csv');
    expect(comparison.indicators.slice(0, 3).map((i) => i.officialLevel)).toEqual([3, 4, null]);
    res = await call(app, viewer, 'GET', `${base}/official-results/file`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('kode;nilai\nI01;3\nI02;4\n');

    // a file that is neither a workbook nor CSV text
    res = await call(app, coordinator, 'POST', `${base}/official-results/import`, fileForm('hasil.pdf', Buffer.from('%PDF-1.4\n'), 'application/pdf'));
    expect(res.status).toBe(415);
  });
});
