import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { findObligation } from '../../../regulations/catalogue';
import type { Finding, Obligation } from '../../../regulations/types';
import type { ComplianceReport } from '../../../shared/compliance';
import type { SheetColumn } from '../../platform/excel/columns';
import { writeWorkbook } from '../../platform/excel/write-workbook';
import type { TenantEvaluation } from './evaluate-tenant';
import { formatCitation, presentFinding, selectVisible, type AgencyScope } from './present-findings';
import { findingsOf, notApplicableOf } from './present-report';

const summaryColumns: SheetColumn[] = [
  { key: 'regulation', headerKey: 'compliance-ui.column.regulation', width: 24 },
  { key: 'chapter', headerKey: 'compliance-ui.column.chapter', width: 30 },
  { key: 'citation', headerKey: 'compliance-ui.column.citation', width: 34 },
  { key: 'obligation', headerKey: 'compliance-ui.column.obligation', width: 60 },
  { key: 'status', headerKey: 'compliance-ui.column.status', width: 20 },
  { key: 'dueDate', headerKey: 'compliance-ui.column.dueDate', width: 14 },
  { key: 'needs', headerKey: 'compliance-ui.column.needs', width: 26 },
  { key: 'reason', headerKey: 'compliance-ui.column.reason', width: 50 },
  { key: 'findings', headerKey: 'compliance-ui.column.findings', width: 10 },
  { key: 'interpretation', headerKey: 'compliance-ui.column.interpretation', width: 60 },
];

const agencyColumns: SheetColumn[] = [
  { key: 'agency', headerKey: 'compliance-ui.column.agency', width: 40 },
  { key: 'counted', headerKey: 'compliance-ui.column.counted', width: 12 },
  { key: 'met', headerKey: 'compliance-ui.column.met', width: 12 },
  { key: 'structureInPlace', headerKey: 'compliance-ui.status.structure_in_place', width: 14 },
  { key: 'shareMet', headerKey: 'compliance-ui.column.shareMet', width: 12 },
  { key: 'notMet', headerKey: 'compliance-ui.column.notMet', width: 12 },
];

const findingColumns: SheetColumn[] = [
  { key: 'citation', headerKey: 'compliance-ui.column.citation', width: 34 },
  { key: 'status', headerKey: 'compliance-ui.column.status', width: 20 },
  { key: 'agency', headerKey: 'compliance-ui.column.agency', width: 30 },
  { key: 'finding', headerKey: 'compliance-ui.column.finding', width: 70 },
  { key: 'remedy', headerKey: 'compliance-ui.column.remedy', width: 50 },
  { key: 'recordType', headerKey: 'compliance-ui.column.recordType', width: 14 },
  { key: 'recordId', headerKey: 'compliance-ui.column.recordId', width: 38 },
];

const attestationColumns: SheetColumn[] = [
  { key: 'citation', headerKey: 'compliance-ui.column.citation', width: 34 },
  { key: 'statement', headerKey: 'attestations.column.statement', width: 70 },
  { key: 'party', headerKey: 'attestations.column.party', width: 30 },
  { key: 'attestedOn', headerKey: 'attestations.column.attestedOn', width: 14 },
  { key: 'acceptedBy', headerKey: 'attestations.column.acceptedBy', width: 26 },
  { key: 'validUntil', headerKey: 'attestations.column.validUntil', width: 14 },
];

/**
 * The evaluation as a workbook: a summary sheet (one row per obligation in force), the
 * agencies' share met, a findings sheet (what is missing or coming due, with what to do) and
 * the attestations obligations stand on (statement, party, accepted by, valid until), limited to the reader's agencies like the screen.
 */
export async function exportComplianceWorkbook(evaluation: TenantEvaluation, report: ComplianceReport, locale: Locale, scope: AgencyScope): Promise<Buffer> {
  const status = (s: string) => t(locale, `compliance-ui.status.${s}`);
  const agencyNames = new Map(evaluation.model.agencies.map((a) => [a.id, a.name]));
  const summary = report.regulations.flatMap((r) =>
    r.chapters.flatMap((c) =>
      c.obligations.map((o) => ({
        regulation: r.shortName,
        chapter: c.chapter,
        citation: o.citation.label,
        obligation: o.excerpt,
        status: status(o.status),
        dueDate: o.dueDate,
        needs: o.needs ? t(locale, `compliance-ui.capability.${o.needs}`) : null,
        reason: o.notApplicableReason ?? (o.notMeasurableReason ? t(locale, `compliance-ui.notMeasurableReason.${o.notMeasurableReason}`) : null),
        findings: o.findings,
        interpretation: o.interpretation,
      })),
    ),
  );
  const findings = evaluation.results
    .flatMap((r) => {
      const remedy = r.result.status === 'not_met' ? t(locale, r.result.remedyKey) : null;
      const citation = formatCitation(locale, (findObligation(r.obligationId) as Obligation).citation).label;
      const row = (f: Finding, rowStatus: string) => {
        const view = presentFinding(locale, f, agencyNames);
        return { citation, status: status(rowStatus), agency: view.agencyName, finding: view.message, remedy, recordType: view.recordType, recordId: view.recordId };
      };
      const gaps = r.result.status === 'not_met' || r.result.status === 'due_soon' ? selectVisible(findingsOf(r.result), scope).visible.map((f) => row(f, r.result.status)) : [];
      // records outside the obligation's scope are listed with their reason, never as gaps
      const outOfScope = selectVisible(notApplicableOf(r.result), scope).visible.map((f) => ({ ...row(f, 'not_applicable'), remedy: null }));
      return [...gaps, ...outOfScope];
    });
  const agencies = report.agencies.map((a) => ({
    agency: a.name,
    counted: a.counted,
    met: a.met,
    structureInPlace: a.structureInPlace,
    shareMet: a.shareMet === null ? null : Math.round(a.shareMet * 1000) / 10,
    notMet: a.notMet.length,
  }));
  return writeWorkbook({
    locale,
    sheets: [
      { sheetName: t(locale, 'compliance-ui.sheet.summary'), columns: summaryColumns, rows: summary },
      { sheetName: t(locale, 'compliance-ui.sheet.agencies'), columns: agencyColumns, rows: agencies },
      { sheetName: t(locale, 'compliance-ui.sheet.findings'), columns: findingColumns, rows: findings },
      {
        sheetName: t(locale, 'attestations.sheet'),
        columns: attestationColumns,
        rows: report.attestations.map((a) => ({
          citation: a.citation.label,
          statement: a.statement,
          party: a.party,
          attestedOn: a.attestedOn,
          acceptedBy: a.acceptedBy,
          validUntil: a.validUntil ?? t(locale, 'attestations.noExpiry'),
        })),
      },
    ],
  });
}
