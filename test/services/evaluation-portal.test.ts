import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestUser } from '../../src/server/testing/factories';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { addEvidenceFile, addEvidenceUrl, getIndicator, removeEvidence, selfAssess, submitIndicator, verifyIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { exportEvidencePack } from '../../src/server/modules/evaluations/evidence-pack';
import { importOfficialResults } from '../../src/server/modules/evaluations/official-results-service';
import { compareWithOfficial, getOfficialComparison } from '../../src/server/modules/evaluations/official-comparison';
import { findEntityHistory } from '../../src/server/modules/audit-trail/service';
import { calculateIndex, findFramework, type IndicatorLevels, type Level } from '../../src/evaluation';
import { defaultImportLimits } from '../../src/server/platform/excel/read-sheet';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const store = createDiskFileStore(mkdtempSync(join(tmpdir(), 'simpul-portal-')));
const pdf = (name: string, text = name) => ({ content: Buffer.from(`%PDF-1.4\n% ${text}\n`), fileName: `${name}.pdf`, mimeType: 'application/pdf' });
const csv = (text: string, fileName = 'hasil-resmi.csv') => ({ content: Buffer.from(text, 'utf8'), fileName, mimeType: 'text/csv' });
const spbe = findFramework('permenpanrb-59-2020');

/** The names in a ZIP as Debian's unzip lists them (an independent reader). */
function listZip(content: Buffer): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'simpul-pack-')), 'pack.zip');
  writeFileSync(path, content);
  return execFileSync('zipinfo', ['-1', path], { encoding: 'utf8' }).trim().split('\n').sort();
}
function readZipEntry(content: Buffer, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'simpul-pack-')), 'pack.zip');
  writeFileSync(path, content);
  return execFileSync('unzip', ['-p', path, name], { encoding: 'utf8' });
}

describe('evidence codes (Simpul’s reading of the portal’s indicator.level.item coding)', () => {
  it('codes an item by indicator, the level it supports and its number; a removed item’s number is never given again', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    // no answer yet and no level named: level 0
    let detail = await addEvidenceFile(db, s.operatorA.ctx, store, s.cycleId, 1, pdf('sk-tim'));
    expect(detail.evidence.map((e) => e.code)).toEqual(['I01.0.1']);
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal arsitektur' });
    // the answer's level at the time, or the one named
    detail = await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 1, { url: 'https://dumai.go.id/arsitektur', label: 'Halaman arsitektur' });
    detail = await addEvidenceFile(db, s.operatorA.ctx, store, s.cycleId, 1, pdf('perwal'), { level: 4 });
    expect(detail.evidence.map((e) => [e.code, e.level])).toEqual([['I01.0.1', null], ['I01.3.2', 3], ['I01.4.3', 4]]);
    detail = await removeEvidence(db, s.operatorA.ctx, s.cycleId, 1, detail.evidence[1].id);
    expect(detail.evidence.map((e) => e.code)).toEqual(['I01.0.1', 'I01.4.3']);
    // the answer's level changes later: the codes already given stay
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 5, explanation: 'Perwal dan reviu' });
    detail = await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 1, { url: 'https://dumai.go.id/reviu', label: 'Reviu' });
    expect(detail.evidence.map((e) => e.code)).toEqual(['I01.0.1', 'I01.4.3', 'I01.5.4']);
    // numbering is per indicator
    const other = await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 2, { url: 'https://dumai.go.id/peta', label: 'Peta rencana', level: 2 });
    expect(other.evidence.map((e) => e.code)).toEqual(['I02.2.1']);
  });
});

describe('evidence pack', () => {
  it('one indicator: files named by their code and a manifest of every item, read back with unzip; the cycle: a folder per indicator', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal 12/2024, "ditetapkan"' });
    await addEvidenceFile(db, s.operatorA.ctx, store, s.cycleId, 1, pdf('perwal-arsitektur', 'isi perwal'));
    await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 1, { url: 'https://dumai.go.id/arsitektur', label: 'Halaman arsitektur' });
    await addEvidenceFile(db, s.operatorA.ctx, store, s.cycleId, 2, pdf('peta-rencana'), { level: 2 });
    const pack = await exportEvidencePack(db, s.operatorA.ctx, store, s.cycleId, 1);
    expect(pack.baseName).toBe('data-dukung-2025-I01');
    expect(listZip(pack.content)).toEqual(['I01.3.1.pdf', 'daftar-data-dukung.csv']);
    expect(readZipEntry(pack.content, 'I01.3.1.pdf')).toBe('%PDF-1.4\n% isi perwal\n');
    const manifest = readZipEntry(pack.content, 'daftar-data-dukung.csv').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(manifest[0]).toBe('Kode data dukung,Kode indikator,Tingkat,Jenis,Judul,Berkas / tautan / rekaman,SHA-256,Penjelasan indikator');
    expect(manifest[1]).toMatch(/^I01\.3\.1,I01,3,Berkas,perwal-arsitektur\.pdf,I01\.3\.1\.pdf,[0-9a-f]{64},"Perwal 12\/2024, ""ditetapkan"""$/);
    expect(manifest[2]).toBe('I01.3.2,I01,3,Tautan,Halaman arsitektur,https://dumai.go.id/arsitektur,,"Perwal 12/2024, ""ditetapkan"""');
    const whole = await exportEvidencePack(db, s.assessor.ctx, store, s.cycleId);
    expect(whole.baseName).toBe('data-dukung-2025');
    expect(listZip(whole.content)).toEqual(['I01/I01.3.1.pdf', 'I02/I02.2.1.pdf', 'daftar-data-dukung.csv']);
    // evidence is the whole Pemda's to read (evaluation.read): another agency's operator gets the pack too
    expect(listZip((await exportEvidencePack(db, s.operatorB.ctx, store, s.cycleId, 1)).content)).toContain('I01.3.1.pdf');
    await expect(exportEvidencePack(db, s.operatorA.ctx, store, s.cycleId, 99)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('official results import', () => {
  const good = ['kode;nilai', 'I01;3', '2;4', 'Indikator 3;2', 'D1;2,85', 'A1;3,10', 'INDEKS;2,60', 'PREDIKAT;Baik'].join('\r\n');

  it('reports unknown codes and bad values row by row in Indonesian, and stores nothing while a row is bad', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const bad = ['kode,nilai', 'I01,3', 'I99,3', 'I02,6', 'I03,"2,5"', 'INDEKS,7', 'PREDIKAT,Hebat', 'I01,4', 'X9,1'].join('\n');
    const report = await importOfficialResults(db, s.admin, store, s.cycleId, csv(bad), defaultImportLimits, true);
    expect(report).toMatchObject({ committed: false, total: 8, valid: 1, invalid: 7 });
    const messages = Object.fromEntries(report.rows.filter((r) => r.status === 'invalid').map((r) => [r.row, r.errors[0].message]));
    expect(messages[3]).toBe('Kode "I99" tidak dikenal dalam kerangka evaluasi siklus ini (gunakan kode indikator seperti I01, D1 untuk domain, A1 untuk aspek, INDEKS, atau PREDIKAT).');
    expect(messages[4]).toBe('Tingkat "6" pada indikator I02 tidak sah; tingkat adalah bilangan bulat 1 sampai 5.');
    expect(messages[5]).toBe('Tingkat "2,5" pada indikator I03 tidak sah; tingkat adalah bilangan bulat 1 sampai 5.');
    expect(messages[6]).toBe('Nilai indeks "7" tidak sah; indeks adalah angka 0 sampai 5 (mis. 2,85).');
    expect(messages[7]).toMatch(/^Predikat "Hebat" tidak dikenal; pilih salah satu: .*Baik/);
    expect(messages[8]).toBe('Kode I01 sudah ada pada baris 2.');
    expect((await getOfficialComparison(db, s.admin, s.cycleId)).imported).toBeNull();
  });

  it('a good file is reported, then stored on commit; a re-import replaces it; each commit is audited; a viewer or an operator may not import', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const preview = await importOfficialResults(db, s.coordinator.ctx, store, s.cycleId, csv(good), defaultImportLimits, false);
    expect(preview).toMatchObject({ committed: false, total: 7, valid: 7, invalid: 0 });
    expect((await getOfficialComparison(db, s.admin, s.cycleId)).imported).toBeNull();
    const stored = await importOfficialResults(db, s.coordinator.ctx, store, s.cycleId, csv(good), defaultImportLimits, true);
    expect(stored).toMatchObject({ committed: true, imported: 7 });
    let comparison = await getOfficialComparison(db, s.operatorA.ctx, s.cycleId);
    expect(comparison.imported).toMatchObject({ fileName: 'hasil-resmi.csv', byName: s.coordinator.user.name });
    expect(comparison.indicators.slice(0, 4).map((i) => i.officialLevel)).toEqual([3, 4, 2, null]);
    expect(comparison.index).toMatchObject({ official: 2.6, computed: false });
    expect(comparison.predicate.official).toBe(spbe.predicates.find((p) => p.name === 'Baik')!.key);
    expect(comparison.domains.find((d) => d.number === 1)?.official).toBe(2.85);
    expect(comparison.aspects.find((a) => a.number === 1)?.official).toBe(3.1);
    // the same file again: the same stored state; another file: replaced, nothing of the first kept
    await importOfficialResults(db, s.coordinator.ctx, store, s.cycleId, csv(good), defaultImportLimits, true);
    expect((await getOfficialComparison(db, s.admin, s.cycleId)).indicators.slice(0, 4).map((i) => i.officialLevel)).toEqual([3, 4, 2, null]);
    await importOfficialResults(db, s.admin, store, s.cycleId, csv('kode,nilai\nI04,5\n', 'hasil-resmi-revisi.csv'), defaultImportLimits, true);
    comparison = await getOfficialComparison(db, s.admin, s.cycleId);
    expect(comparison.indicators.slice(0, 4).map((i) => i.officialLevel)).toEqual([null, null, null, 5]);
    expect(comparison.index.official).toBeNull();
    expect(comparison.imported?.fileName).toBe('hasil-resmi-revisi.csv');
    const history = await findEntityHistory(db, s.tenantId, 'evaluation', s.cycleId);
    expect(history.filter((h) => h.action === 'evaluation.officialResults.import')).toHaveLength(3);
    const viewer = await createTestUser(db, s.admin, [{ role: 'viewer', agencyId: null }]);
    for (const ctx of [viewer.ctx, s.operatorA.ctx, s.assessor.ctx]) {
      await expect(importOfficialResults(db, ctx, store, s.cycleId, csv(good), defaultImportLimits, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('reads the same results from an XLSX sheet; a file without any indicator is refused', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hasil');
    ws.addRow(['Kode', 'Nilai']);
    ws.addRow(['I01', 3]);
    ws.addRow(['Indeks', 2.6]);
    const xlsx = { content: Buffer.from(await wb.xlsx.writeBuffer()), fileName: 'hasil.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    expect(await importOfficialResults(db, s.admin, store, s.cycleId, xlsx, defaultImportLimits, true)).toMatchObject({ committed: true, imported: 2 });
    expect((await getOfficialComparison(db, s.admin, s.cycleId)).indicators[0].officialLevel).toBe(3);
    await expect(importOfficialResults(db, s.admin, store, s.cycleId, csv('kode;nilai\nINDEKS;2,5\n'), defaultImportLimits, false)).rejects.toMatchObject({ code: 'OFFICIAL_RESULTS_NO_INDICATOR', status: 422 });
    await expect(importOfficialResults(db, s.admin, store, s.cycleId, csv('kode;nilai\nI01;3\nI02;3\n'), { ...defaultImportLimits, maxRows: 1 }, false)).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS' });
  });
});

describe('comparison with the official results', () => {
  it('per indicator: official minus the level Simpul counts (verified, else the agency’s own)', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 4, explanation: '' });
    await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: null });
    await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'adjust', level: 2, note: 'Belum direviu' });
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 2, { level: 3, explanation: '' });
    await importOfficialResults(db, s.admin, store, s.cycleId, csv('kode;nilai\nI01;3\nI02;3\nI03;1\n'), defaultImportLimits, true);
    const c = await getOfficialComparison(db, s.admin, s.cycleId);
    expect(c.indicators.slice(0, 4)).toEqual([
      { number: 1, code: 'I01', selfLevel: 4, verifiedLevel: 2, finalLevel: 2, officialLevel: 3, difference: 1 },
      { number: 2, code: 'I02', selfLevel: 3, verifiedLevel: null, finalLevel: 3, officialLevel: 3, difference: 0 },
      { number: 3, code: 'I03', selfLevel: null, verifiedLevel: null, finalLevel: null, officialLevel: 1, difference: null },
      { number: 4, code: 'I04', selfLevel: null, verifiedLevel: null, finalLevel: null, officialLevel: null, difference: null },
    ]);
    expect(c.summary).toEqual({ compared: 2, same: 1, officialHigher: 1, officialLower: 0 });
  });

  it('with every official level and no index in the file, the official index and predicate are computed by the calculator, and marked so', () => {
    const levelOf = (n: number) => ((n % 5) + 1) as Level;
    const official = Object.fromEntries(spbe.indicators.map((i) => [String(i.number), levelOf(i.number)]));
    const rows = spbe.indicators.map((i) => ({ indicatorNumber: i.number, selfLevel: 3, verifiedLevel: null }));
    const c = compareWithOfficial(spbe, rows, { levels: official, domains: {}, aspects: { '1': 4.5 }, officialIndex: null, predicate: null });
    const expected = calculateIndex(spbe, Object.fromEntries(spbe.indicators.map((i) => [i.number, levelOf(i.number)])) as IndicatorLevels);
    const simpul = calculateIndex(spbe, Object.fromEntries(spbe.indicators.map((i) => [i.number, 3])) as IndicatorLevels);
    expect(c.index).toEqual({ simpul: simpul.index.reported, official: expected.index.reported, computed: true, difference: Math.round((expected.index.reported - simpul.index.reported) * 100) / 100 });
    expect(c.predicate).toEqual({ simpul: simpul.predicate.key, official: expected.predicate.key });
    // what the file gives wins over what is computed
    expect(c.aspects.find((a) => a.number === 1)?.official).toBe(4.5);
    expect(c.aspects.find((a) => a.number === 2)?.official).toBe(expected.aspects.find((a) => a.number === 2)!.value.reported);
    expect(c.summary.compared).toBe(spbe.indicators.length);
    expect(compareWithOfficial(spbe, rows, null).index).toEqual({ simpul: simpul.index.reported, official: null, computed: false, difference: null });
  });
});
