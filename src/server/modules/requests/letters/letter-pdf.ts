import type { PdfDoc } from '../../../platform/documents/render-pdf';

/** An Indonesian official letter (naskah dinas), already in words: layout only here. */
export interface LetterContent {
  /** kop surat: the Pemda, then the issuing agency */
  letterhead: { tenantName: string; agencyName: string };
  title: string;
  dateLine: string;
  /** Nomor, Sifat, Lampiran, Perihal… as label–value rows */
  heading: readonly [string, string][];
  addressedTo: readonly string[];
  addressLines: { to: string; place: string };
  paragraphs: readonly string[];
  items: readonly [string, string][];
  closing: readonly string[];
  signature: { role: string; name: string };
  copies: { label: string; lines: readonly string[] };
}

/**
 * Draws the letter on the page the documents platform prepared (A4); the platform adds the
 * verification QR in the footer and signs the result.
 */
export function drawLetter(doc: PdfDoc, letter: LetterContent): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.font('Helvetica-Bold').fontSize(14).fillColor('#000').text(letter.letterhead.tenantName.toUpperCase(), { align: 'center' });
  doc.fontSize(12).text(letter.letterhead.agencyName.toUpperCase(), { align: 'center' });
  const ruleY = doc.y + 4;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(2).stroke();
  doc.moveDown(1.2);

  doc.font('Helvetica').fontSize(11).text(letter.dateLine, { align: 'right' });
  doc.moveDown(0.5);
  for (const [label, value] of letter.heading) row(doc, label, value, 80);
  doc.moveDown();

  doc.text(letter.addressLines.to);
  for (const line of letter.addressedTo) doc.font('Helvetica-Bold').text(line).font('Helvetica');
  doc.text(letter.addressLines.place);
  doc.moveDown();

  for (const p of letter.paragraphs) doc.text(p, { align: 'justify' }).moveDown(0.5);
  for (const [label, value] of letter.items) row(doc, label, value, 170);
  doc.moveDown(0.5);
  for (const p of letter.closing) doc.text(p, { align: 'justify' }).moveDown(0.5);

  doc.moveDown();
  const signX = left + width / 2;
  doc.text(letter.signature.role, signX, doc.y, { width: width / 2, align: 'center' });
  doc.moveDown(3);
  doc.font('Helvetica-Bold').text(letter.signature.name, signX, doc.y, { width: width / 2, align: 'center' }).font('Helvetica');
  doc.x = left;
  doc.moveDown(2);

  if (letter.copies.lines.length > 0) {
    doc.text(`${letter.copies.label}:`, left, doc.y);
    letter.copies.lines.forEach((line, i) => doc.text(`${i + 1}. ${line}`));
  }
}

function row(doc: PdfDoc, label: string, value: string, labelWidth: number) {
  const x = doc.page.margins.left;
  const y = doc.y;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.text(label, x, y, { width: labelWidth });
  const labelBottom = doc.y;
  doc.text(`: ${value}`, x + labelWidth, y, { width: width - labelWidth });
  doc.y = Math.max(doc.y, labelBottom);
  doc.x = x;
}
