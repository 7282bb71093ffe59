/**
 * The uncompressed size an XLSX (a zip) declares, summed over its entries from the central
 * directory at the end of the file, without inflating anything. A zip bomb declaring gigabytes
 * is refused here at once; one that lies about its sizes is stopped while it is read (the
 * reader counts what it reads and runs in a worker with a memory limit). Null when the file
 * is not a readable zip, or uses ZIP64 (sizes beyond 4 GiB: never a spreadsheet of a registry).
 */
export function declaredUncompressedSize(content: Buffer): number | null {
  const endSignature = 0x06054b50;
  const entrySignature = 0x02014b50;
  const searchFrom = Math.max(0, content.length - 22 - 0xffff);
  let end = -1;
  for (let i = content.length - 22; i >= searchFrom; i--) {
    if (content.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== entrySignature) return null;
    const size = content.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + content.readUInt16LE(offset + 28) + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
  }
  return total;
}
