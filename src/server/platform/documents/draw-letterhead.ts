import type { PdfDoc } from './render-pdf';

const logoSize = 56;

/**
 * The kop surat at the top of the first page: the logo on the left, the lines beside it (the
 * first one bold, as a Pemda letterhead names the government first), then a double rule.
 */
export function drawLetterhead(doc: PdfDoc, letterhead: { lines: string[]; logo: Buffer | null }) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const top = doc.y;
  const textLeft = letterhead.logo ? left + logoSize + 12 : left;
  if (letterhead.logo) doc.image(letterhead.logo, left, top, { fit: [logoSize, logoSize] });
  doc.fillColor('#000000');
  letterhead.lines.forEach((line, i) => {
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(i === 0 ? 13 : 9);
    doc.text(line, textLeft, i === 0 ? top : undefined, { width: right - textLeft, align: 'center' });
  });
  const bottom = Math.max(doc.y, letterhead.logo ? top + logoSize : doc.y) + 6;
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(1.5).stroke();
  doc.moveTo(left, bottom + 3).lineTo(right, bottom + 3).lineWidth(0.5).stroke();
  doc.font('Helvetica').fontSize(12);
  doc.x = left;
  doc.y = bottom + 16;
}
