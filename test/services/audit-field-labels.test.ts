import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sealedTables } from '../../src/server/db/sealed-tables';
import { hasMessage, t } from '../../src/i18n/server';
import { auditValueLabelKeys, findAuditFieldLabelKey } from '../../src/shared/audit-field-labels';

/** Issue 9 §4: the audit diff names changed fields in words; a new column cannot slip through without a label. */
describe('audit diff field labels', () => {
  const columns = Object.entries(sealedTables).flatMap(([entity, tables]) =>
    tables.flatMap((table) => Object.keys(getTableColumns(table.table as never)).map((column) => ({ entity, table: table.name, column }))),
  );

  it('every column of every sealed table has an Indonesian and an English label', () => {
    expect(columns.length).toBeGreaterThan(150);
    const missing = columns.flatMap(({ entity, table, column }) =>
      (['id', 'en'] as const).filter((l) => !findAuditFieldLabelKey(entity, column, (k) => hasMessage(l, k))).map((l) => `${l}: ${entity} ${table}.${column}`),
    );
    expect(missing).toEqual([]);
  });

  it("a field is named as its module's form names it, else by the trail's own words", () => {
    const label = (entity: string, field: string) => t('id', findAuditFieldLabelKey(entity, field, (k) => hasMessage('id', k)) ?? field);
    expect(label('dataset', 'updateFrequency')).toBe('Frekuensi Pemutakhiran');
    expect(label('application', 'supplier')).toBe('Penyedia aplikasi');
    expect(label('subdomain', 'ownerAgencyId')).toBe('Perangkat Daerah Pengguna');
    expect(label('evaluation', 'verifiedLevel')).toBe('Tingkat hasil verifikasi');
    expect(label('tenant', 'unknownKey')).toBe('unknownKey');
  });

  it('a stored code is named by its option label; free text is never looked up', () => {
    const value = (entity: string, field: string, code: string) => {
      const key = auditValueLabelKeys(entity, field, code).find((k) => hasMessage('id', k));
      return key ? t('id', key) : code;
    };
    expect(value('application', 'hosting', 'regional_data_center_vps')).toBe('Pusat Data Daerah — VPS');
    expect(value('agency', 'kind', 'badan')).toBe('Badan');
    expect(auditValueLabelKeys('agency', 'name', 'Dinas Kesehatan')).toEqual([]);
  });
});
