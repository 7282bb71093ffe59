import ExcelJS from 'exceljs';
import type { Upload } from '../platform/http/read-upload';

export type DataCell = string | number;

/** A table of a dataset's distribution: column names as open-data portals write them (snake_case) and rows. */
export interface DataTable {
  columns: string[];
  rows: DataCell[][];
}

const quote = (cell: DataCell) => {
  const text = String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV, UTF-8, CRLF line ends. */
export function toCsvUpload(fileName: string, table: DataTable): Upload {
  const lines = [table.columns, ...table.rows].map((row) => row.map(quote).join(','));
  return { content: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'), fileName, mimeType: 'text/csv' };
}

/**
 * One sheet with a bold header row, numbers as numbers, dated `on` (the day the data was
 * updated). The zip entries inside still carry the time the file was written.
 */
export async function toXlsxUpload(fileName: string, sheetName: string, table: DataTable, on: string): Promise<Upload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul (demo)';
  workbook.created = workbook.modified = new Date(`${on}T00:00:00Z`);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 22));
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { content, fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}

/** Points as a GeoJSON FeatureCollection (longitude, latitude: RFC 7946 §3.1.1). */
export function toGeoJsonUpload(fileName: string, points: { name: string; longitude: number; latitude: number; properties: Record<string, DataCell> }[]): Upload {
  const collection = {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
      properties: { nama: p.name, ...p.properties },
    })),
  };
  return { content: Buffer.from(JSON.stringify(collection, null, 2), 'utf8'), fileName, mimeType: 'application/geo+json' };
}
