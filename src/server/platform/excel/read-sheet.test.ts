import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';

const columns = [
  { key: 'name', headerKey: 'applications.field.name', required: true },
  { key: 'sso', headerKey: 'applications.field.sso' },
];

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('x');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('an optional column left out of the sheet reads as empty (null), like an empty cell', async () => {
    const rows = await readSheet(await sheet([['Nama Aplikasi'], ['Sistem Antrian']]), columns);
    expect(rows).toEqual([{ row: 2, values: { name: 'Sistem Antrian', sso: null } }]);
  });

  it('headers match by the column key as well as the localised label', async () => {
    const rows = await readSheet(await sheet([['name', 'sso'], ['Portal Data', 'Ya']]), columns);
    expect(rows[0].values).toEqual({ name: 'Portal Data', sso: 'Ya' });
  });
});
