import { hasAgencyRole, hasTenantRole, type Actor } from '../actor';

export interface EvaluationCycleRecord {
  coordinationUserIds: readonly string[];
  assessorUserIds: readonly string[];
}

export interface EvaluationIndicatorRecord {
  agencyId: string | null;
}

export const evaluationPolicy = {
  // The evaluation is the whole Pemda's: every agency sees the cycle and its results.
  'evaluation.read': (_actor: Actor) => true,
  'evaluation.create': (actor: Actor) => hasTenantRole(actor, 'admin', 'regional_secretary'),
  // Dumai 67/2022 Ps 33(4), (6): the coordination team runs the evaluation and sends the result
  // to the regional head; the ICT office and the Sekda (its coordinator) may act for it.
  'evaluation.manage': (actor: Actor, cycle?: EvaluationCycleRecord) =>
    hasTenantRole(actor, 'admin', 'regional_secretary') || (!!cycle && cycle.coordinationUserIds.includes(actor.userId)),
  // The responsible agency answers for its own indicators only.
  'evaluation.selfAssess': (actor: Actor, indicator?: EvaluationIndicatorRecord) =>
    !!indicator?.agencyId && hasAgencyRole(actor, indicator.agencyId, 'agency_operator', 'agency_head'),
  // Dumai 67/2022 Ps 33(5): the technical evaluation is the internal assessor team's.
  'evaluation.verify': (actor: Actor, cycle?: EvaluationCycleRecord) => !!cycle && cycle.assessorUserIds.includes(actor.userId),
};
