import PDFDocument from 'pdfkit';

/**
 * A one-page PDF standing in for a handover document in the demo, stamped as demo content
 * so it is never mistaken for a real Berita Acara or manual.
 */
export function renderDemoHandoverPdf(input: { title: string; applicationName: string; agencyName: string; tenantName: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: input.title, Author: input.tenantName, Creator: 'Simpul (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(10).fillColor('#b00020').text('DOKUMEN DEMO — isi fiktif, bukan dokumen resmi pemerintah daerah mana pun.');
    doc.moveDown(2).fillColor('#000000').fontSize(18).text(input.title);
    doc.moveDown().fontSize(12).text(`Aplikasi: ${input.applicationName}`);
    doc.text(`Pemilik layanan: ${input.agencyName}`);
    doc.text(input.tenantName);
    doc.moveDown().fontSize(11).text('1. Masuk dengan akun Single Sign-On ASN.');
    doc.text('2. Pilih menu sesuai tugas; setiap perubahan data tercatat pada jejak audit.');
    doc.text('3. Hubungi Helpdesk Layanan TIK bila terjadi gangguan.');
    doc.end();
  });
}
