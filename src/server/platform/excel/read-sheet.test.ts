import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';

const columns = [
  { key: 'name', headerKey: 'applications.field.name', required: true },
  { key: 'sso', headerKey: 'applications.field.sso' },
];

async function sheet(rows: (string | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('x');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('an optional column left out of the sheet reads as empty (null), like an empty cell', async () => {
    const rows = await readSheet(await sheet([['Nama Aplikasi'], ['Sistem Antrian']]), columns);
    expect(rows).toEqual([{ row: 2, values: { name: 'Sistem Antrian', sso: null }, present: new Set(['name']) }]);
  });

  it('headers match by the column key as well as the localised label', async () => {
    const rows = await readSheet(await sheet([['name', 'sso'], ['Portal Data', 'Ya']]), columns);
    expect(rows[0].values).toEqual({ name: 'Portal Data', sso: 'Ya' });
  });

  it('a date cell reads as its ISO day, whether written as a Date or typed as text', async () => {
    const rows = await readSheet(await sheet([['name', 'sso'], ['Portal', new Date('2025-03-31T00:00:00Z')], ['Lain', '2025-04-01']]), columns);
    expect(rows.map((r) => r.values.sso)).toEqual(['2025-03-31', '2025-04-01']);
  });
});

describe('readSheet limits (issue 8 §5: a small XLSX stalled every tenant)', () => {
  it('more data rows than the limit are refused with the limit named', async () => {
    const many = await sheet([['Nama Aplikasi'], ...Array.from({ length: 30 }, (_, i) => [`Aplikasi ${i}`])]);
    await expect(readSheet(many, columns, { maxRows: 20, maxUncompressedBytes: 10_000_000 })).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', params: { limit: 20 } });
    expect(await readSheet(many, columns, { maxRows: 30, maxUncompressedBytes: 10_000_000 })).toHaveLength(30);
  });

  it('a workbook whose unpacked size passes the limit is refused before it is read', async () => {
    // highly compressible: a few kilobytes on disk, megabytes unpacked
    const bomb = await sheet([['Nama Aplikasi'], ...Array.from({ length: 200 }, () => ['x'.repeat(20_000)])]);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readSheet(bomb, columns, { maxRows: 5000, maxUncompressedBytes: 1_000_000 })).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', status: 413 });
  });

  it('a file that is not a zip is an invalid file, not a crash', async () => {
    await expect(readSheet(Buffer.from('bukan excel'), columns)).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID' });
  });
});
