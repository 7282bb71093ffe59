import { and, desc, eq } from 'drizzle-orm';
import type { DB } from '../../../platform/db/database';
import { notFound } from '../../../platform/errors';
import type { AppDeps, RequestContext } from '../../../platform/context';
import { issuedDocuments } from '../../../platform/documents/tables';
import { issueDocument, readIssuedDocument } from '../../../platform/documents/issue-document';
import { t } from '../../../../i18n/server';
import { findTenant } from '../../tenants/service';
import { findReadableRequest, loadRequestDetails } from '../service';
import type { PartyRowStored, RequestRow } from '../queries';
import type { RequestTenantContext } from '../tenant-context';
import type { RequestTypeDefinition } from '../../../../workflow/types';
import { formatLetterDate, listFieldLines } from './letter-lines';
import { drawLetter, type LetterContent } from './letter-pdf';

export type LetterKind = 'request' | 'decision';

// Official letters are in Indonesian whatever the reader's language (UU 24/2009 Ps 33(1)).
const locale = 'id' as const;

function partyName(p: PartyRowStored, tc: RequestTenantContext): string {
  if (p.agencyId) return tc.agencies.get(p.agencyId)?.name ?? '';
  return t(locale, `requests.recipient.${p.role}`);
}

function submitStatements(def: RequestTypeDefinition): string[] {
  return [...(def.transitions.find((tr) => tr.name === 'submit')?.requires?.statements ?? [])];
}

function composeRequestLetter(row: RequestRow, def: RequestTypeDefinition, tenantName: string, tc: RequestTenantContext, details: Awaited<ReturnType<typeof loadRequestDetails>>): LetterContent {
  const agency = tc.agencies.get(row.requesterAgencyId)?.name ?? '';
  const typeName = t(locale, `requests.type.${row.type}.name`);
  const items = listFieldLines(locale, `requests.field.${row.type}`, row.fields as Record<string, unknown>, def.form);
  if (row.stewardAgencyId) items.push([t(locale, 'requests.letter.steward'), tc.agencies.get(row.stewardAgencyId)?.name ?? '']);
  return {
    letterhead: { tenantName, agencyName: agency },
    title: `${typeName} ${row.number}`,
    dateLine: formatLetterDate(locale, row.submittedAt ?? row.createdAt, tc.calendar.timeZone),
    heading: [
      [t(locale, 'requests.letter.number'), row.number ?? '-'],
      [t(locale, 'requests.letter.attachments'), details.attachments.length ? t(locale, 'requests.letter.attachmentCount', { count: details.attachments.length }) : '-'],
      [t(locale, 'requests.letter.subject'), typeName],
    ],
    addressedTo: details.parties.filter((p) => p.kind === 'to').map((p) => partyName(p, tc)),
    addressLines: { to: t(locale, 'requests.letter.to'), place: t(locale, 'requests.letter.place') },
    paragraphs: [t(locale, 'requests.letter.request.intro', { agency, type: typeName.toLowerCase() })],
    items,
    closing: [...submitStatements(def).map((s) => t(locale, `requests.statement.${s}`)), t(locale, 'requests.letter.request.closing')],
    signature: { role: t(locale, 'requests.letter.request.signRole', { agency }), name: details.requesterName },
    copies: { label: t(locale, 'requests.recipient.copies'), lines: details.parties.filter((p) => p.kind === 'copy').map((p) => partyName(p, tc)) },
  };
}

function composeDecisionLetter(row: RequestRow, tenantName: string, tc: RequestTenantContext, details: Awaited<ReturnType<typeof loadRequestDetails>>): LetterContent {
  const agency = tc.agencies.get(row.requesterAgencyId)?.name ?? '';
  const typeName = t(locale, `requests.type.${row.type}.name`);
  const decider = details.parties.find((p) => p.kind === 'to');
  const deciderName = decider ? partyName(decider, tc) : '';
  const decisionStep = [...details.steps].reverse().find((s) => s.toState === row.state);
  const items: [string, string][] = [[t(locale, 'requests.letter.decision.label'), t(locale, `requests.state.${row.state}`)]];
  if (row.reasonCode) items.push([t(locale, 'requests.step.reasonCode'), t(locale, `requests.reason.${row.reasonCode}`)]);
  if (row.decisionNote) items.push([t(locale, 'requests.step.note'), row.decisionNote]);
  items.push(...listFieldLines(locale, 'requests.outcome', row.outcome as Record<string, unknown>));
  const submitted = formatLetterDate(locale, row.submittedAt ?? row.createdAt, tc.calendar.timeZone);
  return {
    letterhead: { tenantName, agencyName: deciderName },
    title: `${t(locale, 'requests.letter.decision.subject', { type: typeName })} ${row.number}`,
    dateLine: formatLetterDate(locale, row.decidedAt ?? new Date(), tc.calendar.timeZone),
    heading: [
      [t(locale, 'requests.letter.number'), row.issuedNumber ?? `${row.number}/${row.decision === 'approved' ? 'S' : 'T'}`],
      [t(locale, 'requests.letter.subject'), t(locale, 'requests.letter.decision.subject', { type: typeName })],
    ],
    addressedTo: [t(locale, 'requests.letter.decision.addressee', { agency })],
    addressLines: { to: t(locale, 'requests.letter.to'), place: t(locale, 'requests.letter.place') },
    paragraphs: [
      t(locale, 'requests.letter.decision.intro', { number: row.number ?? '-', date: submitted, type: typeName.toLowerCase() }),
      t(locale, `requests.letter.decision.${row.decision}`),
    ],
    items,
    closing: [t(locale, 'requests.letter.decision.closing')],
    signature: { role: deciderName, name: decisionStep?.actorName ?? '' },
    copies: { label: t(locale, 'requests.recipient.copies'), lines: details.parties.filter((p) => p.kind === 'copy').map((p) => partyName(p, tc)) },
  };
}

const documentKinds = { request: 'request_letter', decision: 'request_decision_letter' } as const;

/** The letter issued for this request since `since`, if any: a returned and resubmitted request gets a new one. */
async function findIssuedLetter(db: DB, tenantId: string, requestId: string, kind: LetterKind, since: Date) {
  const [row] = await db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.tenantId, tenantId), eq(issuedDocuments.entityType, 'request'), eq(issuedDocuments.entityId, requestId), eq(issuedDocuments.kind, documentKinds[kind])))
    .orderBy(desc(issuedDocuments.issuedAt))
    .limit(1);
  return row && row.issuedAt >= since ? row : null;
}

/**
 * The letter of a request (once it has a number) or of its decision (once decided): an
 * Indonesian official letter, signed by the tenant's key with a QR code to the public
 * verification page. Issued on first download and kept; the same bytes are served after.
 */
export async function getRequestLetter(db: DB, deps: Pick<AppDeps, 'config' | 'files'>, ctx: RequestContext, id: string, kind: LetterKind, now = new Date()) {
  const { row, parties, tc, def } = await findReadableRequest(db, ctx, id, now);
  if (kind === 'request' ? !row.number : !row.decision) throw notFound('letter');
  const fileName = `${kind === 'request' ? 'surat-permohonan' : 'surat-keputusan'}-${(row.number ?? row.id).replace(/\//g, '-')}.pdf`;
  const details = await loadRequestDetails(db, ctx.tenantId, row, parties);
  const lastSubmission = [...details.steps].reverse().find((s) => s.transition === 'submit' || s.transition === 'resubmit');
  const since = kind === 'request' ? (lastSubmission?.at ?? row.createdAt) : (row.decidedAt ?? row.updatedAt);
  const issued = await findIssuedLetter(db, ctx.tenantId, id, kind, since);
  if (issued) return { fileName, documentId: issued.id, content: (await readIssuedDocument(db, deps, ctx.tenantId, issued.id)).pdf };

  const tenant = await findTenant(db, ctx.tenantId);
  const content = kind === 'request' ? composeRequestLetter(row, def, tenant.name, tc, details) : composeDecisionLetter(row, tenant.name, tc, details);
  const { document, pdf } = await db.transaction((tx) =>
    issueDocument(tx, deps, ctx, {
      kind: documentKinds[kind],
      title: content.title,
      entityType: 'request',
      entityId: id,
      draw: (doc) => drawLetter(doc, content),
      footerText: (url) => t(locale, 'requests.letter.footer', { url }),
    }),
  );
  return { fileName, documentId: document.id, content: pdf };
}
