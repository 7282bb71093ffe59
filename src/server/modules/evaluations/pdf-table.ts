type Doc = PDFKit.PDFDocument;

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

const padding = 3;

function drawRow(doc: Doc, columns: readonly PdfColumn[], cells: readonly string[], style: 'header' | 'group' | 'body') {
  doc.font(style === 'body' ? 'Helvetica' : 'Helvetica-Bold').fontSize(8);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 2 * padding }))) + 2 * padding;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  let x = doc.page.margins.left;
  columns.forEach((column, i) => {
    if (style === 'body') doc.rect(x, top, column.width, height).strokeColor('#b0b8c0').stroke();
    else doc.rect(x, top, column.width, height).fillAndStroke(style === 'header' ? '#e8eef5' : '#f4f6f8', '#b0b8c0');
    doc.fillColor('black').text(cells[i], x + padding, top + padding, { width: column.width - 2 * padding, align: column.align ?? 'left' });
    x += column.width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/** A table with a header row; rows marked `group` are shaded headings (domain, aspect). */
export function drawPdfTable(doc: Doc, columns: readonly PdfColumn[], rows: readonly { cells: string[]; group?: boolean }[]) {
  drawRow(doc, columns, columns.map((c) => c.header), 'header');
  for (const row of rows) drawRow(doc, columns, row.cells, row.group ? 'group' : 'body');
  doc.moveDown(1);
}
