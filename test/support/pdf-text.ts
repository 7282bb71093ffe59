import { inflateSync } from 'node:zlib';

/**
 * The text a pdfkit document shows, in drawing order, lines joined by spaces: content streams
 * inflated, hex strings of TJ arrays decoded (standard fonts, WinAnsi). Enough for tests that
 * ask "does the report say X".
 */
export function extractPdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const text = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('');
      parts.push(text);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}
