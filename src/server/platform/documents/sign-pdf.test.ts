import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSelfSignedP12 } from './self-signed-certificate';
import { renderPdf } from './render-pdf';
import { signPdf } from './sign-pdf';
import { readSignatureAsn1, verifySignedPdf } from './verify-pdf';
import forge from 'node-forge';

const key = createSelfSignedP12({ commonName: 'Pemerintah Kota Uji', organisation: 'Pemerintah Kota Uji', passphrase: 'rahasia' });
const meta = { reason: 'Surat keputusan', name: 'Pemerintah Kota Uji', location: 'Indonesia', contactInfo: 'diskominfo@kota.go.id' };

async function signedSample() {
  const pdf = await renderPdf((doc) => void doc.fontSize(14).text('Keputusan permohonan pemanfaatan data'), { title: 'Uji', author: 'Simpul' });
  return signPdf(pdf, key.p12, 'rahasia', meta);
}

describe('signed PDF documents (Palu 14/2022 Ps 32: keaslian dan kenirsangkalan)', () => {
  it('signs a PDF so that its signature and digest verify', async () => {
    const signed = await signedSample();
    const check = verifySignedPdf(signed);
    expect(check).toMatchObject({ signed: true, valid: true, digestMatches: true, signatureMatches: true, signer: 'Pemerintah Kota Uji' });
  });

  it('detects one changed byte after signing', async () => {
    const signed = await signedSample();
    const text = signed.toString('latin1');
    const at = text.indexOf('Keputusan') > 0 ? text.indexOf('Keputusan') : 200;
    const tampered = Buffer.from(signed);
    tampered[at] = tampered[at] ^ 0x01;
    const check = verifySignedPdf(tampered);
    expect(check.signed && check.digestMatches).toBe(false);
  });

  it('reads a signature whose DER ends in a zero byte (the placeholder is zero-padded after it)', () => {
    // an OCTET STRING 01 02 00: its last content byte is zero, like one RSA signature in 256
    const der = '04030102' + '00';
    const head = '%PDF-1.7 /ByteRange [0 10 30 4]';
    const before = head.padEnd(10, ' ').slice(0, 10);
    const contents = `<${der}${'0'.repeat(30 - 10 - 2 - der.length)}>`;
    const pdf = Buffer.from(before + contents + 'tail', 'latin1');
    const asn1 = readSignatureAsn1(pdf, [0, 10, 30, 4]);
    expect(forge.util.bytesToHex(forge.asn1.toDer(asn1).getBytes())).toBe(der);
  });

  it('reports an unsigned PDF as unsigned', async () => {
    const pdf = await renderPdf((doc) => void doc.text('tanpa tanda tangan'), { title: 'x', author: 'y' });
    expect(verifySignedPdf(pdf)).toEqual({ signed: false });
  });

  it('is accepted by an independent verifier (poppler pdfsig; .ci/run installs poppler-utils)', async () => {
    const pdfsig = '/usr/bin/pdfsig';
    expect(existsSync(pdfsig)).toBe(true);
    const signed = await signedSample();
    const file = join(mkdtempSync(join(tmpdir(), 'simpul-sig-')), 'signed.pdf');
    writeFileSync(file, signed);
    let output = '';
    try {
      output = execFileSync(pdfsig, [file], { encoding: 'utf8' });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? '');
    }
    expect(output).toContain('Signature is Valid');
  });
});
