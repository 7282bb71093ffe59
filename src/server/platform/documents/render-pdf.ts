import PDFDocument from 'pdfkit';

export type PdfDoc = PDFKit.PDFDocument;

/** Runs a drawing function on a fresh A4 pdfkit document and returns the bytes. */
export function renderPdf(draw: (doc: PdfDoc) => void | Promise<void>, info: { title: string; author: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: info.title, Author: info.author, Creator: 'Simpul' }, bufferPages: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    Promise.resolve(draw(doc)).then(() => doc.end(), reject);
  });
}
