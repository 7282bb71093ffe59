import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { extractSignature } from '@signpdf/utils';

export type PdfSignatureCheck =
  | { signed: false }
  | { signed: true; valid: boolean; digestMatches: boolean; signatureMatches: boolean; signer: string; signedAt: string | null; certificatePem: string };

/**
 * The CMS structure in the /Contents placeholder between the two signed byte ranges.
 * @signpdf/utils' extractSignature strips every trailing "00" from the placeholder, which also
 * cuts a signature whose DER happens to end in a zero byte (about one in 256: "Too few bytes to
 * read ASN.1 value"). The DER states its own length, so the whole placeholder is decoded and the
 * zero padding after the structure is ignored.
 */
export function readSignatureAsn1(pdf: Buffer, byteRange: readonly number[]): forge.asn1.Asn1 {
  const hex = pdf.subarray(byteRange[0] + byteRange[1] + 1, byteRange[2] - 1).toString('latin1');
  // node-forge takes an options object here (lib/asn1.js); @types/node-forge still declares only `strict`
  const fromDer = forge.asn1.fromDer as unknown as (bytes: string, options: { parseAllBytes: boolean }) => forge.asn1.Asn1;
  return fromDer(Buffer.from(hex, 'hex').toString('binary'), { parseAllBytes: false });
}

/**
 * Checks the one signature of a PDF: the CMS messageDigest must equal the SHA-256 of the
 * signed byte ranges, and the signer's key must verify the signature over the signed
 * attributes. Any change to the file after signing fails the first check.
 */
export function verifySignedPdf(pdf: Buffer): PdfSignatureCheck {
  let extracted: { ByteRange: number[]; signedData: Buffer };
  try {
    extracted = extractSignature(pdf);
  } catch {
    return { signed: false };
  }
  const p7 = forge.pkcs7.messageFromAsn1(readSignatureAsn1(pdf, extracted.ByteRange)) as forge.pkcs7.PkcsSignedData & {
    rawCapture: { authenticatedAttributes: forge.asn1.Asn1[]; signature: string; digestAlgorithm: string };
  };
  const cert = p7.certificates[0];
  const attrs = p7.rawCapture.authenticatedAttributes;
  let messageDigest: string | null = null;
  let signedAt: string | null = null;
  for (const attr of attrs) {
    const oid = forge.asn1.derToOid((attr.value as forge.asn1.Asn1[])[0].value as string);
    const valueSet = (attr.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[];
    if (oid === forge.pki.oids.messageDigest) messageDigest = forge.util.bytesToHex(valueSet[0].value as string);
    if (oid === forge.pki.oids.signingTime) signedAt = forge.asn1.utcTimeToDate(valueSet[0].value as string).toISOString();
  }
  const digestMatches = messageDigest === createHash('sha256').update(extracted.signedData).digest('hex');
  // the signature covers the DER of the attributes re-tagged as a SET (RFC 5652 5.4)
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
  const md = forge.md.sha256.create();
  md.update(forge.asn1.toDer(set).getBytes());
  let signatureMatches = false;
  try {
    signatureMatches = (cert.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().getBytes(), p7.rawCapture.signature);
  } catch {
    signatureMatches = false;
  }
  const cn = cert.subject.getField('CN')?.value ?? '';
  return { signed: true, valid: digestMatches && signatureMatches, digestMatches, signatureMatches, signer: String(cn), signedAt, certificatePem: forge.pki.certificateToPem(cert) };
}
