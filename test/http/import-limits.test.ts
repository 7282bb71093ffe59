import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { fileForm } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';

/** Issue 8 §5: an upload is read as a stream, within limits, off the event loop that serves everyone. */

let database: Database;
let app: TestApp;
let session: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db, { IMPORT_MAX_ROWS: '100', IMPORT_MAX_UNCOMPRESSED_BYTES: '2000000' }).app;
  const tenant = await createTestTenant(database.db);
  session = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
});
afterAll(async () => database.close());

async function workbook(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Aplikasi');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const header = ['name', 'ownerAgencyCode', 'kind', 'businessFunction', 'stage', 'platforms'];

describe('Excel imports within limits', () => {
  it('a workbook that unpacks beyond the limit is refused at once with an Indonesian problem detail, while a GET is answered', async () => {
    const bomb = await workbook([header, ...Array.from({ length: 300 }, (_, i) => [`A${i}`, 'X', 'khusus', 'y'.repeat(20_000), 'planning', 'web'])]);
    const started = Date.now();
    const [res, list] = await Promise.all([
      call(app, session, 'POST', '/api/v1/applications/import', fileForm('besar.xlsx', bomb)),
      call(app, session, 'GET', '/api/v1/agencies'),
    ]);
    expect(list.status).toBe(200);
    expect(res.status).toBe(413);
    const problem = (await res.json()) as { code: string; title: string };
    expect(problem.code).toBe('IMPORT_TOO_LARGE');
    expect(problem.title).toBe('Isi berkas Excel terlalu besar: setelah dibuka melebihi batas 2 MB. Pecah daftar menjadi beberapa berkas.');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('more rows than the limit are refused naming the limit, and simple GETs are answered while the upload is read', async () => {
    const many = await workbook([header, ...Array.from({ length: 5000 }, (_, i) => [`Aplikasi ${i}`, 'X', 'khusus', `Fungsi ${i}`, 'planning', 'web'])]);
    const upload = call(app, session, 'POST', '/api/v1/agencies/import', fileForm('banyak.xlsx', many));
    let answered = 0;
    const gets = (async () => {
      for (let i = 0; i < 5; i++) if ((await call(app, session, 'GET', '/api/v1/auth/session')).status === 200) answered++;
    })();
    const [res] = await Promise.all([upload, gets]);
    expect(answered).toBe(5);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; title: string };
    expect(problem.code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(problem.title).toBe('Berkas memuat lebih dari 100 baris.');
  });
});
