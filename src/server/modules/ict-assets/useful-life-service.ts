import { and, eq, inArray } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import { defaultUsefulLifeYears, ictAssetCategories, type UsefulLifeInput } from '../../../shared/ict-assets';
import { ictAssetUsefulLives } from './tables';
import { findCustomUsefulLives } from './queries';

export async function getUsefulLives(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'ictAsset.read');
  const custom = new Map((await findCustomUsefulLives(db, ctx.tenantId)).map((c) => [c.category, c.years]));
  return {
    items: ictAssetCategories.map((category) => ({
      category,
      years: custom.get(category) ?? defaultUsefulLifeYears[category],
      defaultYears: defaultUsefulLifeYears[category],
      custom: custom.has(category),
    })),
  };
}

/** Sets the tenant's useful life per category: the categories sent are set, null ones go back to the default. */
export async function setUsefulLives(db: DB, ctx: RequestContext, input: UsefulLifeInput) {
  authorize(ctx.actor, 'ictAsset.configure');
  await db.transaction(async (tx) => {
    const before = await findCustomUsefulLives(tx, ctx.tenantId);
    const entries = Object.entries(input.years) as [keyof typeof defaultUsefulLifeYears, number | null][];
    const cleared = entries.filter(([, years]) => years === null).map(([category]) => category);
    if (cleared.length > 0) {
      await tx.delete(ictAssetUsefulLives).where(and(eq(ictAssetUsefulLives.tenantId, ctx.tenantId), inArray(ictAssetUsefulLives.category, cleared)));
    }
    for (const [category, years] of entries) {
      if (years === null) continue;
      await tx
        .insert(ictAssetUsefulLives)
        .values({ tenantId: ctx.tenantId, category, years })
        .onConflictDoUpdate({ target: [ictAssetUsefulLives.tenantId, ictAssetUsefulLives.category], set: { years, updatedAt: new Date() } });
    }
    const after = await findCustomUsefulLives(tx, ctx.tenantId);
    await appendAudit(tx, ctx, { action: 'ictAsset.usefulLife.set', entityType: 'ictAssetUsefulLife', entityId: ctx.tenantId, before, after });
  });
  return getUsefulLives(db, ctx);
}
