import { eq, is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import type { DB, Tx } from '../platform/db/database';
import * as schema from '../db/schema';
import { tenants } from '../modules/tenants/tables';

/**
 * Every tenant-keyed table, children before the tables they reference, read from the
 * schema's foreign keys so a module that adds tables is covered without editing this file.
 */
export function listTenantTablesInDeleteOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable) && value !== (tenants as PgTable));
  const referenced = new Map(
    tables.map((t) => [t, getTableConfig(t).foreignKeys.map((fk) => fk.reference().foreignTable).filter((parent) => parent !== t)]),
  );
  const parentsFirst: PgTable[] = [];
  const visit = (table: PgTable, path: Set<PgTable>) => {
    if (parentsFirst.includes(table)) return;
    if (path.has(table)) throw new Error(`foreign-key cycle through ${getTableConfig(table).name}`);
    path.add(table);
    for (const parent of referenced.get(table) ?? []) visit(parent, path);
    path.delete(table);
    parentsFirst.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return parentsFirst.reverse().filter((t) => getTableConfig(t).columns.some((c) => c.name === 'tenant_id'));
}

async function removeTenantRows(tx: Tx, tenantId: string) {
  const [tenant] = await tx.select({ isDemo: tenants.isDemo }).from(tenants).where(eq(tenants.id, tenantId)).for('update');
  // the one guard that keeps a reset away from real data: only a tenant marked as demo goes
  if (!tenant?.isDemo) throw new Error(`tenant ${tenantId} is not a demo tenant`);
  for (const table of listTenantTablesInDeleteOrder()) {
    await tx.execute(sql`DELETE FROM ${table} WHERE tenant_id = ${tenantId}`);
  }
  await tx.delete(tenants).where(eq(tenants.id, tenantId));
}

export async function findDemoTenants(db: DB) {
  return db.select({ id: tenants.id, slug: tenants.slug, name: tenants.name }).from(tenants).where(eq(tenants.isDemo, true));
}

/**
 * Removes every demo tenant with all its rows (audit trail included: the tenant itself is
 * gone), in one transaction. Tenants not marked as demo are never touched. Stored file
 * content stays in the blob store, which is shared by content hash.
 */
export async function removeDemoTenants(db: DB): Promise<number> {
  const demos = await findDemoTenants(db);
  await db.transaction(async (tx) => {
    for (const demo of demos) await removeTenantRows(tx, demo.id);
  });
  return demos.length;
}
