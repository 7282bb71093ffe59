import { and, eq, isNull } from 'drizzle-orm';
import type { ReadEmptyRegistryDeclaration } from '../../../regulations/types';
import type { EmptyRegistryDeclarationInput } from '../../../shared/compliance';
import { appendAudit } from '../../platform/audit/append-audit';
import type { RequestContext } from '../../platform/context';
import type { DB, Queryable } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { authorize } from '../../platform/policy/can';
// a type-only import: read-model-providers.ts imports this file, so a value import would be circular
import type { ReadModelProvider } from './read-model-providers';
import { emptyRegistryDeclarations } from './tables';

function currentDeclarations(db: Queryable, tenantId: string) {
  return db
    .select()
    .from(emptyRegistryDeclarations)
    .where(and(eq(emptyRegistryDeclarations.tenantId, tenantId), isNull(emptyRegistryDeclarations.withdrawnAt)));
}

/** The declarations in force, as the checks read them (check-result.ts emptyRegistry). */
export const emptyRegistryDeclarationsSection: ReadModelProvider<'emptyRegistryDeclarations'> = {
  section: 'emptyRegistryDeclarations',
  load: async (db, { tenantId }) =>
    (await currentDeclarations(db, tenantId)).map(
      (d): ReadEmptyRegistryDeclaration => ({
        registry: d.registry as ReadEmptyRegistryDeclaration['registry'],
        declaredByName: d.declaredByName,
        declaredAt: d.declaredAt.toISOString(),
        note: d.note,
      }),
    ),
};

/**
 * Declares that a registry has nothing to register, signed by the person signed in and dated
 * now; it replaces (withdraws) an earlier declaration of the same registry. In the audit trail.
 */
export async function declareEmptyRegistry(db: DB, ctx: RequestContext, input: EmptyRegistryDeclarationInput) {
  authorize(ctx.actor, 'compliance.declareEmptyRegistry');
  const { userId, label } = ctx.actor;
  return db.transaction(async (tx) => {
    const now = new Date();
    const previous = (await currentDeclarations(tx, ctx.tenantId)).filter((d) => d.registry === input.registry);
    for (const before of previous) {
      const [withdrawn] = await tx
        .update(emptyRegistryDeclarations)
        .set({ withdrawnAt: now, updatedAt: now })
        .where(and(eq(emptyRegistryDeclarations.tenantId, ctx.tenantId), eq(emptyRegistryDeclarations.id, before.id)))
        .returning();
      // the replaced declaration is its own record in the trail: its entry seals it as withdrawn
      await appendAudit(tx, ctx, { action: 'compliance.withdrawEmptyRegistry', entityType: 'emptyRegistryDeclaration', entityId: before.id, before, after: withdrawn });
    }
    const [after] = await tx
      .insert(emptyRegistryDeclarations)
      .values({
        tenantId: ctx.tenantId,
        id: newId(),
        registry: input.registry,
        obligationId: input.obligationId ?? null,
        note: input.note,
        declaredByUserId: userId,
        declaredByName: label,
        declaredAt: now,
      })
      .returning();
    await appendAudit(tx, ctx, { action: 'compliance.declareEmptyRegistry', entityType: 'emptyRegistryDeclaration', entityId: after.id, before: previous[0] ?? null, after });
    return presentDeclaration(after);
  });
}

/** Withdraws the registry's current declaration (e.g. made in error); its checks fall back to "registry empty". */
export async function withdrawEmptyRegistryDeclaration(db: DB, ctx: RequestContext, registry: string) {
  authorize(ctx.actor, 'compliance.declareEmptyRegistry');
  await db.transaction(async (tx) => {
    const [before] = (await currentDeclarations(tx, ctx.tenantId)).filter((d) => d.registry === registry);
    if (!before) throw notFound('declaration');
    const [after] = await tx
      .update(emptyRegistryDeclarations)
      .set({ withdrawnAt: new Date(), updatedAt: new Date() })
      .where(and(eq(emptyRegistryDeclarations.tenantId, ctx.tenantId), eq(emptyRegistryDeclarations.id, before.id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'compliance.withdrawEmptyRegistry', entityType: 'emptyRegistryDeclaration', entityId: before.id, before, after });
  });
}

function presentDeclaration(d: typeof emptyRegistryDeclarations.$inferSelect) {
  return { id: d.id, registry: d.registry as EmptyRegistryDeclarationInput['registry'], note: d.note, declaredByName: d.declaredByName, declaredAt: d.declaredAt.toISOString() };
}
