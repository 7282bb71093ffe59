import { inflateSync } from 'node:zlib';

/**
 * The text lines of a PDF written by pdfkit with its built-in fonts: each content stream is
 * inflated and the hex strings of every TJ array are decoded (WinAnsi ≈ latin1) and joined.
 * Enough to check what a generated letter says, without a PDF library.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\] TJ/g)) {
      const hexes = [...tj[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1'));
      lines.push(hexes.join(''));
    }
  }
  return lines;
}
