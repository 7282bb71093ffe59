import { describe, expect, it } from 'vitest';
import { demoEmail, fileForm, printServerLogOnFailure, signIn, simpul, type ApiSession } from './support/api';
import { buildPng } from '../support/certificates';
import { download, expectSameFile, expectSignedPdf, expectWorkbook, expectZip, sha256, type Download } from './support/file-checks';
import {
  deliverHandoverFile,
  draftAttestation,
  enactInternalPolicy,
  fileTechnicalRecommendation,
  publishDataset,
  registerSubdomain,
  startEvaluation,
  submitPeriodicReport,
} from './support/records';

/**
 * Every file the API offers, downloaded from the running process and checked with an
 * independent tool. The table is keyed by OpenAPI operation; the last test fails for any
 * operation of /api/openapi.json that answers a file and has no row here.
 */
printServerLogOnFailure();

const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};
const admin = once(() => signIn(demoEmail('admin.spbe')));
const records = {
  decidedRequest: once(() => fileTechnicalRecommendation({ decide: true })),
  dataset: once(() => publishDataset()),
  evaluation: once(async () => startEvaluation(await admin())),
  policy: once(async () => enactInternalPolicy(await admin())),
  report: once(async () => submitPeriodicReport(await admin())),
  handover: once(() => deliverHandoverFile()),
  subdomain: once(async () => registerSubdomain(await admin())),
  attestation: once(() => draftAttestation()),
};

/**
 * An export holds what the list holds. Other files of the layer write at the same time, so
 * the list is read before and after the export and the export counted only when both agree.
 */
async function exportMatchingList(session: ApiSession, listPath: string, exportPath: string, check: (file: Download, total: number) => Promise<number>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = (await session.get<{ total: number }>(listPath)).total;
    const file = await download(session, `/api/v1${exportPath}`);
    const after = (await session.get<{ total: number }>(listPath)).total;
    if (before !== after) continue;
    const rows = await check(file, before);
    expect(rows).toBe(before);
    return before;
  }
  throw new Error(`${listPath} kept changing while ${exportPath} was exported`);
}

const registryExport = (listPath: string, exportPath: string, expected: { sheet: string; header: string[]; fileName: RegExp }, before?: () => Promise<unknown>) => async () => {
  await before?.();
  const session = await admin();
  const total = await exportMatchingList(session, listPath, exportPath, async (file) => (await expectWorkbook(file, { sheets: [expected.sheet], header: expected.header, fileName: expected.fileName })).rows.length);
  expect(total).toBeGreaterThan(0);
};

/** An import template: the registry's columns, no rows, and drop-down lists of allowed values (list validations). */
const registryTemplate = (path: string, expected: { sheet: string; header: string[]; fileName: RegExp; session?: () => Promise<ApiSession> }) => async () => {
  const file = await download(await (expected.session ?? admin)(), `/api/v1${path}`);
  const { workbook } = await expectWorkbook(file, { sheets: [expected.sheet, 'Pilihan'], sheet: expected.sheet, header: expected.header, rows: 0, fileName: expected.fileName });
  const rules = Object.values((workbook.getWorksheet(expected.sheet) as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model);
  expect(rules.filter((r) => r.type === 'list').length).toBeGreaterThan(1);
  expect(rules.every((r) => /^'Pilihan'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/.test(r.formulae[0]))).toBe(true);
  expect(workbook.getWorksheet('Pilihan')!.state).toBe('hidden');
};

type Case = () => Promise<void>;

const downloads: Record<string, Case> = {
  'GET /api/v1/agencies/export': registryExport('/agencies?pageSize=1', '/agencies/export', { sheet: 'Perangkat Daerah', header: ['ID Simpul', 'Kode', 'Nama Perangkat Daerah'], fileName: /^perangkat-daerah-\d{4}-\d{2}-\d{2}\.xlsx$/ }),
  'GET /api/v1/applications/export': registryExport('/applications?pageSize=1', '/applications/export', { sheet: 'Aplikasi SPBE', header: ['ID Simpul', 'Nama Aplikasi'], fileName: /\.xlsx$/ }),
  'GET /api/v1/datasets/export': registryExport('/datasets?pageSize=1', '/datasets/export', { sheet: 'Katalog Data', header: ['ID Simpul', 'Judul Data'], fileName: /\.xlsx$/ }, records.dataset),
  'GET /api/v1/ict-assets/export': registryExport('/ict-assets?pageSize=1', '/ict-assets/export', { sheet: 'Aset TIK', header: ['ID Simpul', 'Kode Perangkat Daerah', 'Kode Barang'], fileName: /^aset-tik-.*\.xlsx$/ }),
  'GET /api/v1/ict-assets/template': registryTemplate('/ict-assets/template', { sheet: 'Aset TIK', header: ['Kode Perangkat Daerah', 'Kode Barang'], fileName: /^templat-aset-tik-.*\.xlsx$/ }),
  'GET /api/v1/agencies/template': registryTemplate('/agencies/template', { sheet: 'Perangkat Daerah', header: ['Kode', 'Nama Perangkat Daerah', 'Jenis'], fileName: /^templat-perangkat-daerah-\d{4}-\d{2}-\d{2}\.xlsx$/ }),
  'GET /api/v1/applications/template': registryTemplate('/applications/template', { sheet: 'Aplikasi SPBE', header: ['Nama Aplikasi'], fileName: /^templat-aplikasi-.*\.xlsx$/ }),
  'GET /api/v1/datasets/template': registryTemplate('/datasets/template', { sheet: 'Katalog Data', header: ['Judul Data'], fileName: /^templat-dataset-.*\.xlsx$/, session: () => signIn(demoEmail('operator.dinkes')) }),
  'GET /api/v1/audit/export': async () => {
    const inspector = await signIn(demoEmail('auditor.inspektorat'));
    const [agency] = (await inspector.get<{ items: { id: string; code: string; name: string }[] }>('/agencies?pageSize=1')).items;
    const listed = await inspector.get<{ action: string; agencyId: string | null }[]>(`/audit?agencyId=${agency.id}&limit=500`);
    expect(listed.length).toBeGreaterThan(0);
    const file = await download(inspector, `/api/v1/audit/export?agencyId=${agency.id}&tz=Asia%2FJakarta`);
    const { rows } = await expectWorkbook(file, { sheets: ['Jejak audit'], header: ['No.', 'Waktu', 'Pelaku', 'Tindakan', 'Jenis rekaman', 'Rekaman', 'Perangkat daerah'], fileName: /^jejak-audit-\d{4}-\d{2}-\d{2}\.xlsx$/ });
    // the filter holds: the agency's entries only (the list may have grown by then, never shrunk)
    expect(rows.length).toBeGreaterThanOrEqual(listed.length);
    for (const row of rows) {
      expect(row.getCell(2).value).toBeInstanceOf(Date);
      // the action in words, its code kept in its own column
      expect(String(row.getCell(4).value)).not.toBe(String(row.getCell(8).value));
      expect(row.getCell(7).value).toBe(`${agency.code} — ${agency.name}`);
    }
    // the trail is the ICT office's and the inspectorate's: an operator gets no file
    expect((await download(await signIn(demoEmail('operator.dinkes')), '/api/v1/audit/export')).status).toBe(403);
  },
  'GET /api/v1/subdomains/export': registryExport('/subdomains?pageSize=1', '/subdomains/export', { sheet: 'Subdomain', header: ['Nama Lengkap'], fileName: /\.xlsx$/ }, records.subdomain),

  'GET /api/v1/applications/{id}/handover/{code}/file': async () => {
    const { applicationId, code, file } = await records.handover();
    const operator = await signIn(demoEmail('operator.dinkes'));
    expectSameFile(await download(operator, `/api/v1/applications/${applicationId}/handover/${code}/file`), file);
    // the planner reads every registry; the file is the same for every reader
    expectSameFile(await download(await signIn(demoEmail('perencana.bappeda')), `/api/v1/applications/${applicationId}/handover/${code}/file`), file);
  },
  'GET /api/v1/datasets/{id}/resources/{resourceId}/file': async () => {
    const { id, resource } = await records.dataset();
    expectSameFile(await download(await signIn(demoEmail('operator.dinkes')), `/api/v1/datasets/${id}/resources/${resource.id}/file`), resource);
  },
  'GET /api/public/{tenant}/datasets/{name}/resources/{resourceId}/download': async () => {
    const { name, resource } = await records.dataset();
    const { slug } = simpul().demo;
    // the portal lists the resource with a URL on the served port, and that URL gives the file to anyone
    const portal = (await (await fetch(`${simpul().baseUrl}/api/public/${slug}/datasets/${name}`)).json()) as { resources: { id: string; url: string; sha256: string }[] };
    const listed = portal.resources.find((r) => r.id === resource.id)!;
    expect(listed.url).toBe(`${simpul().publicUrl}/api/public/${slug}/datasets/${name}/resources/${resource.id}/download`);
    expectSameFile(await download(null, listed.url.replace(simpul().publicUrl, simpul().baseUrl)), resource);
    // CKAN clients find the same URL through package_show
    const ckan = (await (await fetch(`${simpul().baseUrl}/t/${slug}/api/3/action/package_show?id=${name}`)).json()) as { success: boolean; result: { resources: { id: string; url: string }[] } };
    expect(ckan.success).toBe(true);
    expect(ckan.result.resources.find((r) => r.id === resource.id)?.url).toBe(listed.url);
  },
  ...Object.fromEntries(
    ['/api/public/{tenant}/catalog.jsonld', '/t/{tenant}/catalog.jsonld', '/catalog.jsonld'].map((path) => [
      `GET ${path}`,
      async () => {
        const { name, resource } = await records.dataset();
        const { slug } = simpul().demo;
        const url = path === '/catalog.jsonld' ? `/catalog.jsonld?tenant=${slug}` : path.replace('{tenant}', slug);
        const file = await download(null, url);
        expect(file.status).toBe(200);
        expect(file.contentType).toMatch(/^application\/ld\+json/);
        const catalog = JSON.parse(file.content.toString('utf8'));
        expect(catalog['@context']).toBeDefined();
        const text = JSON.stringify(catalog);
        // the distribution's download URL names the served port
        expect(text).toContain(`${simpul().publicUrl}/api/public/${slug}/datasets/${name}/resources/${resource.id}/download`);
        expect(text).not.toMatch(/localhost:3000|127\.0\.0\.1:3000/);
      },
    ]),
  ),

  'GET /api/v1/letterhead/logo': async () => {
    const session = await admin();
    const logo = { content: buildPng(), fileName: 'logo-kop.png', mimeType: 'image/png' };
    await session.json('PUT', '/letterhead/logo', fileForm(logo.fileName, logo.content, logo.mimeType));
    expectSameFile(await download(session, '/api/v1/letterhead/logo'), logo);
    // the letterhead is the administrator's: an operator gets no logo from this route
    expect((await download(await signIn(demoEmail('operator.dinkes')), '/api/v1/letterhead/logo')).status).toBe(403);
  },
  'GET /api/public/{tenant}/logo': async () => {
    const session = await admin();
    const logo = { content: buildPng(6, [10, 120, 60]), fileName: 'logo-masuk.png', mimeType: 'image/png' };
    await session.json('PUT', '/letterhead/logo', fileForm(logo.fileName, logo.content, logo.mimeType));
    // the sign-in page's logo, no session: the picture every letter of the tenant carries
    expectSameFile(await download(null, `/api/public/${simpul().demo.slug}/logo`), logo);
  },
  'GET /api/v1/requests/{id}/attachments/{attachmentId}': async () => {
    const { id, attachment } = await records.decidedRequest();
    expectSameFile(await download(await signIn(demoEmail('kepala.diskominfo')), `/api/v1/requests/${id}/attachments/${attachment.id}`), attachment);
  },
  'GET /api/v1/requests/{id}/letters/{kind}': async () => {
    const { id, number } = await records.decidedRequest();
    const operator = await signIn(demoEmail('operator.dinkes'));
    const letter = await download(operator, `/api/v1/requests/${id}/letters/request`);
    const checked = await expectSignedPdf(letter, { text: [number] });
    expect(letter.headers.get('x-document-id')).toBe(checked.documentId);
    const decision = await download(operator, `/api/v1/requests/${id}/letters/decision`);
    const decided = await expectSignedPdf(decision, { text: [number] });
    expect(decided.documentId).not.toBe(checked.documentId);
  },

  'GET /api/v1/compliance/export/pdf': async () => {
    const session = await signIn(demoEmail('auditor.inspektorat'));
    const file = await download(session, '/api/v1/compliance/export/pdf');
    expect(file.fileName).toMatch(/^kepatuhan-\d{4}-\d{2}-\d{2}\.pdf$/);
    // issue 8 §3: the section of attested obligations with the demo's accepted statement
    await expectSignedPdf(file, { text: ['[DEMO] Pemerintah Kota Dumai', 'Kewajiban yang dinyatakan', 'Sistem Penghubung Layanan'] });
  },
  'GET /api/v1/attestations/{id}/file': async () => {
    const { id, file } = await records.attestation();
    // the Inspectorate reads the evidence it verifies
    expectSameFile(await download(await signIn(demoEmail('auditor.inspektorat')), `/api/v1/attestations/${id}/file`), file);
  },
  'GET /api/v1/compliance/export/xlsx': async () => {
    const session = await signIn(demoEmail('auditor.inspektorat'));
    const report = await session.get<{ regulations: { chapters: { obligations: unknown[] }[] }[]; agencies: unknown[]; attestations: unknown[] }>('/compliance');
    const file = await download(session, '/api/v1/compliance/export/xlsx');
    const { workbook } = await expectWorkbook(file, { sheets: ['Ringkasan', 'Perangkat Daerah', 'Temuan', 'Pernyataan'], header: ['Regulasi', 'Bab', 'Pasal', 'Kewajiban', 'Status'] });
    const dataRows = (sheet: string) => workbook.getWorksheet(sheet)!.actualRowCount - 1;
    expect(dataRows('Ringkasan')).toBe(report.regulations.flatMap((r) => r.chapters.flatMap((c) => c.obligations)).length);
    expect(dataRows('Perangkat Daerah')).toBe(report.agencies.length);
    // issue 8 §3: the demo's accepted, standing attestation is in its own sheet with its statement
    expect(dataRows('Pernyataan')).toBe(report.attestations.length);
    expect(report.attestations.length).toBeGreaterThan(0);
  },

  'GET /api/v1/evaluations/{id}/export/pdf': async () => {
    const { cycleId, year } = await records.evaluation();
    const file = await download(await admin(), `/api/v1/evaluations/${cycleId}/export/pdf`);
    expect(file.fileName).toBe(`evaluasi-spbe-${year}.pdf`);
    await expectSignedPdf(file, { text: [String(year)] });
  },
  'GET /api/v1/evaluations/{id}/export/xlsx': async () => {
    const { cycleId } = await records.evaluation();
    const session = await admin();
    const cycle = await session.get<{ indicators: unknown[] }>(`/evaluations/${cycleId}`);
    const file = await download(session, `/api/v1/evaluations/${cycleId}/export/xlsx`);
    const { workbook } = await expectWorkbook(file, {});
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect(workbook.worksheets[0].actualRowCount - 1).toBe(cycle.indicators.length);
  },
  'GET /api/v1/evaluations/{id}/assignments/template': async () => {
    const { cycleId, year } = await records.evaluation();
    const session = await admin();
    const file = await download(session, `/api/v1/evaluations/${cycleId}/assignments/template`);
    const { workbook, sheet, rows } = await expectWorkbook(file, {
      sheets: [`Penugasan ${year}`, 'Daftar Perangkat Daerah'],
      header: ['Kode indikator', 'Aspek', 'Indikator', 'Perangkat daerah penanggung jawab'],
      rows: 47,
      fileName: new RegExp(`^penugasan-indikator-${year}`),
    });
    // indicator 1 was assigned to the health office; the others are empty
    expect(String(rows[0].getCell(1).value)).toBe('I01');
    expect(String(rows[0].getCell(4).value)).toMatch(/^DINKES — /);
    const agencies = workbook.getWorksheet('Daftar Perangkat Daerah')!;
    const listed = (agencies.getColumn(1).values as unknown[]).slice(2).map(String);
    expect(listed).toContain(String(rows[0].getCell(4).value));
    // the agency column is a drop-down of that list
    const validation = sheet.getCell('D3').dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae?.[0]).toBe(`'Daftar Perangkat Daerah'!$A$2:$A$${listed.length + 1}`);
  },
  'GET /api/v1/evaluations/{id}/teams/{kind}/decree-file': async () => {
    const { cycleId, decree } = await records.evaluation();
    expectSameFile(await download(await admin(), `/api/v1/evaluations/${cycleId}/teams/assessor/decree-file`), decree);
  },
  'GET /api/v1/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/file': async () => {
    const { cycleId, evidence } = await records.evaluation();
    expectSameFile(await download(await signIn(demoEmail('operator.dinkes')), `/api/v1/evaluations/${cycleId}/indicators/1/evidence/${evidence.id}/file`), evidence);
  },

  // the evidence pack for the national portal: files named by their code (the evidence was uploaded before any level: .0.), a manifest
  'GET /api/v1/evaluations/{id}/indicators/{number}/evidence-pack': async () => {
    const { cycleId, year, evidence } = await records.evaluation();
    const entries = expectZip(await download(await signIn(demoEmail('operator.dinkes')), `/api/v1/evaluations/${cycleId}/indicators/1/evidence-pack`), {
      fileName: `data-dukung-${year}-I01.zip`,
      names: ['I01.0.1.pdf', 'daftar-data-dukung.csv'],
    });
    expect(sha256(entries['I01.0.1.pdf'])).toBe(sha256(evidence.content));
    expect(entries['daftar-data-dukung.csv'].toString('utf8')).toContain(`I01.0.1,I01,,Berkas,${evidence.fileName},I01.0.1.pdf,${sha256(evidence.content)}`);
  },
  'GET /api/v1/evaluations/{id}/evidence-pack': async () => {
    const { cycleId, year, evidence } = await records.evaluation();
    const entries = expectZip(await download(await admin(), `/api/v1/evaluations/${cycleId}/evidence-pack`), { fileName: `data-dukung-${year}.zip`, names: ['I01/I01.0.1.pdf', 'daftar-data-dukung.csv'] });
    expect(sha256(entries['I01/I01.0.1.pdf'])).toBe(sha256(evidence.content));
  },
  'GET /api/v1/evaluations/{id}/official-results/file': async () => {
    const { cycleId } = await records.evaluation();
    const session = await admin();
    const official = { content: Buffer.from('kode;nilai\nI01;3\nINDEKS;1,25\n'), fileName: 'hasil-evaluasi-resmi.csv', mimeType: 'text/csv' };
    const res = await session.request('POST', `/evaluations/${cycleId}/official-results/import?commit=true`, fileForm(official.fileName, official.content, official.mimeType));
    expect(await res.json()).toMatchObject({ committed: true, imported: 2 });
    expectSameFile(await download(session, `/api/v1/evaluations/${cycleId}/official-results/file`), official);
  },

  'GET /api/v1/internal-policies/{code}/file': async () => {
    const { code, decree } = await records.policy();
    expectSameFile(await download(await signIn(demoEmail('pemantau.spbe')), `/api/v1/internal-policies/${code}/file`), decree);
  },
  'GET /api/v1/internal-policies/{code}/reviews/{reviewId}/file': async () => {
    const { code, review } = await records.policy();
    expectSameFile(await download(await admin(), `/api/v1/internal-policies/${code}/reviews/${review.id}/file`), review);
  },
  'GET /api/v1/periodic-reports/submissions/{id}/file': async () => {
    const { id, file } = await records.report();
    expectSameFile(await download(await signIn(demoEmail('operator.dinkes')), `/api/v1/periodic-reports/submissions/${id}/file`), file);
  },
};

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

/** Operations whose success answer is something other than JSON: a file. */
async function listFileOperations(): Promise<string[]> {
  const doc = (await (await fetch(`${simpul().baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
  const found: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(operations)) {
      const types = Object.entries(operation.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status))
        .flatMap(([, response]) => Object.keys(response.content ?? {}));
      if (types.some((type) => type !== 'application/json')) found.push(`${method.toUpperCase()} ${path}`);
    }
  return found.sort();
}

describe(`an exported registry imports back unchanged, through the running process (${simpul().kind})`, () => {
  // issue 8 §4: importing the demo's application export created 159 duplicates; agencies were all refused
  for (const registry of ['/applications', '/agencies']) {
    it(`${registry}: export, then import with commit: every row unchanged, nothing created or updated`, async () => {
      const session = await admin();
      const file = await download(session, `/api/v1${registry}/export`);
      expect(file.status).toBe(200);
      const res = await session.request('POST', `${registry}/import?commit=true`, fileForm('ekspor.xlsx', file.content, file.contentType));
      expect(res.status).toBe(200);
      const report = (await res.json()) as { total: number; invalid: number; created: number; updated: number; unchanged: number; rows: { status: string }[] };
      expect(report.total).toBeGreaterThan(5);
      expect(report, JSON.stringify(report.rows.filter((r) => r.status !== 'unchanged').slice(0, 3))).toMatchObject({ invalid: 0, created: 0, updated: 0, unchanged: report.total });
    });
  }
});

describe(`every file the API offers, from the running process (${simpul().kind})`, () => {
  for (const [operation, check] of Object.entries(downloads)) it(operation, check);

  it('every operation of /api/openapi.json that answers a file has a row in this table', async () => {
    const operations = await listFileOperations();
    // the document is read from the process: PDFs, workbooks, stored files, JSON-LD
    expect(operations).toContain('GET /api/v1/compliance/export/pdf');
    expect(operations).toContain('GET /api/v1/applications/export');
    expect(operations.filter((op) => !(op in downloads))).toEqual([]);
    expect(Object.keys(downloads).filter((op) => !operations.includes(op))).toEqual([]);
  });
});
