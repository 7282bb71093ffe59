// Plain JavaScript on purpose: a worker thread starts without the TypeScript loader that
// tsx (npm start) or vitest give the main thread, so this file must run as Node reads it.
// It reads the first worksheet of an XLSX as a stream and posts its rows' raw cell values.
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

const { content, maxRows, maxChars } = workerData;

function size(value) {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value).length;
  return 8;
}

async function read() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(content)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const rows = [];
  let chars = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      for (const v of values) chars += size(v);
      if (chars > maxChars) return { error: 'IMPORT_TOO_LARGE' };
      rows.push({ number: row.number, values });
      // the header row plus maxRows data rows; one more is already too many
      if (rows.length > maxRows + 1) return { error: 'IMPORT_TOO_MANY_ROWS' };
    }
    // only the first worksheet is the list (a template's choices sheet follows it)
    return { rows };
  }
  return { rows };
}

read().then(
  (result) => parentPort.postMessage(result),
  () => parentPort.postMessage({ error: 'IMPORT_FILE_INVALID' }),
);
