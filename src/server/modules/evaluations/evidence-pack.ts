import archiver from 'archiver';
import { extname } from 'node:path';
import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { t } from '../../../i18n/server';
import { findEvidence, findIndicators } from './queries';
import { findFrameworkIndicator, loadCycle } from './load-cycle';
import { evidenceCode } from './evidence-code';

type EvidenceRow = Awaited<ReturnType<typeof findEvidence>>[number];

interface PackEntry {
  /** path inside the ZIP (files only) */
  path: string | null;
  code: string;
  indicatorCode: string;
  row: EvidenceRow;
  explanation: string;
}

const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The manifest: one line per item with its code, title, level, where it is (file in the pack, address, Simpul record) and the indicator's explanation. */
function manifest(ctx: RequestContext, cycleId: string, entries: PackEntry[]) {
  const L = (k: string) => t(ctx.locale, `evaluation-portal.pack.column.${k}`);
  const header = ['code', 'indicator', 'level', 'kind', 'title', 'location', 'sha256', 'explanation'].map(L);
  const lines = entries.map(({ path, code, indicatorCode, row, explanation }) => {
    const e = row.evidence;
    const location =
      e.kind === 'file' ? path : e.kind === 'url' ? e.url : `${e.recordType}:${e.recordId} (/api/v1/evaluations/${cycleId}/indicators/${e.indicatorNumber})`;
    return [code, indicatorCode, e.level, t(ctx.locale, `evaluation-portal.pack.kind.${e.kind}`), e.label, location, row.sha256 ?? null, explanation];
  });
  // a BOM so Excel opens the UTF-8 text as such
  return '\uFEFF' + [header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

async function zip(build: (archive: archiver.Archiver) => Promise<void>): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  await build(archive);
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/**
 * The evidence of one indicator, or of the whole cycle (a folder per indicator), as a ZIP to
 * upload to the national evaluation portal: each file named by its code
 * (`<indicator code>.<level>.<item>` and the file's own extension), and a manifest listing every
 * item — files, web addresses and Simpul records. Read like every evidence file: whoever may read
 * the cycle (evaluation.read); every file is integrity-checked as it is read from the store.
 */
export async function exportEvidencePack(db: Queryable, ctx: RequestContext, store: FileStore, cycleId: string, number?: number) {
  const { cycle, framework } = await loadCycle(db, ctx, cycleId);
  const indicatorCode = number === undefined ? null : findFrameworkIndicator(framework, number).code;
  const [rows, indicators] = await Promise.all([findEvidence(db, ctx.tenantId, cycleId, number), findIndicators(db, ctx.tenantId, cycleId)]);
  const explanations = new Map(indicators.map((i) => [i.indicatorNumber, i.explanation ?? '']));
  const entries: PackEntry[] = rows.map((row) => {
    const e = row.evidence;
    const iCode = findFrameworkIndicator(framework, e.indicatorNumber).code;
    const code = evidenceCode(iCode, e.level, e.itemNumber);
    const name = `${code}${extname(row.fileName ?? '').toLowerCase()}`;
    return { path: e.kind === 'file' ? (number === undefined ? `${iCode}/${name}` : name) : null, code, indicatorCode: iCode, row, explanation: explanations.get(e.indicatorNumber) ?? '' };
  });
  const manifestName = `${t(ctx.locale, 'evaluation-portal.pack.manifest')}.csv`;
  const content = await zip(async (archive) => {
    for (const entry of entries) {
      if (!entry.path) continue;
      archive.append(await store.get(entry.row.sha256!), { name: entry.path, date: entry.row.evidence.createdAt });
    }
    archive.append(manifest(ctx, cycleId, entries), { name: manifestName });
  });
  const baseName = indicatorCode ? `data-dukung-${cycle.year}-${indicatorCode}` : `data-dukung-${cycle.year}`;
  return { content, baseName };
}
