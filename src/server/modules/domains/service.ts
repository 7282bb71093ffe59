import { and, asc, count, eq, isNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import type { DomainInput, DomainUpdate, MailboxInput } from '../../../shared/domains';
import { assertAgenciesExist } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { findTenant } from '../tenants/service';
import { domains, mailboxes, subdomains } from './tables';

type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;
type DomainRow = typeof domains.$inferSelect;

export async function findDomain(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(domains).where(and(eq(domains.tenantId, tenantId), eq(domains.id, id)));
  return row ?? null;
}

export async function findDomainByName(db: Queryable, tenantId: string, name: string) {
  const [row] = await db.select().from(domains).where(and(eq(domains.tenantId, tenantId), eq(domains.name, name)));
  return row ?? null;
}

/**
 * The tenant's own domain as a registry record, made on first use: the city domain the
 * regulation names (Jambi 10/2017 Ps 10(2); Palu 14/2022 Ps 18(1); Dumai 18/2019 Ps 15(5)).
 */
export async function ensureTenantDomain(tx: Tx, ctx: WriteCtx): Promise<DomainRow> {
  const tenant = await findTenant(tx, ctx.tenantId);
  const existing = await findDomainByName(tx, ctx.tenantId, tenant.primaryDomain);
  if (existing) return existing;
  const [row] = await tx.insert(domains).values({ tenantId: ctx.tenantId, id: newId(), name: tenant.primaryDomain }).returning();
  await appendAudit(tx, ctx, { action: 'domain.create', entityType: 'domain', entityId: row.id, after: row });
  return row;
}

function presentDomain(row: DomainRow, subdomainCount: number) {
  return {
    id: row.id,
    name: row.name,
    decreeRef: row.decreeRef,
    notes: row.notes,
    status: row.status,
    retiredReason: row.retiredReason,
    subdomainCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function countSubdomains(db: Queryable, tenantId: string, domainId: string) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(subdomains)
    .where(and(eq(subdomains.tenantId, tenantId), eq(subdomains.domainId, domainId), eq(subdomains.status, 'active')));
  return n;
}

export async function listDomains(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'domain.read');
  const [rows, counts] = await Promise.all([
    db.select().from(domains).where(eq(domains.tenantId, ctx.tenantId)).orderBy(asc(domains.name)),
    db
      .select({ domainId: subdomains.domainId, n: count() })
      .from(subdomains)
      .where(and(eq(subdomains.tenantId, ctx.tenantId), eq(subdomains.status, 'active')))
      .groupBy(subdomains.domainId),
  ]);
  const countOf = new Map(counts.map((c) => [c.domainId, c.n]));
  return rows.map((r) => presentDomain(r, countOf.get(r.id) ?? 0));
}

export async function createDomain(db: DB, ctx: RequestContext, input: z.infer<typeof DomainInput>) {
  authorize(ctx.actor, 'domain.manage');
  const row = await db.transaction(async (tx) => {
    if (await findDomainByName(tx, ctx.tenantId, input.name)) throw new AppError('DOMAIN_TAKEN', 409, { name: input.name }, { name: 'DOMAIN_TAKEN' });
    const [created] = await tx.insert(domains).values({ tenantId: ctx.tenantId, id: newId(), ...input }).returning();
    await appendAudit(tx, ctx, { action: 'domain.create', entityType: 'domain', entityId: created.id, after: created });
    return created;
  });
  return presentDomain(row, 0);
}

export async function updateDomain(db: DB, ctx: RequestContext, id: string, changes: z.infer<typeof DomainUpdate>) {
  authorize(ctx.actor, 'domain.manage');
  const row = await db.transaction(async (tx) => {
    const before = await findDomain(tx, ctx.tenantId, id);
    if (!before) throw notFound('domain');
    if (before.status === 'retired') throw new AppError('DOMAIN_RETIRED', 409);
    if (changes.name && changes.name !== before.name && (await findDomainByName(tx, ctx.tenantId, changes.name))) {
      throw new AppError('DOMAIN_TAKEN', 409, { name: changes.name }, { name: 'DOMAIN_TAKEN' });
    }
    const [after] = await tx.update(domains).set({ ...changes, updatedAt: new Date() }).where(and(eq(domains.tenantId, ctx.tenantId), eq(domains.id, id))).returning();
    await appendAudit(tx, ctx, { action: 'domain.update', entityType: 'domain', entityId: id, before, after });
    return after;
  });
  return presentDomain(row, await countSubdomains(db, ctx.tenantId, id));
}

export async function retireDomain(db: DB, ctx: RequestContext, id: string, reason: string) {
  authorize(ctx.actor, 'domain.manage');
  const row = await db.transaction(async (tx) => {
    const before = await findDomain(tx, ctx.tenantId, id);
    if (!before) throw notFound('domain');
    if (before.status === 'retired') throw new AppError('DOMAIN_RETIRED', 409);
    // a domain with live subdomains cannot go: they would point nowhere
    if ((await countSubdomains(tx, ctx.tenantId, id)) > 0) throw new AppError('DOMAIN_HAS_SUBDOMAINS', 409);
    const [after] = await tx
      .update(domains)
      .set({ status: 'retired', retiredAt: new Date(), retiredReason: reason, updatedAt: new Date() })
      .where(and(eq(domains.tenantId, ctx.tenantId), eq(domains.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'domain.retire', entityType: 'domain', entityId: id, before, after });
    return after;
  });
  return presentDomain(row, 0);
}

type MailboxRow = typeof mailboxes.$inferSelect;
const presentMailbox = (row: MailboxRow, agencyName: string) => ({
  id: row.id,
  domainId: row.domainId,
  address: row.address,
  ownerAgencyId: row.ownerAgencyId,
  ownerAgencyName: agencyName,
  holderName: row.holderName,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
});

export async function listMailboxes(db: DB, ctx: RequestContext, domainId: string) {
  authorize(ctx.actor, 'domain.read');
  const rows = await db
    .select({ m: mailboxes, agencyName: agencies.name })
    .from(mailboxes)
    .innerJoin(agencies, and(eq(agencies.tenantId, mailboxes.tenantId), eq(agencies.id, mailboxes.ownerAgencyId)))
    .where(and(eq(mailboxes.tenantId, ctx.tenantId), eq(mailboxes.domainId, domainId)))
    .orderBy(asc(mailboxes.address));
  return rows.map((r) => presentMailbox(r.m, r.agencyName));
}

export async function createMailbox(db: DB, ctx: RequestContext, input: z.infer<typeof MailboxInput>) {
  authorize(ctx.actor, 'domain.manage');
  return db.transaction(async (tx) => {
    const domain = await findDomain(tx, ctx.tenantId, input.domainId);
    if (!domain || domain.status === 'retired') throw notFound('domain');
    await assertAgenciesExist(tx, ctx.tenantId, [input.ownerAgencyId]);
    const address = `${input.localPart}@${domain.name}`;
    const [taken] = await tx.select({ id: mailboxes.id }).from(mailboxes).where(and(eq(mailboxes.tenantId, ctx.tenantId), eq(mailboxes.address, address)));
    if (taken) throw new AppError('MAILBOX_TAKEN', 409, { address }, { localPart: 'MAILBOX_TAKEN' });
    const [row] = await tx
      .insert(mailboxes)
      .values({ tenantId: ctx.tenantId, id: newId(), domainId: domain.id, address, ownerAgencyId: input.ownerAgencyId, holderName: input.holderName })
      .returning();
    await appendAudit(tx, ctx, { action: 'mailbox.create', entityType: 'mailbox', entityId: row.id, agencyId: row.ownerAgencyId, after: row });
    const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.id, row.ownerAgencyId)));
    return presentMailbox(row, agency?.name ?? '');
  });
}

export async function retireMailbox(db: DB, ctx: RequestContext, id: string, reason: string) {
  authorize(ctx.actor, 'domain.manage');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(mailboxes).where(and(eq(mailboxes.tenantId, ctx.tenantId), eq(mailboxes.id, id)));
    if (!before) throw notFound('mailbox');
    if (before.status === 'retired') throw new AppError('MAILBOX_RETIRED', 409);
    const [after] = await tx
      .update(mailboxes)
      .set({ status: 'retired', retiredAt: new Date(), retiredReason: reason, updatedAt: new Date() })
      .where(and(eq(mailboxes.tenantId, ctx.tenantId), eq(mailboxes.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'mailbox.retire', entityType: 'mailbox', entityId: id, agencyId: after.ownerAgencyId, before, after });
    const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.id, after.ownerAgencyId)));
    return presentMailbox(after, agency?.name ?? '');
  });
}

/** Subdomain rows missing a decree, for the "without decree" filter. */
export const withoutDecree = () => or(isNull(subdomains.decreeRef), eq(subdomains.decreeRef, ''));

export const subdomainAbilities = (actor: Actor | null, status: 'active' | 'retired') => ({
  update: status === 'active' && can(actor, 'domain.manage'),
  retire: status === 'active' && can(actor, 'domain.manage'),
});
