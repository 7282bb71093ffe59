import type { ComplianceReport, DueCalendar } from '../../../shared/compliance';
import type { HomeView } from '../../../shared/home';

type AgencyRow = ComplianceReport['agencies'][number];

function presentAgency(a: AgencyRow) {
  return {
    agencyId: a.agencyId,
    name: a.name,
    counted: a.counted,
    met: a.met,
    shareMet: a.shareMet,
    notMet: a.notMet.length,
    findings: a.notMet.reduce((sum, gap) => sum + gap.findings.length, 0),
  };
}

/** Every agency the reader sees, the least compliant first (agencies with nothing measurable last). */
export function presentCompliance(report: ComplianceReport): NonNullable<HomeView['compliance']> {
  const agencies = report.agencies.map(presentAgency).sort((a, b) => (a.shareMet ?? 2) - (b.shareMet ?? 2) || a.name.localeCompare(b.name, 'id'));
  return { counts: report.counts, agencies };
}

/** The agencies with unmet obligations, the most findings first: where the inspectorate looks. */
export function presentFindingsByAgency(report: ComplianceReport): NonNullable<HomeView['findingsByAgency']> {
  const agencies = report.agencies.map(presentAgency).filter((a) => a.notMet > 0);
  return { agencies: agencies.sort((a, b) => b.findings - a.findings || b.notMet - a.notMet || a.name.localeCompare(b.name, 'id')) };
}

/** The unmet obligations of the person's own agencies, each with what to do. */
export function presentAgencyObligations(report: ComplianceReport, agencyIds: readonly string[], limit: number): NonNullable<HomeView['agencyObligations']> {
  const mine = new Set(agencyIds);
  const gaps = report.agencies
    .filter((a) => mine.has(a.agencyId))
    .flatMap((a) =>
      a.notMet.map((gap) => ({
        obligationId: gap.obligationId,
        citation: gap.citation.label,
        agencyId: a.agencyId,
        agencyName: a.name,
        remedy: gap.remedy,
        findings: gap.findings.length,
        example: gap.findings[0]?.message ?? null,
      })),
    );
  return { total: gaps.length, items: gaps.slice(0, limit) };
}

/** What falls due, the overdue first, then by date. */
export function presentDueCalendar(calendar: DueCalendar, limit: number): NonNullable<HomeView['dueCalendar']> {
  const events = [...calendar.events].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date));
  return {
    until: calendar.until,
    total: events.length,
    items: events.slice(0, limit).map((e) => ({
      date: e.date,
      label: e.label,
      overdue: e.overdue,
      obligationId: e.obligationId,
      agencyName: e.agencyName,
      recordType: e.recordType,
      recordId: e.recordId,
      recordName: e.recordName,
    })),
  };
}
