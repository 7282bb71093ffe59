import { renderDemoDocument } from './render-demo-document';

/**
 * A one-page PDF standing in for a handover document in the demo, stamped as demo content
 * so it is never mistaken for a real Berita Acara or manual.
 */
export function renderDemoHandoverPdf(input: { title: string; applicationName: string; agencyName: string; tenantName: string }): Promise<Buffer> {
  return renderDemoDocument({
    title: input.title,
    heading: [`Aplikasi: ${input.applicationName}`, `Pemilik layanan: ${input.agencyName}`],
    paragraphs: [
      '1. Masuk dengan akun Single Sign-On ASN.',
      '2. Pilih menu sesuai tugas; setiap perubahan data tercatat pada jejak audit.',
      '3. Hubungi Helpdesk Layanan TIK bila terjadi gangguan.',
    ],
    tenantName: input.tenantName,
  });
}
