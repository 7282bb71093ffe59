import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { calculateIndex, findFramework, type Level } from '../../src/evaluation';
import type { CycleResults } from '../../src/shared/evaluations';
import { extractPdfText } from '../support/pdf-text';
import { setInternalPolicy } from '../../src/server/modules/internal-policies/service';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

const pdfBytes = new Uint8Array(Buffer.from('%PDF-1.4\n% data dukung\n'));
const pdfForm = () => {
  const form = new FormData();
  form.append('file', new File([pdfBytes], 'sk-arsitektur.pdf', { type: 'application/pdf' }));
  return form;
};

describe('evaluations over HTTP', () => {
  it('self-assessment, evidence, verification and results through the API, with 403/404/422 edges', async () => {
    const s = await createEvaluationSetup(database.db);
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const operator = await signIn(app, s.operatorA.user.email, undefined, s.slug);
    const assessor = await signIn(app, s.assessor.user.email, undefined, s.slug);

    let res = await call(app, operator, 'PUT', `${base}/indicators/1/self-assessment`, { level: 4, explanation: 'Perwal 12/2024' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ selfLevel: 4, abilities: { selfAssess: true, verify: false } });
    res = await call(app, operator, 'PUT', `${base}/indicators/4/self-assessment`, { level: 4, explanation: '' });
    expect(res.status).toBe(403);
    res = await call(app, operator, 'PUT', `${base}/indicators/1/self-assessment`, { level: 6, explanation: '' });
    expect(res.status).toBe(422);

    res = await call(app, operator, 'POST', `${base}/indicators/1/evidence/file`, pdfForm());
    expect(res.status).toBe(200);
    const withFile = (await res.json()) as { evidence: { id: string; file: { sha256: string } }[] };
    expect(withFile.evidence).toHaveLength(1);
    res = await call(app, operator, 'GET', `${base}/indicators/1/evidence/${withFile.evidence[0].id}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-sha256')).toBe(withFile.evidence[0].file.sha256);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes);

    res = await call(app, assessor, 'PUT', `${base}/indicators/1/verification`, { decision: 'agree' }, { 'accept-language': 'id' });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED', title: 'Indikator 1 belum dikirim oleh perangkat daerah penanggung jawab.' });
    res = await call(app, operator, 'POST', `${base}/indicators/1/submit`, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'submitted', abilities: { selfAssess: false, submit: false } });
    res = await call(app, operator, 'POST', `${base}/indicators/1/submit`, {});
    expect(res.status).toBe(409);
    res = await call(app, assessor, 'POST', `${base}/indicators/1/return`, { note: '' });
    expect(res.status).toBe(422);
    res = await call(app, operator, 'POST', `${base}/indicators/1/return`, { note: 'Lengkapi' });
    expect(res.status).toBe(403);
    res = await call(app, assessor, 'POST', `${base}/indicators/1/return`, { note: 'Lampirkan Perwal yang ditandatangani' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'returned' });
    res = await call(app, operator, 'POST', `${base}/indicators/1/submit`, { note: 'Perwal terlampir' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { exchanges: { kind: string; note: string | null }[] }).exchanges.map((x) => [x.kind, x.note])).toEqual([
      ['submitted', null],
      ['returned', 'Lampirkan Perwal yang ditandatangani'],
      ['submitted', 'Perwal terlampir'],
    ]);
    res = await call(app, operator, 'PUT', `${base}/indicators/1/verification`, { decision: 'agree' });
    expect(res.status).toBe(403);
    res = await call(app, assessor, 'PUT', `${base}/indicators/1/verification`, { decision: 'adjust', level: 2 });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { fields: Record<string, string> }).fields).toEqual({ note: 'VERIFICATION_NOTE_REQUIRED' });
    res = await call(app, assessor, 'PUT', `${base}/indicators/1/verification`, { decision: 'adjust', level: 2, note: 'Belum direviu secara periodik' });
    expect(res.status).toBe(200);

    res = await call(app, operator, 'GET', `${base}/results`);
    const results = (await res.json()) as { complete: boolean; missing: number[]; final: { index: { exact: number } }; selfAssessed: { index: { exact: number } } };
    const spbe = findFramework('permenpanrb-59-2020');
    const atOne = Object.fromEntries(spbe.indicators.map((i) => [i.number, 1 as Level]));
    expect(results.complete).toBe(false);
    expect(results.missing).toHaveLength(46);
    expect(results.final.index.exact).toBe(calculateIndex(spbe, { ...atOne, 1: 2 }).index.exact);
    expect(results.selfAssessed.index.exact).toBe(calculateIndex(spbe, { ...atOne, 1: 4 }).index.exact);

    res = await call(app, operator, 'POST', `${base}/what-if`, { changes: { '13': 4 } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { delta: { exact: number } }).delta.exact).toBeCloseTo(0.075, 10);
    res = await call(app, operator, 'POST', `${base}/what-if`, { changes: { '99': 4 } });
    expect(res.status).toBe(422);

    res = await call(app, operator, 'GET', `${base}/export/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const report = Buffer.from(await res.arrayBuffer());
    expect(report.subarray(0, 5).toString()).toBe('%PDF-');
    // issued through platform/documents: signed, with a verification page
    expect(report.includes('/ByteRange')).toBe(true);
    res = await call(app, operator, 'GET', `${base}/export/xlsx`, undefined, { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

    const other = await createTestTenant(database.db);
    const stranger = await signIn(app, other.input.admin.email, undefined, other.slug);
    expect((await call(app, stranger, 'GET', base)).status).toBe(404);
    expect((await call(app, stranger, 'PUT', `${base}/indicators/1/self-assessment`, { level: 1, explanation: '' })).status).toBe(404);
    expect((await call(app, null, 'GET', base)).status).toBe(401);
  }, 120_000);

  it('a submitted cycle answers 409 to every write', async () => {
    const all = findFramework('permenpanrb-59-2020').indicators.map((i) => i.number);
    const s = await createEvaluationSetup(database.db, { indicatorsForA: all, indicatorsForB: [] });
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const [operator, assessor, admin] = await Promise.all([signIn(app, s.operatorA.user.email, undefined, s.slug), signIn(app, s.assessor.user.email, undefined, s.slug), signIn(app, s.input.admin.email, undefined, s.slug)]);
    for (const n of all) {
      expect((await call(app, operator, 'PUT', `${base}/indicators/${n}/self-assessment`, { level: 3, explanation: '' })).status).toBe(200);
      expect((await call(app, operator, 'POST', `${base}/indicators/${n}/submit`, {})).status).toBe(200);
    }
    expect((await call(app, admin, 'POST', `${base}/advance`, { to: 'self_assessed' })).status).toBe(200);
    for (const n of all) expect((await call(app, assessor, 'PUT', `${base}/indicators/${n}/verification`, { decision: 'agree' })).status).toBe(200);
    expect((await call(app, assessor, 'POST', `${base}/advance`, { to: 'verified' })).status).toBe(200);
    const res = await call(app, admin, 'POST', `${base}/advance`, { to: 'submitted' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'submitted', abilities: { manage: false } });
    const refused = await call(app, operator, 'PUT', `${base}/indicators/2/self-assessment`, { level: 5, explanation: '' }, { 'accept-language': 'en' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'EVALUATION_SUBMITTED', title: 'The 2025 evaluation has been submitted to the regional head and can no longer be changed.' });
    expect((await call(app, admin, 'PUT', `${base}/assignments`, { assignments: [{ indicator: 1, agencyId: null }] })).status).toBe(409);
    expect((await call(app, operator, 'POST', `${base}/indicators/2/evidence/file`, pdfForm())).status).toBe(409);
    const history = (await (await call(app, operator, 'GET', `${base}/history`)).json()) as { action: string }[];
    expect(history[0].action).toBe('evaluation.submit');
  }, 240_000);

  it('PermenPANRB 8/2026 from secondary sources: every uncertain value is marked in the results, the list, the workbook and the PDF', async () => {
    const s = await createEvaluationSetup(database.db, { year: 2026, frameworkId: 'permenpanrb-8-2026', indicatorsForA: [1, 2], indicatorsForB: [3] });
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const operator = await signIn(app, s.operatorA.user.email, undefined, s.slug);
    const fw = findFramework('permenpanrb-8-2026');
    const results = (await (await call(app, operator, 'GET', `${base}/results`)).json()) as CycleResults;
    expect(results.uncertain.framework?.confidence).toBe(fw.uncertain!.confidence);
    expect(results.uncertain.index?.confidence).toBe(fw.method.uncertain!.confidence);
    expect(results.uncertain.predicate?.confidence).toBe(fw.predicates.find((p) => p.key === results.final.predicate.key)!.uncertain!.confidence);
    expect(results.uncertain.aspects.map((a) => a.uncertain?.confidence)).toEqual(fw.aspects.map((a) => a.uncertain?.confidence));
    expect(results.indicators.map((i) => i.uncertain?.confidence)).toEqual(fw.indicators.map((i) => i.uncertain?.confidence));
    expect(results.priorities.every((p) => p.uncertain?.confidence === fw.indicators.find((i) => i.number === p.indicator)!.uncertain?.confidence)).toBe(true);
    expect(results.history.find((h) => h.year === 2026)?.uncertain?.confidence).toBe(fw.uncertain!.confidence);
    const list = (await (await call(app, operator, 'GET', '/api/v1/evaluations')).json()) as { year: number; uncertain: { confidence: string } | null }[];
    expect(list.find((c) => c.year === 2026)?.uncertain?.confidence).toBe(fw.uncertain!.confidence);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await call(app, operator, 'GET', `${base}/export/xlsx`)).arrayBuffer());
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = header.indexOf('Kepastian data kerangka');
    expect(column).toBeGreaterThan(0);
    for (const i of fw.indicators) expect(String(sheet.getRow(i.number + 1).getCell(column).value)).toBe(`Belum pasti (${i.uncertain!.confidence}): ${i.uncertain!.reason.id}`);

    const pdf = extractPdfText(Buffer.from(await (await call(app, operator, 'GET', `${base}/export/pdf`)).arrayBuffer()));
    expect(pdf).toContain(`Rumus dan bobot indeks belum pasti [Belum pasti ${fw.method.uncertain!.confidence}]`);
    expect(pdf).toContain(`[Belum pasti ${fw.indicators[0].uncertain!.confidence}]`);
    expect(pdf).toContain(`[Belum pasti ${fw.aspects[0].uncertain!.confidence}]`);
  }, 120_000);

  it('evidence by web address and by a picked Simpul record; the coordinator’s people picker', async () => {
    const s = await createEvaluationSetup(database.db);
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const policy = await setInternalPolicy(database.db, s.admin, 'architecture', { title: null, decreeNumber: 'Perwal 12/2024', decreeDate: '2024-03-01' });
    const [operator, other, coordinator] = await Promise.all([
      signIn(app, s.operatorA.user.email, undefined, s.slug),
      signIn(app, s.operatorB.user.email, undefined, s.slug),
      signIn(app, s.coordinator.user.email, undefined, s.slug),
    ]);
    let res = await call(app, operator, 'POST', `${base}/indicators/2/evidence/url`, { url: 'javascript:alert(1)', label: 'x' });
    expect(res.status).toBe(422);
    res = await call(app, operator, 'POST', `${base}/indicators/2/evidence/url`, { url: 'https://satudata.dumaikota.example/dasbor', label: 'Dasbor Satu Data' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { evidence: unknown[] }).evidence).toMatchObject([{ kind: 'url', url: 'https://satudata.dumaikota.example/dasbor', label: 'Dasbor Satu Data' }]);
    expect((await call(app, other, 'GET', `${base}/indicators/2/record-options`)).status).toBe(403);
    const options = (await (await call(app, operator, 'GET', `${base}/indicators/2/record-options`)).json()) as { recordType: string; recordId: string; detail: string | null }[];
    expect(options.filter((o) => o.recordType === 'internal_policy')).toEqual([expect.objectContaining({ recordId: policy.id, detail: 'Perwal 12/2024' })]);
    expect((await call(app, operator, 'GET', `${base}/team-candidates`)).status).toBe(403);
    const people = (await (await call(app, coordinator, 'GET', `${base}/team-candidates`)).json()) as { userId: string }[];
    expect(people.map((p) => p.userId)).toEqual(expect.arrayContaining([s.operatorA.user.id, s.assessor.user.id, s.coordinator.user.id]));
  }, 120_000);

  it('the coordinator downloads the assignment template and imports it filled: checked first, saved on commit', async () => {
    const s = await createEvaluationSetup(database.db);
    const base = `/api/v1/evaluations/${s.cycleId}`;
    const [admin, operator] = await Promise.all([signIn(app, s.input.admin.email, undefined, s.slug), signIn(app, s.operatorA.user.email, undefined, s.slug)]);
    expect((await call(app, operator, 'GET', `${base}/assignments/template`)).status).toBe(403);
    const res = await call(app, admin, 'GET', `${base}/assignments/template`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(48);
    // indicator 1 is agency A's; the coordinator gives indicator 5 to agency B and writes a typo on 6
    expect(String(sheet.getCell('D2').value)).toBe(`${s.agencyA.code} — ${s.agencyA.name}`);
    sheet.getCell('D6').value = `${s.agencyB.code} — ${s.agencyB.name}`;
    sheet.getCell('D7').value = 'DINAS TIDAK ADA';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const form = () => {
      const f = new FormData();
      f.append('file', new File([new Uint8Array(filled)], 'penugasan.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return f;
    };
    const checked = (await (await call(app, admin, 'POST', `${base}/assignments/import`, form())).json()) as { committed: boolean; valid: number; invalid: number; rows: { row: number; errors: { message: string }[] }[] };
    expect(checked).toMatchObject({ committed: false, valid: 46, invalid: 1 });
    expect(checked.rows.find((r) => r.row === 7)?.errors[0].message).toBe('Perangkat daerah "DINAS TIDAK ADA" tidak dikenal.');
    let cycle = (await (await call(app, admin, 'GET', base)).json()) as { indicators: { number: number; agencyId: string | null }[] };
    expect(cycle.indicators.find((i) => i.number === 5)?.agencyId).toBeNull();
    const committed = (await (await call(app, admin, 'POST', `${base}/assignments/import?commit=true`, form())).json()) as { imported: number };
    expect(committed.imported).toBe(46);
    cycle = (await (await call(app, admin, 'GET', base)).json()) as typeof cycle;
    expect(cycle.indicators.filter((i) => i.agencyId).map((i) => [i.number, i.agencyId])).toEqual([[1, s.agencyA.id], [2, s.agencyA.id], [3, s.agencyA.id], [4, s.agencyB.id], [5, s.agencyB.id]]);
  }, 120_000);
});

describe('internal policies and periodic reports over HTTP', () => {
  it('the register accepts a decree and a review from the ICT office only', async () => {
    const s = await createEvaluationSetup(database.db);
    const [admin, operator] = await Promise.all([signIn(app, s.input.admin.email, undefined, s.slug), signIn(app, s.operatorA.user.email, undefined, s.slug)]);
    expect((await call(app, operator, 'PUT', '/api/v1/internal-policies/ict_audit', { decreeNumber: 'Perwal 3/2025', decreeDate: '2025-01-15' })).status).toBe(403);
    expect((await call(app, admin, 'PUT', '/api/v1/internal-policies/unknown_policy', { decreeNumber: 'x', decreeDate: '2025-01-15' })).status).toBe(404);
    expect((await call(app, admin, 'PUT', '/api/v1/internal-policies/ict_audit', { decreeNumber: 'Perwal 3/2025', decreeDate: '2025-01-15' })).status).toBe(200);
    expect((await call(app, admin, 'POST', '/api/v1/internal-policies/ict_audit/file', pdfForm())).status).toBe(200);
    const res = await call(app, admin, 'POST', '/api/v1/internal-policies/ict_audit/reviews', { reviewedAt: '2026-01-10', summary: 'Reviu tahunan' });
    expect(res.status).toBe(201);
    const listed = (await (await call(app, operator, 'GET', '/api/v1/internal-policies')).json()) as { code: string; indicator: number; reviews: unknown[]; file: unknown }[];
    expect(listed.find((p) => p.code === 'ict_audit')).toMatchObject({ indicator: 9, reviews: [{ reviewedAt: '2026-01-10' }], file: { fileName: 'sk-arsitektur.pdf' } });
  });

  it('Jambi 10/2017 Ps 22(3): the warning for an agency that did not report is recorded through the API', async () => {
    const s = await createEvaluationSetup(database.db);
    const [admin, operator] = await Promise.all([signIn(app, s.input.admin.email, undefined, s.slug), signIn(app, s.operatorA.user.email, undefined, s.slug)]);
    const year = new Date().getUTCFullYear() - 1;
    expect((await call(app, operator, 'PUT', '/api/v1/periodic-reports/schedule', { periodMonths: 6, deadlineDays: 10, startsOn: `${year}-01-01` })).status).toBe(403);
    let res = await call(app, admin, 'PUT', '/api/v1/periodic-reports/schedule', { periodMonths: 6, deadlineDays: 10, startsOn: `${year}-01-01` });
    expect(res.status).toBe(200);
    const form = pdfForm();
    form.append('agencyId', s.agencyA.id);
    form.append('periodStart', `${year}-01-01`);
    form.append('notes', 'Semester I');
    expect((await call(app, operator, 'POST', '/api/v1/periodic-reports/submissions', form)).status).toBe(201);
    res = await call(app, admin, 'GET', '/api/v1/periodic-reports');
    const overview = (await res.json()) as { missing: { agencyId: string; period: { start: string } }[] };
    expect(overview.missing.filter((m) => m.period.start === `${year}-01-01`).map((m) => m.agencyId)).toEqual([s.agencyB.id]);
    res = await call(app, admin, 'POST', '/api/v1/periodic-reports/warnings', { agencyId: s.agencyB.id, periodStart: `${year}-01-01`, number: '800/1/2026', issuedOn: `${year + 1}-01-05`, text: 'Teguran Wali Kota' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ warnings: [{ agencyId: s.agencyB.id, number: '800/1/2026' }] });
  });
});
