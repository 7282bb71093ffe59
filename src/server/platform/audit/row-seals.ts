import { createHash } from 'node:crypto';
import { and, eq, getTableColumns, inArray, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database';
import { canonicalJson } from './canonical-json';

/**
 * A table whose rows are sealed into the audit trail: every entry about an entity stores the
 * hash of each of its rows as they stand after the write, so an edit made behind the
 * application's back (straight SQL) no longer matches the trail (Palu 14/2022 Ps 10(3)
 * "pendeteksian modifikasi").
 */
export interface SealedTable {
  /** the SQL table name, also the key in an entry's seals */
  name: string;
  table: PgTable;
  tenant: Column;
  /** the column holding the id of the entity the audit entry names (the row's own id for the main table) */
  owner: Column;
  id: Column;
  /** columns the application changes without an audit entry (sign-in counters, reminders sent) */
  unaudited?: string[];
}

/**
 * Per table: the columns the seal hashed and, per row id, the hash of those columns. A seal
 * says what it covered, so a column a later migration adds is not read as an edit made behind
 * the application's back: it is judged from the next audited write on. Entries written before
 * seals named their columns hold the bare row id → hash map (`LegacyTableSeal`).
 */
export interface TableSeal {
  columns: string[];
  rows: Record<string, string>;
  /**
   * Present when the seal covers only the rows this write touched (their ids; an id with no
   * hash in `rows` was deleted by the write): the entity's other rows keep the hash of the
   * entry that last sealed them. Absent: the seal covers every row the entity has.
   */
  only?: string[];
}
export type LegacyTableSeal = Record<string, string>;
export type EntitySeals = Record<string, TableSeal | LegacyTableSeal>;

/** The columns of a row a seal covers: every column but those the application changes unaudited. */
export function sealedColumns(row: Record<string, unknown>, unaudited: string[] = []): string[] {
  return Object.keys(row).filter((key) => !unaudited.includes(key)).sort();
}

export function hashRow(row: Record<string, unknown>, columns: readonly string[]): string {
  const fields: Record<string, unknown> = {};
  for (const key of columns) fields[key] = row[key];
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

function rowKey(spec: SealedTable, row: Record<string, unknown>): string {
  return String(row[propertyOf(spec, spec.id)]);
}

/** The JS property drizzle uses for a column (the select result is keyed by it). */
export function propertyOf(spec: SealedTable, column: Column): string {
  const found = Object.entries(getTableColumns(spec.table)).find(([, c]) => c === column);
  if (!found) throw new Error(`column ${column.name} is not in ${spec.name}`);
  return found[0];
}

/**
 * Per sealed table name, the ids of the only rows a write touched. An entity with many rows (an
 * evaluation cycle holds every indicator and every piece of evidence) would otherwise read and
 * hash all of them on every answer; a table not named here is sealed whole.
 */
export type SealScope = Readonly<Record<string, readonly string[]>>;

/** The seals of one entity's rows, read inside the writing transaction after the write. */
export async function sealEntity(tx: Queryable, specs: readonly SealedTable[], tenantId: string, entityId: string, scope: SealScope = {}): Promise<EntitySeals> {
  const seals: EntitySeals = {};
  for (const spec of specs) {
    const only = scope[spec.name];
    if (only && only.length === 0) continue;
    const rows = (await tx
      .select()
      .from(spec.table)
      .where(and(eq(spec.tenant, tenantId), eq(spec.owner, entityId), only ? inArray(spec.id, [...only]) : undefined))) as Record<string, unknown>[];
    const columns = sealedColumns(rows[0] ?? emptyRow(spec), spec.unaudited);
    const hashes = Object.fromEntries(rows.map((row) => [rowKey(spec, row), hashRow(row, columns)]));
    seals[spec.name] = only ? { columns, rows: hashes, only: [...new Set(only)].sort() } : { columns, rows: hashes };
  }
  return seals;
}

/** The table's columns as a select returns them, for an entity with no row (yet). */
function emptyRow(spec: SealedTable): Record<string, unknown> {
  return Object.fromEntries(Object.keys(getTableColumns(spec.table)).map((key) => [key, null]));
}

/** Every row of one sealed table for a tenant, grouped by the entity it belongs to (row id → row). */
export async function readSealedRows(db: Queryable, spec: SealedTable, tenantId: string): Promise<Map<string, Record<string, Record<string, unknown>>>> {
  const rows = (await db.select().from(spec.table).where(eq(spec.tenant, tenantId))) as Record<string, unknown>[];
  const ownerKey = propertyOf(spec, spec.owner);
  const byOwner = new Map<string, Record<string, Record<string, unknown>>>();
  for (const row of rows) {
    const owner = String(row[ownerKey]);
    const group = byOwner.get(owner) ?? {};
    group[rowKey(spec, row)] = row;
    byOwner.set(owner, group);
  }
  return byOwner;
}
