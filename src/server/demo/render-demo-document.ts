import PDFDocument from 'pdfkit';

export interface DemoDocument {
  title: string;
  /** lines under the title: the record it belongs to, the office, the period */
  heading: string[];
  /** the body, one paragraph per entry */
  paragraphs: string[];
  tenantName: string;
}

/**
 * A one-page PDF standing in for a document an office would upload (a decree, a terms of
 * reference, a report), stamped as demo content so it is never mistaken for a real one.
 */
export function renderDemoDocument(input: DemoDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: input.title, Author: input.tenantName, Creator: 'Simpul (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(10).fillColor('#b00020').text('DOKUMEN DEMO — isi fiktif, bukan dokumen resmi pemerintah daerah mana pun.');
    doc.moveDown(2).fillColor('#000000').fontSize(16).text(input.title);
    doc.moveDown().fontSize(11);
    for (const line of input.heading) doc.text(line);
    doc.text(input.tenantName);
    doc.moveDown();
    for (const paragraph of input.paragraphs) doc.text(paragraph).moveDown(0.5);
    doc.end();
  });
}

/** The upload a service takes, for a rendered demo document. */
export async function demoPdfUpload(fileName: string, document: DemoDocument) {
  return { content: await renderDemoDocument(document), fileName, mimeType: 'application/pdf' };
}
