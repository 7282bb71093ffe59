import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { auditCheckpoints, auditEntries, auditHeads } from './tables';
import { genesisHash, hashEntry } from './hash-entry';
import { hashRow, readSealedRows, sealedColumns, type EntitySeals, type TableSeal } from './row-seals';
import { legacySealColumnSets, sealedTables } from '../../db/sealed-tables';

export type ChainReason = 'hash_mismatch' | 'chain_break' | 'gap' | 'head_mismatch' | 'head_missing' | 'checkpoint_mismatch' | 'checkpoint_missing';
export type RowReason = 'row_changed' | 'row_unaudited' | 'row_deleted' | 'trail_missing';

/** Where the trail and the records part ways: an entry of the chain, or a business row against its last seal. */
export interface AuditBreak {
  seq: number;
  id: string;
  reason: ChainReason | RowReason;
  /** for row findings: the table and the row's id */
  table?: string;
  rowId?: string;
}

/**
 * `notYetSealed`: rows of entities whose entries all predate the seal of their table (a table
 * sealed since, or entries from before sealing). Nothing says what they should hold, so they are
 * counted and named as not yet sealed, never as intact nor as tampered; the next audited write of
 * their entity seals them. Present only when there are such rows.
 */
export type AuditVerification = { intact: true; entries: number; notYetSealed?: number } | { intact: false; entries: number; brokenAt: AuditBreak };

/** The entry that last sealed one row, and what it sealed. */
interface RowSeal {
  seq: number;
  id: string;
  hash: string;
  /** the columns the seal hashed; null for a legacy seal, which hashed every column it then had */
  columns: string[] | null;
}

/** One entity's rows of one table as its entries sealed them, folded in chain order. */
interface SealedRows {
  /** the last entry that sealed any of them */
  last: { seq: number; id: string };
  rows: Map<string, RowSeal>;
  /**
   * Whether an entry ever sealed all of them: only then is a row no seal names one inserted
   * behind the application's back. A table first sealed by a later release meets only partial
   * seals on an entity created before it; its older rows are not yet sealed until a whole seal.
   */
  whole: boolean;
}

function isTableSeal(seal: EntitySeals[string]): seal is TableSeal {
  return Array.isArray((seal as TableSeal).columns) && typeof (seal as TableSeal).rows === 'object';
}

/** A whole seal replaces what the entity's rows were; a seal of the rows a write touched updates only those (row-seals.ts). */
function foldSeal(previous: SealedRows | undefined, seal: EntitySeals[string], at: { seq: number; id: string }): SealedRows {
  const table = isTableSeal(seal) ? seal : { columns: null, rows: seal, only: undefined };
  const rows = table.only && previous ? new Map(previous.rows) : new Map<string, RowSeal>();
  for (const rowId of table.only ?? []) rows.delete(rowId);
  for (const [rowId, hash] of Object.entries(table.rows)) rows.set(rowId, { ...at, hash, columns: table.columns });
  return { last: at, rows, whole: !table.only || (previous?.whole ?? false) };
}

interface ChainWalk {
  count: number;
  lastSeq: number;
  lastHash: string;
  broken?: AuditBreak;
  /** `${table}|${entity id}` → that entity's rows as its entries sealed them */
  latest: Map<string, SealedRows>;
  /** `${entity type}|${entity id}` of every entry, sealed or not */
  named: Set<string>;
}

/** Walks a tenant's chain in pages, recomputes every hash and keeps each entity's last seals. */
async function walkChain(db: Queryable, tenantId: string, pageSize: number): Promise<ChainWalk> {
  const walk: ChainWalk = { count: 0, lastSeq: 0, lastHash: genesisHash, latest: new Map(), named: new Set() };
  for (;;) {
    const page = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.tenantId, tenantId), gt(auditEntries.seq, walk.lastSeq)))
      .orderBy(asc(auditEntries.seq))
      .limit(pageSize);
    for (const row of page) {
      const at = { seq: row.seq, id: row.id };
      if (row.seq !== walk.lastSeq + 1) return { ...walk, broken: { ...at, reason: 'gap' } };
      if (row.prevHash !== walk.lastHash) return { ...walk, broken: { ...at, reason: 'chain_break' } };
      const { hash, ...rest } = row;
      if (hashEntry(rest) !== hash) return { ...walk, broken: { ...at, reason: 'hash_mismatch' } };
      if (row.entityId) {
        walk.named.add(`${row.entityType}|${row.entityId}`);
        for (const [table, seal] of Object.entries((row.seals ?? {}) as EntitySeals)) {
          const key = `${table}|${row.entityId}`;
          walk.latest.set(key, foldSeal(walk.latest.get(key), seal, at));
        }
      }
      walk.lastHash = hash;
      walk.lastSeq = row.seq;
      walk.count++;
    }
    if (page.length < pageSize) return walk;
  }
}

/** The head and its checkpoint must both name the last entry; a chain with entries has both. */
async function checkHeads(db: Queryable, tenantId: string, walk: ChainWalk): Promise<AuditBreak | undefined> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  const [checkpoint] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.tenantId, tenantId));
  const at = (seq: number) => ({ seq, id: '' });
  if (!head && walk.count > 0) return { ...at(walk.lastSeq), reason: 'head_missing' };
  // A deleted tail shows as a head that points past the last entry.
  if (head && (head.seq !== walk.lastSeq || head.hash !== walk.lastHash)) return { ...at(head.seq), reason: 'head_mismatch' };
  if (!checkpoint && walk.count > 0) return { ...at(walk.lastSeq), reason: 'checkpoint_missing' };
  if (checkpoint && (checkpoint.seq !== walk.lastSeq || checkpoint.hash !== walk.lastHash)) return { ...at(checkpoint.seq), reason: 'checkpoint_mismatch' };
  return undefined;
}

/**
 * Every current business row against the last seal of its entity: a changed hash is an edit
 * behind the application's back, a row no seal names was inserted so (or its entries were
 * cut), a sealed row that is gone was deleted so. Rows whose entity only has entries from
 * before sealing are not judged: there is nothing to compare them with (counted in `unsealed`).
 */
async function checkRows(db: Queryable, tenantId: string, walk: ChainWalk, unsealed: { rows: number }): Promise<AuditBreak | undefined> {
  for (const [entityType, specs] of Object.entries(sealedTables)) {
    for (const spec of specs) {
      const current = await readSealedRows(db, spec, tenantId);
      for (const [owner, rows] of current) {
        const sealed = walk.latest.get(`${spec.name}|${owner}`);
        const first = Object.keys(rows)[0];
        if (!sealed) {
          if (walk.named.has(`${entityType}|${owner}`)) {
            unsealed.rows += Object.keys(rows).length;
            continue;
          }
          return { seq: 0, id: '', reason: walk.count === 0 ? 'trail_missing' : 'row_unaudited', table: spec.name, rowId: first };
        }
        for (const [rowId, row] of Object.entries(rows)) {
          const seal = sealed.rows.get(rowId);
          if (!seal && !sealed.whole) {
            unsealed.rows++;
            continue;
          }
          if (!seal) return { ...sealed.last, reason: 'row_unaudited', table: spec.name, rowId };
          // a legacy seal covered the columns the table had then, not those a later migration added
          const columnSets = seal.columns ? [seal.columns] : legacySealColumnSets(spec.name, sealedColumns(row, spec.unaudited));
          if (!columnSets.some((columns) => seal.hash === hashRow(row, columns))) return { seq: seal.seq, id: seal.id, reason: 'row_changed', table: spec.name, rowId };
        }
      }
      for (const [key, sealed] of walk.latest) {
        const [table, owner] = key.split('|');
        if (table !== spec.name) continue;
        const rows = current.get(owner) ?? {};
        const gone = [...sealed.rows].find(([rowId]) => !(rowId in rows));
        if (gone) return { seq: gone[1].seq, id: gone[1].id, reason: 'row_deleted', table: spec.name, rowId: gone[0] };
      }
    }
  }
  return undefined;
}

/** The whole check: the chain, its head and checkpoint, then every sealed business row. */
export async function verifyAuditChain(db: Queryable, tenantId: string, pageSize = 2000): Promise<AuditVerification> {
  const walk = await walkChain(db, tenantId, pageSize);
  const unsealed = { rows: 0 };
  const broken = walk.broken ?? (await checkHeads(db, tenantId, walk)) ?? (await checkRows(db, tenantId, walk, unsealed));
  if (broken) return { intact: false, entries: walk.count, brokenAt: broken };
  return unsealed.rows > 0 ? { intact: true, entries: walk.count, notYetSealed: unsealed.rows } : { intact: true, entries: walk.count };
}
