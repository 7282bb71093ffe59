import forge from 'node-forge';

/**
 * A self-signed signing certificate for a tenant that has not installed one from a
 * certification authority (BSrE issues those to government agencies; see docs/documents.md).
 * Verifiers see "issuer unknown" but the signature and integrity still verify.
 */
export function createSelfSignedP12(opts: { commonName: string; organisation: string; passphrase: string; years?: number }) {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(15));
  const now = new Date();
  cert.validity.notBefore = now;
  cert.validity.notAfter = new Date(now.getTime() + (opts.years ?? 5) * 365 * 86400_000);
  const attrs = [
    { name: 'commonName', value: opts.commonName },
    { name: 'organizationName', value: opts.organisation },
    { name: 'countryName', value: 'ID' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], opts.passphrase, { algorithm: 'aes256' });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
  return { p12, certificatePem: forge.pki.certificateToPem(cert), validUntil: cert.validity.notAfter, subject: `CN=${opts.commonName}, O=${opts.organisation}, C=ID` };
}
