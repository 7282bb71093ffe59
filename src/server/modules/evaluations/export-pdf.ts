import type { DB } from '../../platform/db/database';
import type { AppDeps, RequestContext } from '../../platform/context';
import { issueDocument } from '../../platform/documents/issue-document';
import type { PdfDoc } from '../../platform/documents/render-pdf';
import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { formatIndex } from '../../../shared/format-index';
import { drawBars, drawRadar } from './pdf-charts';
import { drawPdfTable } from './pdf-table';
import { loadReportData, type ReportData } from './report-data';

const selfColor = '#8a9bb0';
const finalColor = '#1c7ed6';

// room at the foot of every page for the signature footer with its QR code (issue-document.ts)
const margins = { top: 56, left: 56, right: 56, bottom: 124 };

function heading(doc: PdfDoc, text: string) {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).fillColor('black').text(text, doc.page.margins.left).moveDown(0.3);
}

function legend(doc: PdfDoc, L: (k: string) => string, x: number, y: number) {
  doc.rect(x, y, 8, 8).fill(selfColor).fillColor('black').font('Helvetica').fontSize(8).text(L('pdf.legendSelf'), x + 12, y);
  doc.rect(x + 150, y, 8, 8).fill(finalColor).fillColor('black').text(L('pdf.legendFinal'), x + 162, y);
}

/**
 * The evaluation report (Dumai 67/2022 Ps 33(6): the result goes to the regional head): cover,
 * index and predicate, a radar chart of the aspect indices and a bar chart of the indicator
 * levels, before and after verification, the table per domain, aspect and indicator, and the
 * improvement priorities. Charts are pdfkit vector paths.
 */
export function drawEvaluationReport(doc: PdfDoc, data: ReportData, locale: Locale) {
  const L = (key: string, params?: Record<string, unknown>) => t(locale, `evaluations.${key}`, params);
  const E = (key: string) => t(locale, `evaluation.${key}`);
  const { cycle, results } = data;
  const fw = cycle.frameworkId;
  // the framework data's own "not certain" marks, in words, wherever a value rests on one
  const mark = (u: { confidence: string } | null | undefined) => (u ? ` [${E('uncertain.label')} ${u.confidence}]` : '');
  const aspectMark = new Map(results.uncertain.aspects.map((a) => [a.number, a.uncertain]));
  doc.options.margins = margins;
  doc.page.margins = { ...margins };

  doc.font('Helvetica-Bold').fontSize(20).text(L('pdf.title', { year: cycle.year }), { align: 'center' }).moveDown(0.5);
  doc.font('Helvetica').fontSize(12).text(data.tenant.name, { align: 'center' }).text(E(`framework.${fw}.title`), { align: 'center' }).moveDown(1);
  doc.fontSize(10).text(L('pdf.status', { status: L(`status.${cycle.status}`) }), { align: 'center' });
  if (cycle.submittedAt) doc.text(L('pdf.submittedAt', { date: cycle.submittedAt.slice(0, 10) }), { align: 'center' });
  if (!results.complete) doc.fillColor('#c92a2a').text(L('results.provisional', { count: results.missing.length }), { align: 'center' }).fillColor('black');
  if (cycle.frameworkUncertain) doc.fillColor('#c92a2a').text(E('uncertain.frameworkBanner'), { align: 'center' }).fillColor('black');
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(28).text(formatIndex(results.final.index.reported, locale), { align: 'center' });
  if (results.uncertain.index ?? results.uncertain.framework) doc.font('Helvetica').fontSize(9).fillColor('#c92a2a').text(`${L('pdf.indexMark')}${mark(results.uncertain.index ?? results.uncertain.framework)}`, { align: 'center' }).fillColor('black');
  doc.font('Helvetica').fontSize(14).text(`${E(`predicate.${results.final.predicate.key}`)}${mark(results.uncertain.predicate)}`, { align: 'center' });
  doc.fontSize(9).fillColor('#555555').text(L('pdf.selfIndex', { index: formatIndex(results.selfAssessed.index.reported, locale) }), { align: 'center' }).fillColor('black');
  for (const team of cycle.teams) {
    doc.moveDown(0.5).fontSize(9).text(`${L(`team.${team.kind}`)}: ${team.members.map((m) => m.name).join(', ') || '–'}${team.decreeNumber ? ` (${team.decreeNumber}, ${team.decreeDate ?? ''})` : ''}`, { align: 'center' });
  }

  heading(doc, L('pdf.radarTitle'));
  const radarTop = doc.y;
  drawRadar(doc, {
    cx: doc.page.width / 2,
    cy: radarTop + 130,
    radius: 100,
    labels: results.final.aspects.map((a) => `${a.number}. ${E(`aspect.${fw}.${a.number}`)}`),
    series: [
      { values: results.selfAssessed.aspects.map((a) => a.value.exact), color: selfColor },
      { values: results.final.aspects.map((a) => a.value.exact), color: finalColor },
    ],
  });
  legend(doc, L, doc.page.margins.left, radarTop + 270);
  doc.y = radarTop + 290;

  doc.addPage();
  heading(doc, L('pdf.barTitle'));
  const barTop = doc.y + 10;
  drawBars(doc, {
    x: doc.page.margins.left + 14,
    y: barTop,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right - 14,
    height: 150,
    items: results.indicators.map((i) => ({ label: String(i.number), before: i.selfLevel, after: i.finalLevel })),
    colors: [selfColor, finalColor],
  });
  legend(doc, L, doc.page.margins.left, barTop + 168);
  doc.y = barTop + 185;

  heading(doc, L('pdf.tableTitle'));
  const aspectValue = new Map(results.final.aspects.map((a) => [a.number, a.value.reported]));
  const domainValue = new Map(results.final.domains.map((d) => [d.number, d.value.reported]));
  const rows: { cells: string[]; group?: boolean }[] = [];
  let domain: number | null = -1;
  let aspect = -1;
  for (const i of cycle.indicators) {
    if (i.domain !== domain && i.domain !== null) rows.push({ group: true, cells: [`${E('label.domain')} ${i.domain}`, E(`domain.${fw}.${i.domain}`), '', '', formatIndex(domainValue.get(i.domain) ?? 0, locale), ''] });
    domain = i.domain;
    if (i.aspect !== aspect) rows.push({ group: true, cells: [`${E('label.aspect')} ${i.aspect}`, `${E(`aspect.${fw}.${i.aspect}`)}${mark(aspectMark.get(i.aspect))}`, '', '', formatIndex(aspectValue.get(i.aspect) ?? 0, locale), ''] });
    aspect = i.aspect;
    rows.push({ cells: [String(i.number), `${i.name}${mark(i.uncertain)}`, i.agencyName ?? '–', i.selfLevel === null ? '–' : String(i.selfLevel), i.verifiedLevel === null ? '–' : String(i.verifiedLevel), i.verificationNote ?? ''] });
  }
  drawPdfTable(
    doc,
    [
      { header: L('column.number'), width: 40 },
      { header: L('column.indicator'), width: 170 },
      { header: L('column.agency'), width: 85 },
      { header: L('column.selfLevel'), width: 45, align: 'center' },
      { header: L('column.verifiedLevel'), width: 45, align: 'center' },
      { header: L('column.note'), width: 98 },
    ],
    rows,
  );

  heading(doc, E('priority.title'));
  if (results.priorities.length === 0) doc.font('Helvetica').fontSize(10).text(E('priority.none'));
  for (const p of results.priorities.slice(0, 10)) {
    doc.font('Helvetica').fontSize(9).text(`${t(locale, 'evaluation.priority.item', { indicator: p.indicator, current: p.currentLevel, next: p.nextLevel, gain: formatIndex(p.gain, locale, 3) })}${mark(p.uncertain)}`);
  }
  if (results.comparison) {
    heading(doc, t(locale, 'evaluation.compare.title', { previous: results.comparison.previousYear, current: cycle.year }));
    doc.font('Helvetica').fontSize(9).text(L('pdf.indexDelta', { delta: formatIndex(results.comparison.indexDelta, locale, 2, true) }));
  }
  drawOfficialComparison(doc, data, locale);
  drawEvidenceCodes(doc, data, locale);
  doc.moveDown(1).fontSize(8).fillColor('#555555').text(L('pdf.generated', { at: new Date().toISOString() }));
}

/** The official results beside Simpul's, once imported: index, predicate, and the indicators where they differ. */
function drawOfficialComparison(doc: PdfDoc, data: ReportData, locale: Locale) {
  const P = (key: string, params?: Record<string, unknown>) => t(locale, `evaluation-portal.${key}`, params);
  const { official } = data;
  if (!official.imported) return;
  heading(doc, P('compare.title'));
  const official_ = official.index.official === null ? '–' : formatIndex(official.index.official, locale);
  doc.font('Helvetica').fontSize(9).text(P('compare.pdfIndex', { simpul: formatIndex(official.index.simpul, locale), official: official_ }));
  if (official.index.computed) doc.text(P('compare.computed'));
  doc.text(P('compare.summary', official.summary));
  const differing = official.indicators.filter((i) => i.difference !== null && i.difference !== 0);
  if (differing.length === 0) return;
  drawPdfTable(
    doc,
    [
      { header: P('compare.column.code'), width: 80 },
      { header: t(locale, 'evaluations.column.selfLevel'), width: 95, align: 'center' },
      { header: t(locale, 'evaluations.column.verifiedLevel'), width: 95, align: 'center' },
      { header: P('compare.column.official'), width: 95, align: 'center' },
      { header: P('compare.column.difference'), width: 118, align: 'center' },
    ],
    differing.map((i) => ({ cells: [i.code, String(i.selfLevel ?? '–'), String(i.verifiedLevel ?? '–'), String(i.officialLevel ?? '–'), formatIndex(i.difference!, locale, 0, true)] })),
  );
}

/** Every evidence item by its code, so the report and the portal upload name the same things. */
function drawEvidenceCodes(doc: PdfDoc, data: ReportData, locale: Locale) {
  heading(doc, t(locale, 'evaluation-portal.pdf.evidenceTitle'));
  if (data.evidenceItems.length === 0) doc.font('Helvetica').fontSize(9).text(t(locale, 'evaluation-portal.pdf.noEvidence'));
  for (const item of data.evidenceItems) doc.font('Helvetica').fontSize(8).text(`${item.code}  ${item.label}`);
}

/** The report, signed and recorded as an issued document with a public verification page. */
export async function exportEvaluationPdf(db: DB, deps: Pick<AppDeps, 'config' | 'files'>, ctx: RequestContext, id: string) {
  const data = await loadReportData(db, ctx, id);
  const title = t(ctx.locale, 'evaluations.pdf.title', { year: data.cycle.year });
  const { pdf } = await db.transaction((tx) =>
    issueDocument(tx, deps, ctx, {
      kind: 'evaluation_report',
      title,
      entityType: 'evaluation',
      entityId: id,
      draw: (doc) => drawEvaluationReport(doc, data, ctx.locale),
      footerText: (url) => t(ctx.locale, 'evaluations.pdf.footer', { url }),
    }),
  );
  return { year: data.cycle.year, content: pdf };
}
