import { sql, type SQL } from 'drizzle-orm';
import { bigint, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { agencies } from '../agencies/tables';
import { ictAssetCategories, ictAssetConditions, ictAssetOrigins } from '../../../shared/ict-assets';
import { fundingSources } from '../../../shared/applications';

/**
 * The text the list's search reads (brand, model, serial number, item code, register number,
 * location, space-separated, so 'lenovo thinkpad' finds a Lenovo ThinkPad), one expression so
 * one trigram index serves it: six ILIKEs over 50,000 rows took 330 ms on PGlite (bench/ict-assets.ts).
 */
export function ictAssetSearchText(t: { brand: unknown; model: unknown; serialNumber: unknown; itemCode: unknown; registerNumber: unknown; location: unknown }): SQL {
  return sql`${t.brand} || ' ' || ${t.model} || ' ' || coalesce(${t.serialNumber}, '') || ' ' || coalesce(${t.itemCode}, '') || ' ' || coalesce(${t.registerNumber}, '') || ' ' || coalesce(${t.location}, '')`;
}

/** Perangkat TIK: the ICT asset registry (Dumai 18/2019 Ps 19(5), 20(4); Palu 14/2022 Ps 41). */
export const ictAssets = pgTable(
  'ict_assets',
  {
    ...tenantColumns,
    agencyId: uuid('agency_id').notNull(),
    category: text('category', { enum: ictAssetCategories }).notNull(),
    brand: text('brand').notNull(),
    model: text('model').notNull(),
    serialNumber: text('serial_number'),
    itemCode: text('item_code'),
    registerNumber: text('register_number'),
    acquiredOn: date('acquired_on', { mode: 'string' }).notNull(),
    acquisitionValue: bigint('acquisition_value', { mode: 'number' }).notNull(),
    fundingSource: text('funding_source', { enum: fundingSources }),
    location: text('location'),
    responsiblePerson: text('responsible_person'),
    condition: text('condition', { enum: ictAssetConditions }).notNull(),
    performanceNote: text('performance_note'),
    receivedFrom: text('received_from', { enum: ictAssetOrigins }),
    status: text('status', { enum: ['active', 'disposed'] }).notNull().default('active'),
    disposedOn: date('disposed_on', { mode: 'string' }),
    disposalReason: text('disposal_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('ict_assets_agency').on(t.tenantId, t.agencyId, t.category),
    index('ict_assets_status_category').on(t.tenantId, t.status, t.category),
    // the list's default order (brand, then id) reads its first page from here instead of sorting every row (bench/ict-assets.ts)
    index('ict_assets_status_brand').on(t.tenantId, t.status, t.brand, t.id),
    // the list's search: one trigram GIN index over the searched text (ictAssetSearchText); a GIN trigram index cannot lead with tenant_id, as agencies_name_trgm
    index('ict_assets_search_trgm').using('gin', sql`(${ictAssetSearchText(t)}) gin_trgm_ops`),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);

/** The tenant's useful life (masa manfaat) per category; a category without a row uses Simpul's default. */
export const ictAssetUsefulLives = pgTable(
  'ict_asset_useful_lives',
  {
    tenantId: uuid('tenant_id').notNull(),
    category: text('category', { enum: ictAssetCategories }).notNull(),
    years: integer('years').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.category] })],
);
