import { and, eq } from 'drizzle-orm';
import type { AuditEntityType } from '../../../shared/audit-actions';
import QRCode from 'qrcode';
import type { Queryable, Tx } from '../db/database';
import type { AppDeps, RequestContext } from '../context';
import { newId } from '../ids';
import { appendAudit } from '../audit/append-audit';
import { storeFile, findFile } from '../files/store-file';
import { tenants } from '../../modules/tenants/tables';
import { issuedDocuments, signingKeys } from './tables';
import { createSelfSignedP12 } from './self-signed-certificate';
import { keyPassphrase, loadSigningSecret } from './signing-secret';
import { renderPdf, type PdfDoc } from './render-pdf';
import { signPdf } from './sign-pdf';
import { findCurrentSigningKey } from './signing-certificate-service';
import { drawLetterhead } from './draw-letterhead';
import { loadLetterhead } from './letterhead-service';
import { AppError } from '../errors';

type DocDeps = Pick<AppDeps, 'config' | 'files'>;

/** The tenant's current signing key, created (self-signed) on first use. */
async function findOrCreateSigningKey(tx: Tx, deps: DocDeps, tenantId: string) {
  const current = await findCurrentSigningKey(tx, tenantId);
  const secret = loadSigningSecret(deps.config);
  if (current) return { key: current, passphrase: keyPassphrase(secret, tenantId, current.id) };
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  const id = newId();
  const passphrase = keyPassphrase(secret, tenantId, id);
  const made = createSelfSignedP12({ commonName: tenant.name, organisation: tenant.name, passphrase });
  const [key] = await tx
    .insert(signingKeys)
    .values({ tenantId, id, subject: made.subject, certificatePem: made.certificatePem, p12Base64: made.p12.toString('base64'), validUntil: made.validUntil })
    .returning();
  return { key, passphrase };
}

export interface IssueInput {
  kind: string; // e.g. 'request_letter', 'compliance_report', 'evaluation_report'
  title: string;
  entityType?: AuditEntityType;
  entityId?: string;
  /** draws the body; the footer with the verification QR is added after it */
  draw: (doc: PdfDoc) => void | Promise<void>;
  footerText: (verifyUrl: string) => string;
}

/**
 * Renders, signs and records a document in the caller's transaction. The id is chosen first
 * so the QR code on the page can point at the public verification page of this very document.
 */
export async function issueDocument(tx: Tx, deps: DocDeps, ctx: Pick<RequestContext, 'tenantId' | 'actor'>, input: IssueInput) {
  const id = newId();
  const verifyUrl = `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/verify/${id}`;
  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 160 });
  const { key, passphrase } = await findOrCreateSigningKey(tx, deps, ctx.tenantId);
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, ctx.tenantId));
  const letterhead = await loadLetterhead(tx, deps, ctx.tenantId);
  const pdf = await renderPdf(
    async (doc) => {
      if (letterhead) drawLetterhead(doc, letterhead);
      await input.draw(doc);
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const bottom = doc.page.height - 56;
        doc.image(qr, doc.page.margins.left, bottom - 56, { width: 56 });
        doc.fontSize(7).fillColor('#444').text(input.footerText(verifyUrl), doc.page.margins.left + 64, bottom - 50, { width: 380, lineBreak: true });
      }
    },
    { title: input.title, author: tenant.name },
  );
  const signed = await signPdf(pdf, Buffer.from(key.p12Base64, 'base64'), passphrase, {
    reason: input.title,
    name: tenant.name,
    location: 'Indonesia',
    contactInfo: tenant.primaryDomain,
  });
  const file = await storeFile(tx, deps.files, ctx.tenantId, ctx.actor?.userId ?? null, {
    content: signed,
    fileName: `${input.kind}-${id}.pdf`,
    mimeType: 'application/pdf',
  });
  const [row] = await tx
    .insert(issuedDocuments)
    .values({
      tenantId: ctx.tenantId,
      id,
      kind: input.kind,
      title: input.title,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      fileId: file.id,
      sha256: file.sha256,
      signerSubject: key.subject,
      issuedBy: ctx.actor?.userId ?? null,
    })
    .returning();
  await appendAudit(tx, ctx, { action: 'document.issue', entityType: input.entityType ?? 'document', entityId: input.entityId ?? id, after: { documentId: id, kind: input.kind, title: input.title, sha256: file.sha256 } });
  return { document: row, pdf: signed };
}

/** A document's bytes for a caller that has already checked the person may read its subject. */
export async function readIssuedDocument(db: Queryable, deps: DocDeps, tenantId: string, id: string) {
  const [row] = await db.select().from(issuedDocuments).where(and(eq(issuedDocuments.tenantId, tenantId), eq(issuedDocuments.id, id)));
  if (!row) throw new AppError('NOT_FOUND', 404, { entity: 'document' });
  const file = await findFile(db, tenantId, row.fileId);
  return { document: row, pdf: await deps.files.get(file.sha256) };
}

/** Public facts about a document, for the verification page: no content, no tenant internals. */
export async function findPublicDocument(db: Queryable, id: string) {
  const [row] = await db
    .select({ id: issuedDocuments.id, title: issuedDocuments.title, kind: issuedDocuments.kind, sha256: issuedDocuments.sha256, signer: issuedDocuments.signerSubject, issuedAt: issuedDocuments.issuedAt, tenantName: tenants.name })
    .from(issuedDocuments)
    .innerJoin(tenants, eq(tenants.id, issuedDocuments.tenantId))
    .where(eq(issuedDocuments.id, id));
  return row ?? null;
}

export async function findPublicDocumentBySha(db: Queryable, sha256: string) {
  const [row] = await db.select({ id: issuedDocuments.id }).from(issuedDocuments).where(eq(issuedDocuments.sha256, sha256)).limit(1);
  return row ? findPublicDocument(db, row.id) : null;
}
