import { demoEmail, fileForm, signIn, uniqueMark, type ApiSession } from './api';
import { makePdf } from './file-checks';

/**
 * Records a file needs, made through the running process's public API as a real client
 * would (the demo does not hold every kind yet). Each maker names the people of the demo by
 * office and marks what it creates, so concurrent files never trip over each other.
 */

export interface Upload {
  content: Buffer;
  fileName: string;
  mimeType: string;
}

export const pdfUpload = (name: string): Upload => ({ content: makePdf(`${name} ${uniqueMark()}`), fileName: `${name}.pdf`, mimeType: 'application/pdf' });
export const upload = (session: ApiSession, path: string, file: Upload, fields: Record<string, string> = {}) =>
  session.json('POST', path, fileForm(file.fileName, file.content, file.mimeType, fields));

interface AgencyItem {
  id: string;
  code: string;
  name: string;
}
const agencyCache = new Map<string, AgencyItem>();

/** A demo agency by its code (DINKES, DISKOMINFO, …), read through the API. */
export async function findAgency(session: ApiSession, code: string): Promise<AgencyItem> {
  if (!agencyCache.has(code)) {
    const page = await session.get<{ items: AgencyItem[] }>(`/agencies?pageSize=200`);
    for (const a of page.items) agencyCache.set(a.code, a);
  }
  const found = agencyCache.get(code);
  if (!found) throw new Error(`the demo has no agency ${code}`);
  return found;
}

export interface RequestTypeItem {
  code: string;
  transitions: { name: string; statements: string[] }[];
}

/** The statements the requester acknowledges when submitting (a data-use request's confidentiality statement). */
export const submitStatements = (types: RequestTypeItem[], code: string) => types.find((t) => t.code === code)!.transitions.find((t) => t.name === 'submit')?.statements ?? [];

export interface FiledRequest {
  id: string;
  number: string;
  attachment: Upload & { id: string };
}

/**
 * A technical recommendation request (Dumai 67/2022 Ps 18; Palu 14/2022 Ps 30(1)): the health
 * office's operator files it with its terms of reference, and, when `decide`, the ICT office's
 * head approves it with a recommendation number.
 */
export async function fileTechnicalRecommendation(options: { decide: boolean }): Promise<FiledRequest> {
  const operator = await signIn(demoEmail('operator.dinkes'));
  const mark = uniqueMark();
  const types = await operator.get<RequestTypeItem[]>('/request-types');
  const created = await operator.post<{ id: string }>('/requests', {
    type: 'technical_recommendation',
    fields: { subjectKind: 'application_development', title: `Aplikasi pencatatan imunisasi ${mark}`, description: 'Aplikasi pencatatan imunisasi anak di puskesmas', fiscalYear: new Date().getFullYear() + 1, estimatedBudget: 150_000_000 },
  });
  const attachment = pdfUpload(`kak-${mark}`);
  const attached = await upload(operator, `/requests/${created.id}/attachments`, attachment);
  const statements = submitStatements(types, 'technical_recommendation');
  const submitted = await operator.post<{ number: string }>(`/requests/${created.id}/steps`, { transition: 'submit', acknowledgedStatements: statements });
  if (options.decide) {
    const ictHead = await signIn(demoEmail('kepala.diskominfo'));
    await ictHead.post(`/requests/${created.id}/steps`, { transition: 'approve', outcome: { recommendationNumber: `000.8/RT/${mark}` } });
  }
  return { id: created.id, number: submitted.number, attachment: { ...attachment, id: attached.attachments[0].id } };
}

/**
 * A public dataset the health office produces, with a CSV file, published by its steward
 * (Perpres 39/2019 Ps 21(1) huruf b) so it is in the open-data portal, CKAN and DCAT.
 */
export async function publishDataset(): Promise<{ id: string; name: string; title: string; resource: Upload & { id: string } }> {
  const operator = await signIn(demoEmail('operator.dinkes'));
  const health = await findAgency(operator, 'DINKES');
  const steward = await findAgency(operator, 'DISKOMINFO');
  const mark = uniqueMark();
  const created = await operator.post<{ id: string }>('/datasets', {
    title: `Jumlah Posyandu per Kelurahan ${mark}`,
    description: 'Jumlah posyandu aktif per kelurahan di Kota Dumai.',
    producerAgencyId: health.id,
    stewardAgencyId: steward.id,
    classification: 'public',
    category: 'health',
    updateFrequency: 'annual',
    format: 'CSV',
  });
  const resource: Upload = { content: Buffer.from(`kelurahan,posyandu\nBukit Datuk,7\nRimba Sekampung,5\n# ${mark}\n`), fileName: `posyandu-${mark}.csv`, mimeType: 'text/csv' };
  const withFile = await upload(operator, `/datasets/${created.id}/resources/file`, resource);
  await operator.post(`/datasets/${created.id}/submit`, { notes: null });
  const stewardHead = await signIn(demoEmail('kepala.diskominfo'));
  const published = await stewardHead.post<{ slug: string; title: string; publicationStatus: string }>(`/datasets/${created.id}/publish`, { notes: 'Sesuai prinsip Satu Data' });
  if (published.publicationStatus !== 'published') throw new Error(`dataset not published: ${published.publicationStatus}`);
  return { id: created.id, name: published.slug, title: published.title, resource: { ...resource, id: withFile.resources[0].id } };
}

export interface EvaluationRecords {
  cycleId: string;
  year: number;
  decree: Upload;
  evidence: Upload & { id: string };
}

/**
 * An SPBE evaluation cycle (PermenPANRB 59/2020) in a year no other cycle holds: the assessor
 * team's decree, indicator 1 assigned to the health office, whose operator adds an evidence file.
 */
export async function startEvaluation(admin: ApiSession): Promise<EvaluationRecords> {
  const taken = new Set((await admin.get<{ year: number }[]>('/evaluations')).map((c) => c.year));
  let year = new Date().getFullYear() - 1;
  while (taken.has(year)) year--;
  const cycle = await admin.post<{ id: string }>('/evaluations', { year, frameworkId: 'permenpanrb-59-2020' });
  const decree = pdfUpload('sk-tim-asesor');
  await upload(admin, `/evaluations/${cycle.id}/teams/assessor/decree-file`, decree);
  const health = await findAgency(admin, 'DINKES');
  await admin.put(`/evaluations/${cycle.id}/assignments`, { assignments: [{ indicator: 1, agencyId: health.id }] });
  const operator = await signIn(demoEmail('operator.dinkes'));
  const evidence = pdfUpload('data-dukung-indikator-1');
  const assessed = await upload(operator, `/evaluations/${cycle.id}/indicators/1/evidence/file`, evidence);
  await operator.put(`/evaluations/${cycle.id}/indicators/1/self-assessment`, { level: 3, explanation: 'Kebijakan internal arsitektur SPBE telah ditetapkan.' });
  const file = (assessed.evidence as { id: string; fileName?: string | null; file?: { fileName: string } | null }[]).at(-1)!;
  return { cycleId: cycle.id, year, decree, evidence: { ...evidence, id: file.id } };
}

/** Dumai 67/2022 Lampiran: the architecture policy's decree and one review report, with their files. */
export async function enactInternalPolicy(admin: ApiSession): Promise<{ code: string; decree: Upload; review: Upload & { id: string } }> {
  const code = 'architecture';
  await admin.put(`/internal-policies/${code}`, { title: null, decreeNumber: `Perwako 12/${new Date().getFullYear() - 1}`, decreeDate: `${new Date().getFullYear() - 1}-03-01` });
  const decree = pdfUpload('perwako-arsitektur-spbe');
  await upload(admin, `/internal-policies/${code}/file`, decree);
  const review = await admin.post<{ id: string }>(`/internal-policies/${code}/reviews`, { reviewedAt: `${new Date().getFullYear() - 1}-11-15`, summary: 'Reviu tahunan kebijakan arsitektur SPBE', followUp: null });
  const reviewFile = pdfUpload('laporan-reviu-arsitektur');
  await upload(admin, `/internal-policies/${code}/reviews/${review.id}/file`, reviewFile);
  return { code, decree, review: { ...reviewFile, id: review.id } };
}

/** Jambi 10/2017 Ps 22: a monthly report schedule (kept when one exists) and the health office's report. */
export async function submitPeriodicReport(admin: ApiSession): Promise<{ id: string; file: Upload }> {
  const overview = await admin.get<{ schedule: unknown; periods: { start: string }[] }>('/periodic-reports');
  if (!overview.schedule) await admin.put('/periodic-reports/schedule', { periodMonths: 1, deadlineDays: 10, startsOn: `${new Date().getFullYear() - 1}-01-01` });
  const operator = await signIn(demoEmail('operator.dinkes'));
  const health = await findAgency(operator, 'DINKES');
  const { submissions } = await operator.get<{ submissions: { agencyId: string; periodStart: string }[] }>('/periodic-reports');
  const periods = (await operator.get<{ periods: { start: string }[] }>('/periodic-reports')).periods.map((p) => p.start);
  const free = periods.find((start) => !submissions.some((s) => s.agencyId === health.id && s.periodStart === start));
  if (!free) throw new Error('no period left without a report of the health office');
  const file = pdfUpload('laporan-berkala-dinkes');
  const made = await upload(operator, '/periodic-reports/submissions', file, { agencyId: health.id, periodStart: free, notes: '' });
  return { id: made.id, file };
}

/** A handover document (Dumai 67/2022 Ps 18(9)): the user manual of one of the health office's applications, uploaded by its operator. */
export async function deliverHandoverFile(): Promise<{ applicationId: string; code: string; file: Upload }> {
  const operator = await signIn(demoEmail('operator.dinkes'));
  const health = await findAgency(operator, 'DINKES');
  const page = await operator.get<{ items: { id: string }[] }>(`/applications?pageSize=50&ownerAgencyId=${health.id}`);
  for (const item of page.items) {
    const app = await operator.get<{ handover: { code: string }[]; abilities: Record<string, boolean> }>(`/applications/${item.id}`);
    const code = app.handover.find((h) => h.code === 'user_manual')?.code ?? app.handover[0]?.code;
    if (!code) continue;
    const file = pdfUpload(`manual-pengguna-${code}`);
    await upload(operator, `/applications/${item.id}/handover/${code}/file`, file);
    return { applicationId: item.id, code, file };
  }
  throw new Error('no application of the health office has a handover checklist');
}

/** A subdomain of the city domain for the health office (Jambi 10/2017 Ps 10). */
export async function registerSubdomain(admin: ApiSession): Promise<{ id: string; fqdn: string }> {
  const health = await findAgency(admin, 'DINKES');
  return admin.post('/subdomains', { name: `posyandu${uniqueMark()}`, ownerAgencyId: health.id, usage: null, description: 'Portal posyandu Dinas Kesehatan' });
}

/** Dumai 67/2022 Ps 17(2): the ICT office head's statement with its evidence file (a draft is enough to download it). */
export async function draftAttestation(): Promise<{ id: string; file: Upload }> {
  const head = await signIn(demoEmail('kepala.diskominfo'));
  const ictOffice = await findAgency(head, 'DISKOMINFO');
  const draft = await head.post<{ id: string }>('/attestations', {
    obligationId: 'dumai-67-2022/17-2',
    agencyId: ictOffice.id,
    statement: `Penyimpanan data pada Pusat Data nasional dijamin Diskominfo ${uniqueMark()}.`,
    attestedOn: new Date().toISOString().slice(0, 10),
    links: [],
  });
  const file = pdfUpload('bukti-pusat-data-nasional');
  await upload(head, `/attestations/${draft.id}/file`, file);
  return { id: draft.id, file };
}
