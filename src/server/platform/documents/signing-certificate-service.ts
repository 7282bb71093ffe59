import { and, desc, eq, gt } from 'drizzle-orm';
import forge from 'node-forge';
import type { DB, Queryable } from '../db/database';
import type { AppDeps, RequestContext } from '../context';
import { newId } from '../ids';
import { appendAudit } from '../audit/append-audit';
import { authorize } from '../policy/can';
import { signingKeys } from './tables';
import { keyPassphrase, loadSigningSecret } from './signing-secret';
import { assertCertificateValid, formatDistinguishedName, readPkcs12, repackPkcs12 } from './read-pkcs12';

type KeyRow = typeof signingKeys.$inferSelect;

/** The key documents are signed with: the newest one still valid. */
export async function findCurrentSigningKey(db: Queryable, tenantId: string, now = new Date()): Promise<KeyRow | undefined> {
  const [current] = await db
    .select()
    .from(signingKeys)
    .where(and(eq(signingKeys.tenantId, tenantId), gt(signingKeys.validUntil, now)))
    .orderBy(desc(signingKeys.createdAt))
    .limit(1);
  return current;
}

function presentCertificate(row: KeyRow) {
  const cert = forge.pki.certificateFromPem(row.certificatePem);
  return {
    subject: formatDistinguishedName(cert.subject),
    issuer: formatDistinguishedName(cert.issuer),
    serialNumber: cert.serialNumber.toUpperCase(),
    validFrom: cert.validity.notBefore.toISOString(),
    validUntil: cert.validity.notAfter.toISOString(),
    uploaded: row.uploadedBy !== null,
    installedAt: row.createdAt.toISOString(),
  };
}

export async function getSigningCertificate(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'tenant.update');
  const row = await findCurrentSigningKey(db, ctx.tenantId);
  return { current: row ? presentCertificate(row) : null };
}

/**
 * Installs a PKCS#12 certificate the administrator uploads; every document issued afterwards is
 * signed with it. The key is kept as the generated one is: packed again under a passphrase
 * derived from the server secret, so neither the uploaded password nor a database dump alone
 * gives the key away.
 */
export async function installSigningCertificate(db: DB, deps: Pick<AppDeps, 'config'>, ctx: RequestContext, input: { content: Buffer; password: string }) {
  authorize(ctx.actor, 'tenant.update');
  const contents = readPkcs12(input.content, input.password);
  const [cert] = contents.certificates;
  assertCertificateValid(cert, new Date());
  const id = newId();
  const p12 = repackPkcs12(contents, keyPassphrase(loadSigningSecret(deps.config), ctx.tenantId, id));
  const subject = formatDistinguishedName(cert.subject);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(signingKeys)
      .values({ tenantId: ctx.tenantId, id, subject, certificatePem: forge.pki.certificateToPem(cert), p12Base64: p12.toString('base64'), validUntil: cert.validity.notAfter, uploadedBy: ctx.actor?.userId ?? null })
      .returning();
    const view = presentCertificate(row);
    await appendAudit(tx, ctx, { action: 'signingCertificate.install', entityType: 'tenant', entityId: ctx.tenantId, after: view });
    return { current: view };
  });
}
