import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database';
import { newId } from '../ids';
import { auditCheckpoints, auditEntries, auditHeads } from './tables';
import { sealEntity, type SealScope } from './row-seals';
import { sealedTables } from '../../db/sealed-tables';
import { genesisHash, hashEntry } from './hash-entry';
import { canonicalJson } from './canonical-json';
import type { RequestContext } from '../context';
import type { AuditAction, AuditEntityType } from '../../../shared/audit-actions';

export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  agencyId?: string | null;
  before?: unknown;
  after?: unknown;
  /** the rows of the entity's child tables this write touched, when sealing all of them would cost too much (row-seals.ts) */
  sealScope?: SealScope;
}

// Fields never copied into the trail.
const secretFields = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'search']);

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  // round-trip through canonical JSON: Dates become ISO strings, exactly as jsonb returns them
  const plain = JSON.parse(canonicalJson(value));
  if (plain && typeof plain === 'object' && !Array.isArray(plain)) {
    for (const key of Object.keys(plain)) if (secretFields.has(key)) delete plain[key];
  }
  return plain;
}

async function sealsFor(tx: Tx, tenantId: string, input: AuditInput) {
  const specs = sealedTables[input.entityType];
  if (!specs || !input.entityId) return null;
  return sealEntity(tx, specs, tenantId, input.entityId, input.sealScope);
}

/** The tenant's chain head, locked until the transaction ends; created at genesis on the tenant's first entry. */
async function lockHead(tx: Tx, tenantId: string) {
  const select = () => tx.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId)).for('update');
  const [head] = await select();
  if (head) return head;
  await tx.insert(auditHeads).values({ tenantId, seq: 0, hash: genesisHash }).onConflictDoNothing();
  const [created] = await select();
  return created;
}

/**
 * Append one entry to the tenant's chain inside the caller's transaction, after the write it
 * records: the entry seals the entity's rows as they now stand. The head row is locked so
 * concurrent writers of one tenant queue here and the chain never forks; the checkpoint keeps
 * a second copy of the head.
 */
export async function appendAudit(tx: Tx, ctx: Pick<RequestContext, 'tenantId' | 'actor'>, input: AuditInput) {
  const head = await lockHead(tx, ctx.tenantId);
  const entry = {
    tenantId: ctx.tenantId,
    seq: head.seq + 1,
    id: newId(),
    at: new Date(),
    actorUserId: ctx.actor?.userId ?? null,
    actorLabel: ctx.actor?.label ?? 'system',
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    agencyId: input.agencyId ?? null,
    before: scrub(input.before),
    after: scrub(input.after),
    seals: await sealsFor(tx, ctx.tenantId, input),
    prevHash: head.hash,
  };
  const hash = hashEntry(entry);
  await tx.insert(auditEntries).values({ ...entry, hash });
  // the head and its checkpoint move together, in one statement (every write of the product ends here)
  await tx.execute(sql`
    WITH head AS (UPDATE ${auditHeads} SET seq = ${entry.seq}, hash = ${hash} WHERE tenant_id = ${ctx.tenantId})
    INSERT INTO ${auditCheckpoints} (tenant_id, seq, hash) VALUES (${ctx.tenantId}, ${entry.seq}, ${hash})
    ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`);
  return entry;
}
