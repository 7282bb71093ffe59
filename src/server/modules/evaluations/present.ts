import type { z } from 'zod';
import { can } from '../../platform/policy/can';
import type { Actor } from '../../platform/policy/actor';
import type { Indicator, Uncertainty } from '../../../evaluation';
import type { CycleSummary, CycleView, IndicatorRow, TeamView } from '../../../shared/evaluations';
import type { LoadedCycle, CycleRow } from './load-cycle';
import { agencyMayEdit, agencyMaySubmit, assessorMayDecide, indicatorState, isOwnAgencyIndicator } from './indicator-state';
import { hasAgencyRole } from '../../platform/policy/actor';
import type { evaluationIndicators } from './tables';

export type IndicatorDbRow = typeof evaluationIndicators.$inferSelect;

export function presentUncertain(u: Uncertainty | undefined) {
  return u ? { confidence: u.confidence, reason: u.reason, ...(u.fields && { fields: u.fields }) } : null;
}

export function presentSummary(cycle: CycleRow, rows: readonly Pick<IndicatorDbRow, 'agencyId' | 'selfLevel' | 'verification' | 'submission'>[], total: number): z.infer<typeof CycleSummary> {
  const states = rows.map((r) => indicatorState(r));
  return {
    id: cycle.id,
    year: cycle.year,
    frameworkId: cycle.frameworkId as z.infer<typeof CycleSummary>['frameworkId'],
    status: cycle.status,
    submittedAt: cycle.submittedAt?.toISOString() ?? null,
    progress: {
      total,
      assigned: rows.filter((r) => r.agencyId).length,
      selfAssessed: rows.filter((r) => r.selfLevel !== null).length,
      submitted: states.filter((s) => s === 'submitted' || s === 'verified').length,
      returned: states.filter((s) => s === 'returned').length,
      verified: rows.filter((r) => r.verification !== null).length,
    },
  };
}

export function presentIndicatorRow(
  loaded: LoadedCycle,
  indicator: Indicator,
  row: IndicatorDbRow | undefined,
  agencyNames: ReadonlyMap<string, string>,
  evidenceCount: number,
  actor: Actor | null,
): z.infer<typeof IndicatorRow> {
  const locked = loaded.cycle.status === 'submitted';
  const agencyId = row?.agencyId ?? null;
  const state = indicatorState(row);
  const agencyMay = !locked && loaded.cycle.status === 'open' && can(actor, 'evaluation.selfAssess', { agencyId });
  return {
    number: indicator.number,
    code: indicator.code,
    domain: indicator.domain ?? null,
    aspect: indicator.aspect,
    name: indicator.name,
    weight: indicator.weight,
    agencyId,
    agencyName: agencyId ? (agencyNames.get(agencyId) ?? null) : null,
    selfLevel: row?.selfLevel ?? null,
    explanation: row?.explanation ?? null,
    selfAssessedAt: row?.selfAssessedAt?.toISOString() ?? null,
    verification: row?.verification ?? null,
    verifiedLevel: row?.verifiedLevel ?? null,
    verificationNote: row?.verificationNote ?? null,
    verifiedAt: row?.verifiedAt?.toISOString() ?? null,
    evidenceCount,
    state,
    mine: !!actor && hasAgencyRole(actor, agencyId, 'agency_operator', 'agency_head'),
    uncertain: presentUncertain(indicator.uncertain),
    abilities: {
      selfAssess: agencyMay && agencyMayEdit(state),
      submit: agencyMay && agencyMaySubmit(state),
      verify:
        !locked && loaded.cycle.status !== 'verified' && assessorMayDecide(state) && can(actor, 'evaluation.verify', loaded.record) && !isOwnAgencyIndicator(actor!, agencyId),
    },
  };
}

const nextStatus = { open: 'self_assessed', self_assessed: 'verified', verified: 'submitted', submitted: null } as const;

export function presentCycle(
  loaded: LoadedCycle,
  rows: readonly IndicatorDbRow[],
  evidenceCounts: ReadonlyMap<number, number>,
  agencyNames: ReadonlyMap<string, string>,
  userNames: ReadonlyMap<string, string>,
  actor: Actor | null,
): CycleView {
  const byNumber = new Map(rows.map((r) => [r.indicatorNumber, r]));
  const next = nextStatus[loaded.cycle.status];
  // Ps 33(5): the assessors close verification; Ps 33(4), (6): the coordination team the rest
  const mayAdvance = next === 'verified' ? can(actor, 'evaluation.verify', loaded.record) : next !== null && can(actor, 'evaluation.manage', loaded.record);
  const teams: z.infer<typeof TeamView>[] = (['coordination', 'assessor'] as const).map((kind) => {
    const found = loaded.teams.find((t) => t.team.kind === kind);
    return {
      kind,
      members: (found?.team.memberUserIds ?? []).map((userId) => ({ userId, name: userNames.get(userId) ?? '' })),
      decreeNumber: found?.team.decreeNumber ?? null,
      decreeDate: found?.team.decreeDate ?? null,
      decreeFile: found?.team.decreeFileId ? { id: found.team.decreeFileId, fileName: found.fileName!, sha256: found.sha256! } : null,
    };
  });
  return {
    ...presentSummary(loaded.cycle, rows, loaded.framework.indicators.length),
    frameworkUncertain: presentUncertain(loaded.framework.uncertain),
    teams,
    indicators: loaded.framework.indicators.map((i) => presentIndicatorRow(loaded, i, byNumber.get(i.number), agencyNames, evidenceCounts.get(i.number) ?? 0, actor)),
    abilities: {
      manage: loaded.cycle.status !== 'submitted' && can(actor, 'evaluation.manage', loaded.record),
      verify: loaded.cycle.status !== 'submitted' && can(actor, 'evaluation.verify', loaded.record),
      advanceTo: mayAdvance ? next : null,
    },
  };
}
