import type { DB } from '../../platform/db/database';
import type { AppDeps, RequestContext } from '../../platform/context';
import { issueDocument } from '../../platform/documents/issue-document';
import type { PdfDoc } from '../../platform/documents/render-pdf';
import { formatDay, type Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { ComplianceReport } from '../../../shared/compliance';
import { drawPdfTable } from './pdf-table';

const pdfStates = ['met', 'attested', 'structure_in_place', 'not_met', 'due_soon', 'not_applicable', 'not_measurable'] as const;

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10}%`;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(text, doc.page.margins.left).moveDown(0.3);
}

/** Issue 8 §3: what each attested obligation stands on — statement, party, accepted by, valid until. */
function drawAttestations(doc: PdfDoc, report: ComplianceReport, locale: Locale) {
  if (report.attestations.length === 0) return;
  const A = (key: string) => t(locale, `attestations.${key}`);
  heading(doc, A('pdf.section'));
  drawPdfTable(
    doc,
    [
      { header: t(locale, 'compliance-ui.column.citation'), width: 100 },
      { header: A('column.statement'), width: 185 },
      { header: A('column.party'), width: 85 },
      { header: A('column.acceptedBy'), width: 75 },
      { header: A('column.validUntil'), width: 70 },
    ],
    report.attestations.map((a) => [a.citation.label, a.statement, a.party, a.acceptedBy, a.validUntil ?? A('noExpiry')]),
  );
}

/** Issue 8 §2: every reading the checks make that the text does not state, with the citations that use it. */
function drawInterpretations(doc: PdfDoc, report: ComplianceReport, locale: Locale) {
  const byReading = new Map<string, string[]>();
  for (const o of report.regulations.flatMap((r) => r.chapters.flatMap((c) => c.obligations))) {
    if (o.interpretation) byReading.set(o.interpretation, [...(byReading.get(o.interpretation) ?? []), o.citation.label]);
  }
  if (byReading.size === 0) return;
  const L = (key: string) => t(locale, `compliance-ui.${key}`);
  heading(doc, L('pdf.interpretations'));
  doc.font('Helvetica').fontSize(10).text(L('pdf.interpretationsIntro'));
  drawPdfTable(
    doc,
    [
      { header: L('column.interpretation'), width: 300 },
      { header: L('column.citation'), width: 215 },
    ],
    [...byReading].map(([reading, citations]) => [reading, citations.join('; ')]),
  );
}

/**
 * A readable report of the evaluation: the tenant and date, the regulations in force, a
 * summary per regulation, the share met per agency, every obligation not met with its
 * citation and what to do, the attestations attested obligations stand on, and the readings
 * the checks make that the text does not state. Helvetica's WinAnsi encoding covers Indonesian text.
 */
export function drawCompliancePdf(doc: PdfDoc, report: ComplianceReport, locale: Locale) {
  const L = (key: string, params?: Record<string, unknown>) => t(locale, `compliance-ui.${key}`, params);
  doc.font('Helvetica-Bold').fontSize(16).text(L('pdf.title'));
  doc.font('Helvetica').fontSize(10).text(report.tenant.name).text(L('pdf.asOf', { date: formatDay(locale, report.asOf) }));
  doc.text(L('pdf.inForce', { regulations: report.regulationsInForce.map((r) => r.shortName).join(', ') || '–' }));
  if (report.agencyScope !== null) doc.text(L('pdf.scoped'));

  heading(doc, L('pdf.byRegulation'));
  // one column per state: structure in place is never folded into met (issue 8 §2)
  drawPdfTable(
    doc,
    [{ header: L('column.regulation'), width: 125 }, ...pdfStates.map((s) => ({ header: L(`status.${s}`), width: 55, align: 'right' as const }))],
    report.regulations.map((r) => [r.shortName, ...pdfStates.map((s) => String(r.counts[s]))]),
  );

  heading(doc, L('pdf.byAgency'));
  drawPdfTable(
    doc,
    [
      { header: L('column.agency'), width: 275 },
      { header: L('column.counted'), width: 80, align: 'right' },
      { header: L('column.met'), width: 80, align: 'right' },
      { header: L('column.shareMet'), width: 80, align: 'right' },
    ],
    report.agencies.map((a) => [a.name, String(a.counted), String(a.met), percent(a.shareMet)]),
  );

  heading(doc, L('pdf.notMet'));
  const unmet = report.regulations.flatMap((r) => r.chapters.flatMap((c) => c.obligations.filter((o) => o.status === 'not_met')));
  if (unmet.length === 0) doc.font('Helvetica').fontSize(10).text(L('pdf.nothingNotMet'));
  drawPdfTable(
    doc,
    [
      { header: L('column.citation'), width: 130 },
      { header: L('column.obligation'), width: 200 },
      { header: L('column.findings'), width: 50, align: 'right' },
      { header: L('column.remedy'), width: 135 },
    ],
    unmet.map((o) => [o.citation.label, o.excerpt, String(o.findings), o.remedy ?? '']),
  );
  drawAttestations(doc, report, locale);
  drawInterpretations(doc, report, locale);
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(L('pdf.generated', { at: new Date().toISOString() }));
}

/** The report as a signed PDF with a QR code to its public verification page (docs/documents.md). */
export async function exportCompliancePdf(db: DB, deps: Pick<AppDeps, 'config' | 'files'>, ctx: RequestContext, report: ComplianceReport): Promise<Buffer> {
  const { pdf } = await db.transaction((tx) =>
    issueDocument(tx, deps, ctx, {
      kind: 'compliance_report',
      title: `${t(ctx.locale, 'compliance-ui.pdf.title')} — ${report.tenant.name} — ${report.asOf}`,
      draw: (doc) => drawCompliancePdf(doc, report, ctx.locale),
      footerText: (url) => t(ctx.locale, 'common.signedFooter', { url }),
    }),
  );
  return pdf;
}
