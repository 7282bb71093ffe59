import ExcelJS from 'exceljs';
import type { DB } from '../../src/server/platform/db/database';
import type { RequestContext } from '../../src/server/platform/context';
import type { FileStore } from '../../src/server/platform/files/file-store';
import type { EvaluationCycleRecord } from '../../src/server/platform/policy/resources/evaluation';
import { createTestAgency, createTestUser } from '../../src/server/testing/factories';
import { assignIndicators, createCycle, uploadTeamDecree } from '../../src/server/modules/evaluations/service';
import { addEvidenceFile, addEvidenceLink, selfAssess } from '../../src/server/modules/evaluations/assessment-service';
import { importOfficialResults } from '../../src/server/modules/evaluations/official-results-service';
import { defaultImportLimits } from '../../src/server/platform/excel/read-sheet';
import { addPolicyReview, setInternalPolicy, uploadPolicyFile, uploadReviewFile } from '../../src/server/modules/internal-policies/service';
import { setSchedule, submitReport } from '../../src/server/modules/periodic-reports/service';
import { addMonths } from '../../src/regulations/checks/dates';
import { fileForm, pdfBytes } from './problems';
import type { RouteCase, WalkFixtures } from './route-table';

/** What the evaluation, internal-policy and periodic-report routes act on in the walk. */
export interface EvaluationWalkFixtures {
  cycleId: string;
  /** the cycle's teams are empty: only admin and Sekda manage it, nobody verifies */
  record: EvaluationCycleRecord;
  /** indicator 1 is the own agency's, 4 another's; both answered */
  operator: RequestContext;
  evidenceFileId: string;
  policyId: string;
  reviewId: string;
  firstPeriod: string;
  submissions: { own: string; other: string };
  files: FileStore;
}

const pdf = (name: string) => ({ content: pdfBytes(name), fileName: `${name}.pdf`, mimeType: 'application/pdf' });
let n = 0;
const nextYear = () => 2040 + ++n;
let month = 2;
/** a fresh monthly period on each call, so every successful report or warning has its own */
const nextPeriod = (f: WalkFixtures) => addMonths(f.evaluation.firstPeriod, ++month);

export async function buildEvaluationWalkFixtures(db: DB, admin: RequestContext, files: FileStore, own: string, other: string): Promise<EvaluationWalkFixtures> {
  const operator = (await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: own }])).ctx;
  const otherOperator = (await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: other }])).ctx;
  const cycle = await createCycle(db, admin, { year: 2039, frameworkId: 'permenpanrb-59-2020' });
  await assignIndicators(db, admin, cycle.id, { assignments: [{ indicator: 1, agencyId: own }, { indicator: 2, agencyId: own }, { indicator: 4, agencyId: other }] });
  await selfAssess(db, operator, cycle.id, 2, { level: 2, explanation: 'walk' });
  await uploadTeamDecree(db, admin, files, cycle.id, 'assessor', pdf('sk-asesor'));
  const evidence = await addEvidenceFile(db, operator, files, cycle.id, 1, pdf('data-dukung'));
  await importOfficialResults(db, admin, files, cycle.id, { content: Buffer.from('kode;nilai\nI01;3\n'), fileName: 'hasil-resmi.csv', mimeType: 'text/csv' }, defaultImportLimits, true);
  const policy = await setInternalPolicy(db, admin, 'architecture', { title: null, decreeNumber: 'Perwal 1/2024', decreeDate: '2024-01-02' });
  await uploadPolicyFile(db, admin, files, 'architecture', pdf('perwal'));
  const review = await addPolicyReview(db, admin, 'architecture', { reviewedAt: '2025-01-02', summary: 'reviu tahunan', followUp: null });
  await uploadReviewFile(db, admin, files, 'architecture', review.id, pdf('reviu'));
  const firstPeriod = `${new Date().getUTCFullYear() - 6}-01-01`;
  await setSchedule(db, admin, { periodMonths: 1, deadlineDays: 0, startsOn: firstPeriod });
  const mine = await submitReport(db, operator, files, { agencyId: own, periodStart: firstPeriod, notes: null }, pdf('laporan'));
  const theirs = await submitReport(db, otherOperator, files, { agencyId: other, periodStart: firstPeriod, notes: null }, pdf('laporan-lain'));
  return {
    cycleId: cycle.id,
    record: { coordinationUserIds: [], assessorUserIds: [] },
    operator,
    evidenceFileId: evidence.evidence[0].id,
    policyId: policy.id!,
    reviewId: review.id,
    firstPeriod,
    submissions: { own: mine.id, other: theirs.id },
    files,
  };
}

/** A filled assignment template as a user would make it in Excel: code and agency columns only. */
async function assignmentSheet(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Penugasan');
  ws.addRow(['Kode indikator', 'Perangkat daerah penanggung jawab']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const xlsxForm = (content: Buffer) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(content)], 'penugasan.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  return form;
};

const cycle = (f: WalkFixtures) => `/api/v1/evaluations/${f.evaluation.cycleId}`;
const indicatorCases = (make: (n: 1 | 4, agencyId: (f: WalkFixtures) => string) => RouteCase): RouteCase[] => [
  { ...make(1, (f) => f.ownAgency.id), target: 'own agency' },
  { ...make(4, (f) => f.otherAgency.id), target: 'other agency' },
];
const read = (path: (f: WalkFixtures) => string): RouteCase[] => [{ permission: 'evaluation.read', request: async (f) => ({ path: path(f) }) }];

export const evaluationRouteTable: Record<string, RouteCase[]> = {
  'GET /api/v1/evaluations': read(() => '/api/v1/evaluations'),
  'POST /api/v1/evaluations': [{ permission: 'evaluation.create', request: async () => ({ path: '/api/v1/evaluations', body: { year: nextYear(), frameworkId: 'permenpanrb-59-2020' } }) }],
  'GET /api/v1/evaluations/{id}': read(cycle),
  'GET /api/v1/evaluations/{id}/history': read((f) => `${cycle(f)}/history`),
  'PUT /api/v1/evaluations/{id}/teams/{kind}': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/teams/coordination`, body: { memberUserIds: [], decreeNumber: null, decreeDate: null } }) },
  ],
  'POST /api/v1/evaluations/{id}/teams/{kind}/decree-file': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/teams/assessor/decree-file`, body: fileForm('sk.pdf', pdfBytes(`sk${++n}`)) }) },
  ],
  'GET /api/v1/evaluations/{id}/teams/{kind}/decree-file': read((f) => `${cycle(f)}/teams/assessor/decree-file`),
  'PUT /api/v1/evaluations/{id}/assignments': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/assignments`, body: { assignments: [{ indicator: 5, agencyId: f.ownAgency.id }] } }) },
  ],
  'GET /api/v1/evaluations/{id}/assignments/template': [{ permission: 'evaluation.manage', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/assignments/template` }) }],
  // a report only (no commit): nothing is saved, nothing audited
  'POST /api/v1/evaluations/{id}/assignments/import': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, audits: 0, request: async (f) => ({ path: `${cycle(f)}/assignments/import`, body: xlsxForm(await assignmentSheet([['I05', f.ownAgency.code]])) }) },
  ],
  // the cycle is not complete: allowed callers get 409 EVALUATION_INCOMPLETE, others 403
  'POST /api/v1/evaluations/{id}/advance': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, allowedErrors: [409], request: async (f) => ({ path: `${cycle(f)}/advance`, body: { to: 'self_assessed' } }) },
  ],
  'GET /api/v1/evaluations/{id}/results': read((f) => `${cycle(f)}/results`),
  'POST /api/v1/evaluations/{id}/what-if': [{ permission: 'evaluation.read', audits: 0, request: async (f) => ({ path: `${cycle(f)}/what-if`, body: { changes: { '13': 4 } } }) }],
  'GET /api/v1/evaluations/{id}/export/pdf': read((f) => `${cycle(f)}/export/pdf`),
  'GET /api/v1/evaluations/{id}/export/xlsx': read((f) => `${cycle(f)}/export/xlsx`),
  'GET /api/v1/evaluations/{id}/indicators/{number}': read((f) => `${cycle(f)}/indicators/1`),
  'PUT /api/v1/evaluations/{id}/indicators/{number}/self-assessment': indicatorCases((num, agencyId) => ({
    permission: 'evaluation.selfAssess',
    record: (f) => ({ agencyId: agencyId(f) }),
    request: async (f) => ({ path: `${cycle(f)}/indicators/${num}/self-assessment`, body: { level: 3, explanation: 'walk' } }),
  })),
  // nobody in the walk sits on the assessor team: every role is refused
  'PUT /api/v1/evaluations/{id}/indicators/{number}/verification': [
    { permission: 'evaluation.verify', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/indicators/1/verification`, body: { decision: 'agree' } }) },
  ],
  // indicator 2 is the own agency's draft (1 stays editable for the evidence routes): the first allowed caller sends it, the next get 409 (already sent)
  'POST /api/v1/evaluations/{id}/indicators/{number}/submit': [
    { target: 'own agency', permission: 'evaluation.selfAssess', record: (f) => ({ agencyId: f.ownAgency.id }), allowedErrors: [409], request: async (f) => ({ path: `${cycle(f)}/indicators/2/submit`, body: { note: null } }) },
    { target: 'other agency', permission: 'evaluation.selfAssess', record: (f) => ({ agencyId: f.otherAgency.id }), allowedErrors: [409], request: async (f) => ({ path: `${cycle(f)}/indicators/4/submit`, body: { note: null } }) },
  ],
  // nobody in the walk sits on the assessor team: every role is refused
  'POST /api/v1/evaluations/{id}/indicators/{number}/return': [
    { permission: 'evaluation.verify', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/indicators/2/return`, body: { note: 'walk' } }) },
  ],
  'POST /api/v1/evaluations/{id}/indicators/{number}/evidence/file': indicatorCases((num, agencyId) => ({
    permission: 'evaluation.selfAssess',
    record: (f) => ({ agencyId: agencyId(f) }),
    request: async (f) => ({ path: `${cycle(f)}/indicators/${num}/evidence/file`, body: fileForm('bukti.pdf', pdfBytes(`bukti${++n}`)) }),
  })),
  'POST /api/v1/evaluations/{id}/indicators/{number}/evidence/link': indicatorCases((num, agencyId) => ({
    permission: 'evaluation.selfAssess',
    record: (f) => ({ agencyId: agencyId(f) }),
    request: async (f) => ({ path: `${cycle(f)}/indicators/${num}/evidence/link`, body: { recordType: 'internal_policy', recordId: f.evaluation.policyId } }),
  })),
  'POST /api/v1/evaluations/{id}/indicators/{number}/evidence/url': indicatorCases((num, agencyId) => ({
    permission: 'evaluation.selfAssess',
    record: (f) => ({ agencyId: agencyId(f) }),
    request: async (f) => ({ path: `${cycle(f)}/indicators/${num}/evidence/url`, body: { url: 'https://satudata.example.go.id/dasbor', label: 'Dasbor Satu Data' } }),
  })),
  'GET /api/v1/evaluations/{id}/indicators/{number}/record-options': indicatorCases((num, agencyId) => ({
    permission: 'evaluation.selfAssess',
    record: (f) => ({ agencyId: agencyId(f) }),
    request: async (f) => ({ path: `${cycle(f)}/indicators/${num}/record-options` }),
  })),
  'GET /api/v1/evaluations/{id}/team-candidates': [{ permission: 'evaluation.manage', record: (f) => f.evaluation.record, request: async (f) => ({ path: `${cycle(f)}/team-candidates` }) }],
  'DELETE /api/v1/evaluations/{id}/indicators/{number}/evidence/{evidenceId}': [
    {
      target: 'own agency',
      permission: 'evaluation.selfAssess',
      record: (f) => ({ agencyId: f.ownAgency.id }),
      request: async (f) => {
        const added = await addEvidenceLink(f.db, f.evaluation.operator, f.evaluation.cycleId, 1, { recordType: 'internal_policy', recordId: f.evaluation.policyId });
        return { path: `${cycle(f)}/indicators/1/evidence/${added.evidence[added.evidence.length - 1].id}` };
      },
    },
  ],
  'GET /api/v1/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/file': read((f) => `${cycle(f)}/indicators/1/evidence/${f.evaluation.evidenceFileId}/file`),
  'GET /api/v1/evaluations/{id}/evidence-pack': read((f) => `${cycle(f)}/evidence-pack`),
  'GET /api/v1/evaluations/{id}/indicators/{number}/evidence-pack': read((f) => `${cycle(f)}/indicators/1/evidence-pack`),
  'GET /api/v1/evaluations/{id}/official-results': read((f) => `${cycle(f)}/official-results`),
  'GET /api/v1/evaluations/{id}/official-results/file': read((f) => `${cycle(f)}/official-results/file`),
  // a report only (no commit): nothing is stored, nothing audited
  'POST /api/v1/evaluations/{id}/official-results/import': [
    { permission: 'evaluation.manage', record: (f) => f.evaluation.record, audits: 0, request: async (f) => ({ path: `${cycle(f)}/official-results/import`, body: fileForm('hasil-resmi.csv', Buffer.from('kode;nilai\nI01;3\n'), 'text/csv') }) },
  ],
  'GET /api/v1/internal-policies': [{ permission: 'internalPolicy.read', request: async () => ({ path: '/api/v1/internal-policies' }) }],
  'GET /api/v1/internal-policies/{code}': [{ permission: 'internalPolicy.read', request: async () => ({ path: '/api/v1/internal-policies/architecture' }) }],
  'PUT /api/v1/internal-policies/{code}': [{ permission: 'internalPolicy.manage', request: async () => ({ path: '/api/v1/internal-policies/roadmap', body: { decreeNumber: 'Perwal 2/2024', decreeDate: '2024-02-01' } }) }],
  'POST /api/v1/internal-policies/{code}/file': [{ permission: 'internalPolicy.manage', request: async () => ({ path: '/api/v1/internal-policies/architecture/file', body: fileForm('perwal.pdf', pdfBytes(`perwal${++n}`)) }) }],
  'GET /api/v1/internal-policies/{code}/file': [{ permission: 'internalPolicy.read', request: async () => ({ path: '/api/v1/internal-policies/architecture/file' }) }],
  'POST /api/v1/internal-policies/{code}/reviews': [{ permission: 'internalPolicy.manage', request: async () => ({ path: '/api/v1/internal-policies/architecture/reviews', body: { reviewedAt: '2025-06-01', summary: 'reviu' } }) }],
  'POST /api/v1/internal-policies/{code}/reviews/{reviewId}/file': [
    { permission: 'internalPolicy.manage', request: async (f) => ({ path: `/api/v1/internal-policies/architecture/reviews/${f.evaluation.reviewId}/file`, body: fileForm('reviu.pdf', pdfBytes(`reviu${++n}`)) }) },
  ],
  'GET /api/v1/internal-policies/{code}/reviews/{reviewId}/file': [{ permission: 'internalPolicy.read', request: async (f) => ({ path: `/api/v1/internal-policies/architecture/reviews/${f.evaluation.reviewId}/file` }) }],
  'GET /api/v1/periodic-reports': [{ permission: 'periodicReport.read', request: async () => ({ path: '/api/v1/periodic-reports' }) }],
  'PUT /api/v1/periodic-reports/schedule': [
    { permission: 'periodicReport.manage', request: async (f) => ({ path: '/api/v1/periodic-reports/schedule', body: { periodMonths: 1, deadlineDays: 0, startsOn: f.evaluation.firstPeriod } }) },
  ],
  'POST /api/v1/periodic-reports/submissions': (['own agency', 'other agency'] as const).map((target) => ({
    target,
    permission: 'periodicReport.submit' as const,
    record: (f: WalkFixtures) => ({ agencyId: target === 'own agency' ? f.ownAgency.id : f.otherAgency.id }),
    request: async (f: WalkFixtures) => {
      const form = fileForm('laporan.pdf', pdfBytes(`laporan${++n}`));
      form.append('agencyId', target === 'own agency' ? f.ownAgency.id : f.otherAgency.id);
      form.append('periodStart', nextPeriod(f));
      return { path: '/api/v1/periodic-reports/submissions', body: form };
    },
  })),
  'POST /api/v1/periodic-reports/submissions/{id}/receive': [
    {
      permission: 'periodicReport.manage',
      request: async (f) => {
        const made = await submitReport(f.db, f.evaluation.operator, f.evaluation.files, { agencyId: f.ownAgency.id, periodStart: nextPeriod(f), notes: null }, { content: pdfBytes(`r${++n}`), fileName: 'l.pdf', mimeType: 'application/pdf' });
        return { path: `/api/v1/periodic-reports/submissions/${made.id}/receive` };
      },
    },
  ],
  'GET /api/v1/periodic-reports/submissions/{id}/file': (['own agency', 'other agency'] as const).map((target) => ({
    target,
    permission: 'periodicReport.read' as const,
    record: (f: WalkFixtures) => ({ agencyId: target === 'own agency' ? f.ownAgency.id : f.otherAgency.id }),
    request: async (f: WalkFixtures) => ({ path: `/api/v1/periodic-reports/submissions/${target === 'own agency' ? f.evaluation.submissions.own : f.evaluation.submissions.other}/file` }),
  })),
  'POST /api/v1/periodic-reports/warnings': [
    {
      permission: 'periodicReport.warn',
      request: async (f) => ({ path: '/api/v1/periodic-reports/warnings', body: { agencyId: (await createTestAgency(f.db, f.admin)).id, periodStart: nextPeriod(f), number: `800/${++n}`, issuedOn: '2026-01-05', text: 'Teguran' } }),
    },
  ],
};
