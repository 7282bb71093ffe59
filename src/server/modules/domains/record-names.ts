import { and, eq, inArray } from 'drizzle-orm';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { domains, mailboxes, subdomains } from './tables';

// Domains, subdomains and mailboxes are readable by everyone signed in (domain.read).
export const domainRecordNames: RecordNameProvider = {
  entityType: 'domain',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: domains.id, name: domains.name }).from(domains).where(and(eq(domains.tenantId, ctx.tenantId), inArray(domains.id, ids)));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};

export const subdomainRecordNames: RecordNameProvider = {
  entityType: 'subdomain',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: subdomains.id, fqdn: subdomains.fqdn }).from(subdomains).where(and(eq(subdomains.tenantId, ctx.tenantId), inArray(subdomains.id, ids)));
    return new Map(rows.map((r) => [r.id, r.fqdn]));
  },
};

export const mailboxRecordNames: RecordNameProvider = {
  entityType: 'mailbox',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: mailboxes.id, address: mailboxes.address }).from(mailboxes).where(and(eq(mailboxes.tenantId, ctx.tenantId), inArray(mailboxes.id, ids)));
    return new Map(rows.map((r) => [r.id, r.address]));
  },
};
