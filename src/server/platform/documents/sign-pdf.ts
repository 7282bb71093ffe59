import { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
// The named class, not the default export: a CommonJS default resolves to the module object under
// Node's ESM loader (npm start) but to the instance under vitest, so `signpdf.sign` broke only in production.
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

/**
 * Signs a PDF with a PKCS#12 key: a CMS detached signature over the whole file but the
 * signature itself (ETSI.CAdES.detached subfilter). STACK.md: node-forge's signer carries no
 * ESS signing-certificate-v2 attribute, so this is PAdES-style, not PAdES-B-B conformant.
 */
export async function signPdf(pdf: Buffer, p12: Buffer, passphrase: string, meta: { reason: string; name: string; location: string; contactInfo: string }) {
  const doc = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({ pdfDoc: doc, ...meta, signatureLength: 8192, subFilter: SUBFILTER_ETSI_CADES_DETACHED, appName: 'Simpul' });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(p12, { passphrase });
  return Buffer.from(await new SignPdf().sign(withPlaceholder, signer));
}
