import { generateKeyPairSync } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import forge from 'node-forge';

function rsaKeys() {
  // node's key generation is fast; forge's pure-JS one takes seconds per key
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

const caKeys = rsaKeys();
const caName = [
  { name: 'commonName', value: 'CA Uji Simpul' },
  { name: 'organizationName', value: 'Otoritas Sertifikat Uji' },
  { name: 'countryName', value: 'ID' },
];

export interface TestCertificate {
  p12: Buffer;
  commonName: string;
  serialNumber: string;
}

/**
 * A PKCS#12 file as a CA issues it to a government signer: a key and a certificate signed by a
 * test CA, with the CA certificate in the chain. Dates are whatever the test needs.
 */
export function buildTestP12(opts: { commonName: string; password: string; notBefore?: Date; notAfter?: Date }): TestCertificate {
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `7a${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = opts.notBefore ?? new Date(Date.now() - 86400_000);
  cert.validity.notAfter = opts.notAfter ?? new Date(Date.now() + 365 * 86400_000);
  cert.setSubject([{ name: 'commonName', value: opts.commonName }, { name: 'organizationName', value: 'Pemerintah Kota Uji' }, { name: 'countryName', value: 'ID' }]);
  cert.setIssuer(caName);
  cert.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());

  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date(Date.now() - 10 * 86400_000);
  ca.validity.notAfter = new Date(Date.now() + 10 * 365 * 86400_000);
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([{ name: 'basicConstraints', cA: true }]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca], opts.password, { algorithm: 'aes256' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), commonName: opts.commonName, serialNumber: cert.serialNumber.toUpperCase() };
}

/** A multipart body with the certificate file and its password. */
export function certificateForm(p12: Buffer, password: string, name = 'sertifikat.p12'): FormData {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(p12)], name, { type: 'application/x-pkcs12' }));
  form.append('password', password);
  return form;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A small solid-colour PNG, for a letterhead logo. */
export function buildPng(size = 8, rgb: [number, number, number] = [0, 90, 160]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => rgb[i % 3])]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
