import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { t } from '../../../i18n/server';
import { ictAssets } from './tables';

/** An asset is named by brand and model, with its register code or serial number when it has one. */
export const ictAssetRecordNames: RecordNameProvider = {
  entityType: 'ictAsset',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: ictAssets.id, agencyId: ictAssets.agencyId, brand: ictAssets.brand, model: ictAssets.model, itemCode: ictAssets.itemCode, registerNumber: ictAssets.registerNumber, serialNumber: ictAssets.serialNumber })
      .from(ictAssets)
      .where(and(eq(ictAssets.tenantId, ctx.tenantId), inArray(ictAssets.id, ids)));
    return new Map(
      rows
        .filter((r) => can(ctx.actor, 'ictAsset.read', r))
        .map((r) => {
          const code = r.itemCode && r.registerNumber ? `${r.itemCode}/${r.registerNumber}` : (r.itemCode ?? r.serialNumber);
          return [r.id, `${r.brand} ${r.model}${code ? ` (${code})` : ''}`];
        }),
    );
  },
};

export const ictAssetUsefulLifeRecordNames: RecordNameProvider = {
  entityType: 'ictAssetUsefulLife',
  async findNames(_db, ctx, ids) {
    return new Map(ids.filter((id) => id === ctx.tenantId).map((id) => [id, t(ctx.locale, 'ictAssets.usefulLife.title')]));
  },
};
