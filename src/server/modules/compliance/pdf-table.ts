import type PDFDocument from 'pdfkit';

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

const padding = 3;

function drawRow(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], cells: readonly string[], bold: boolean) {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 2 * padding }));
  const height = Math.max(...heights) + 2 * padding;
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (doc.y + height > bottom) doc.addPage();
  const top = doc.y;
  let x = doc.page.margins.left;
  columns.forEach((column, i) => {
    if (bold) doc.rect(x, top, column.width, height).fillAndStroke('#e8eef5', '#b0b8c0').fillColor('black');
    else doc.rect(x, top, column.width, height).strokeColor('#b0b8c0').stroke();
    doc.text(cells[i], x + padding, top + padding, { width: column.width - 2 * padding, align: column.align ?? 'left' });
    x += column.width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/** A plain table with a header row, wrapping cells and breaking across pages. */
export function drawPdfTable(doc: InstanceType<typeof PDFDocument>, columns: readonly PdfColumn[], rows: readonly string[][]) {
  drawRow(doc, columns, columns.map((c) => c.header), true);
  for (const row of rows) drawRow(doc, columns, row, false);
  doc.moveDown(1);
}
