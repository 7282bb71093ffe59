import type { ObligationResult } from './engine';
import type { CheckStatus, Finding, ReadAgency, Regulation, RegulationId, Subject } from './types';

export type StatusCounts = Record<CheckStatus, number>;

/** Zero for every state, so each state has its own number even when nothing answered it. */
export function emptyStatusCounts(): StatusCounts {
  return { met: 0, attested: 0, structure_in_place: 0, not_met: 0, due_soon: 0, not_applicable: 0, not_measurable: 0 };
}

function countStatuses(results: readonly ObligationResult[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const r of results) counts[r.result.status] += 1;
  return counts;
}

export interface RegulationSummary {
  regulation: RegulationId;
  title: string;
  counts: StatusCounts;
  chapters: { chapter: string; counts: StatusCounts; obligations: ObligationResult[] }[];
}

/** Results grouped regulation → chapter (in the order they appear), with counts by status. */
export function summarizeByRegulation(results: readonly ObligationResult[], regulations: readonly Regulation[]): RegulationSummary[] {
  const summaries: RegulationSummary[] = [];
  for (const regulation of regulations) {
    const own = results.filter((r) => r.regulation === regulation.id);
    if (own.length === 0) continue;
    const chapters = new Map<string, ObligationResult[]>();
    for (const r of own) {
      const list = chapters.get(r.chapter);
      if (list) list.push(r);
      else chapters.set(r.chapter, [r]);
    }
    summaries.push({
      regulation: regulation.id,
      title: regulation.title,
      counts: countStatuses(own),
      chapters: [...chapters].map(([chapter, obligations]) => ({ chapter, counts: countStatuses(obligations), obligations })),
    });
  }
  return summaries;
}

export interface AgencyGap {
  obligationId: string;
  remedyKey: string;
  findings: Finding[];
}

export interface AgencySummary {
  agencyId: string;
  name: string;
  /** measurable obligations that concern the agency (not applicable ones left out) */
  counted: number;
  /** met by data (due soon included); never structure in place or attested */
  met: number;
  /** obligations whose only evidence is that the responsible agency exists */
  structureInPlace: number;
  /** met / counted; null when nothing measurable concerns the agency */
  shareMet: number | null;
  notMet: AgencyGap[];
}

/** Special role an agency must hold for an obligation binding that subject to concern it. */
const roleOfSubject: Partial<Record<Subject, string>> = {
  ict_office: 'ict_office',
  planning_office: 'planning_office',
  inspectorate: 'inspectorate',
  regional_secretary: 'regional_secretariat',
};

/**
 * Per active agency: the share of measurable obligations it meets and what it misses. An
 * obligation concerns an agency when it binds every agency, binds a role the agency holds,
 * or names the agency in a finding. It is not met for the agency when it is not met and
 * either names the agency or names no agency at all (a gap of the whole tenant). Due soon
 * still counts as met; structure in place is counted on its own and is never met; an
 * obligation that does not apply is not counted.
 */
export function summarizeByAgency(results: readonly ObligationResult[], agencies: readonly ReadAgency[]): AgencySummary[] {
  const measured = results
    .filter((r) => r.result.status !== 'not_measurable' && r.result.status !== 'not_applicable')
    .map((r) => {
      const missing = r.result.status === 'not_met' ? r.result.missing : [];
      const byAgency = new Map<string, Finding[]>();
      for (const f of missing) {
        if (!f.agencyId) continue;
        const list = byAgency.get(f.agencyId);
        if (list) list.push(f);
        else byAgency.set(f.agencyId, [f]);
      }
      return { r, missing, byAgency, remedyKey: r.result.status === 'not_met' ? r.result.remedyKey : '' };
    });

  return agencies
    .filter((a) => a.status === 'active')
    .map((agency) => {
      let counted = 0;
      let met = 0;
      let structureInPlace = 0;
      const notMet: AgencyGap[] = [];
      for (const m of measured) {
        const role = roleOfSubject[m.r.binds];
        const named = m.byAgency.get(agency.id);
        const concerns = m.r.binds === 'every_agency' || (role !== undefined && agency.specialRoles.includes(role)) || named !== undefined;
        if (!concerns) continue;
        counted += 1;
        const status = m.r.result.status;
        if (status === 'structure_in_place') structureInPlace += 1;
        if (status === 'met' || status === 'due_soon') met += 1;
        if (status !== 'not_met') continue;
        if (named) notMet.push({ obligationId: m.r.obligationId, remedyKey: m.remedyKey, findings: named });
        else if (m.byAgency.size === 0) notMet.push({ obligationId: m.r.obligationId, remedyKey: m.remedyKey, findings: m.missing });
        // not met elsewhere, and nothing about this agency: met as far as this agency is concerned
        else met += 1;
      }
      return { agencyId: agency.id, name: agency.name, counted, met, structureInPlace, shareMet: counted === 0 ? null : met / counted, notMet };
    });
}
