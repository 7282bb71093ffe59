import { actorAgencyIds, type Actor } from '../../platform/policy/actor';
import type { IndicatorState } from '../../../shared/evaluations';

export interface IndicatorStateRow {
  agencyId: string | null;
  selfLevel: number | null;
  submission: 'draft' | 'submitted' | 'returned' | null;
  verification: 'agreed' | 'adjusted' | null;
}

/**
 * Where an indicator stands between the agency and the assessors (Dumai 67/2022 Ps 33(5)):
 * unassigned → assigned → draft (saved, not sent) → submitted → verified, or returned to the
 * agency with a note, which answers and submits again.
 */
export function indicatorState(row: IndicatorStateRow | undefined): IndicatorState {
  if (!row?.agencyId) return 'unassigned';
  if (row.verification) return 'verified';
  if (row.submission === 'submitted' || row.submission === 'returned') return row.submission;
  return row.selfLevel === null ? 'assigned' : 'draft';
}

/** The agency edits its answer and evidence until it sends them, and again after a return. */
export function agencyMayEdit(state: IndicatorState): boolean {
  return state === 'assigned' || state === 'draft' || state === 'returned';
}

/** The agency sends an answered indicator: a draft, or a returned one after answering the note. */
export function agencyMaySubmit(state: IndicatorState): boolean {
  return state === 'draft' || state === 'returned';
}

/** The assessors look at what was sent to them; a verified one may be verified again or returned. */
export function assessorMayDecide(state: IndicatorState): boolean {
  return state === 'submitted' || state === 'verified';
}

/**
 * An assessor does not verify an answer of an agency they belong to. Ps 33(5) sets up the
 * internal assessor team for the technical evaluation without saying so; Simpul reads the
 * evaluation as a second look by someone other than the agency that answered (product rule).
 */
export function isOwnAgencyIndicator(actor: Actor, agencyId: string | null): boolean {
  return agencyId !== null && actorAgencyIds(actor).includes(agencyId);
}
