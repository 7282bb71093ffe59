import forge from 'node-forge';
import { AppError } from '../errors';

export interface Pkcs12Contents {
  privateKey: forge.pki.rsa.PrivateKey;
  /** the signer's certificate first, then the rest of its chain as the file carries it */
  certificates: forge.pki.Certificate[];
}

/** "CN=…, O=…, C=ID": the attributes of a name in the order the certificate lists them. */
export function formatDistinguishedName(name: forge.pki.Certificate['subject']): string {
  return name.attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, type: string) {
  return p12.getBags({ bagType: type })[type] ?? [];
}

function sameKey(cert: forge.pki.Certificate, key: forge.pki.rsa.PrivateKey): boolean {
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  return Boolean(pub.n) && pub.n.equals(key.n) && pub.e.equals(key.e);
}

/**
 * Opens a PKCS#12 file (.p12/.pfx, as a CA such as BSrE issues it) with its password and
 * returns the RSA key with its certificate. Refuses, with a field error the form can show, a
 * file that is not PKCS#12, a wrong password, or a file without a key and its certificate.
 */
export function readPkcs12(content: Buffer, password: string): Pkcs12Contents {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(content.toString('binary')));
  } catch {
    throw new AppError('CERTIFICATE_NOT_PKCS12', 422, {}, { file: 'CERTIFICATE_NOT_PKCS12' });
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (err) {
    // forge names a failed MAC or decryption; anything else means the structure is not PKCS#12
    const message = err instanceof Error ? err.message : String(err);
    if (/password|MAC|decrypt/i.test(message)) throw new AppError('CERTIFICATE_WRONG_PASSWORD', 422, {}, { password: 'CERTIFICATE_WRONG_PASSWORD' });
    throw new AppError('CERTIFICATE_NOT_PKCS12', 422, {}, { file: 'CERTIFICATE_NOT_PKCS12' });
  }
  const keyBag = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(p12, forge.pki.oids.keyBag)].find((b) => b.key);
  const certs = bagsOf(p12, forge.pki.oids.certBag).flatMap((b) => (b.cert ? [b.cert] : []));
  const privateKey = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!privateKey) {
    // an unencrypted-MAC file opened with a wrong password yields no readable key bag
    throw new AppError('CERTIFICATE_NO_KEY', 422, {}, { file: 'CERTIFICATE_NO_KEY' });
  }
  const signer = certs.find((c) => sameKey(c, privateKey));
  if (!signer) throw new AppError('CERTIFICATE_NO_KEY', 422, {}, { file: 'CERTIFICATE_NO_KEY' });
  return { privateKey, certificates: [signer, ...certs.filter((c) => c !== signer)] };
}

/** Refuses a certificate that is not valid on `now`, naming the date that makes it so. */
export function assertCertificateValid(cert: forge.pki.Certificate, now: Date): void {
  // dd/mm/yyyy, as Indonesian offices write dates (the message shows it as is)
  const day = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/');
  if (cert.validity.notBefore > now) throw new AppError('CERTIFICATE_NOT_YET_VALID', 422, { from: day(cert.validity.notBefore) }, { file: 'CERTIFICATE_NOT_YET_VALID' });
  if (cert.validity.notAfter < now) throw new AppError('CERTIFICATE_EXPIRED', 422, { until: day(cert.validity.notAfter) }, { file: 'CERTIFICATE_EXPIRED' });
}

/** Packs the key and chain again under Simpul's own derived passphrase (see signing-secret.ts). */
export function repackPkcs12(contents: Pkcs12Contents, passphrase: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(contents.privateKey, contents.certificates, passphrase, { algorithm: 'aes256' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
