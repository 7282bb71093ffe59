import { regulationsInForce, type RegulationProfile } from './profiles';
import type {
  Capability,
  CheckResult,
  Citation,
  ComplianceReadModel,
  Obligation,
  ObligationConflict,
  Regulation,
  RegulationId,
  Subject,
  Topic,
} from './types';

export interface ObligationResult {
  obligationId: string;
  regulation: RegulationId;
  citation: Citation;
  chapter: string;
  binds: Subject;
  about: Topic;
  needs: Capability;
  result: CheckResult;
  /** set on the weaker side of a conflict: it reports the stricter obligation's result */
  conflict?: { id: string; noteKey: string; stricterId: string; citations: [Citation, Citation] };
}

function evaluateObligation(obligation: Obligation, model: ComplianceReadModel, cache: Map<Obligation['check'], CheckResult>): CheckResult {
  const { check } = obligation;
  if (!check) return { status: 'not_measurable', needs: obligation.needs, reason: 'no_capability' };
  // Several articles share one check (e.g. the data-request workflow); run it once per evaluation.
  let result = cache.get(check);
  if (!result) {
    result = check(model);
    cache.set(check, result);
  }
  return result;
}

/**
 * One result per obligation of every regulation in force on `model.asOf`. Where two
 * obligations in force conflict, the weaker one reports the stricter one's result and
 * both citations (types.ts: ObligationConflict).
 */
export function evaluateCompliance(input: {
  profile: RegulationProfile;
  model: ComplianceReadModel;
  regulations: readonly Regulation[];
  conflicts: readonly ObligationConflict[];
}): ObligationResult[] {
  const { model } = input;
  const inForce = new Set(regulationsInForce(input.profile, model.asOf));
  const obligations = input.regulations.filter((r) => inForce.has(r.id)).flatMap((r) => r.obligations);
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const cache = new Map<Obligation['check'], CheckResult>();
  const conflictByWeaker = new Map(
    input.conflicts.filter((c) => byId.has(c.stricter) && byId.has(c.weaker)).map((c) => [c.weaker, c]),
  );

  return obligations.map((obligation) => {
    const base = {
      obligationId: obligation.id,
      regulation: obligation.citation.regulation,
      citation: obligation.citation,
      chapter: obligation.chapter,
      binds: obligation.binds,
      about: obligation.about,
      needs: obligation.needs,
    };
    const conflict = conflictByWeaker.get(obligation.id);
    if (!conflict) return { ...base, result: evaluateObligation(obligation, model, cache) };
    const stricter = byId.get(conflict.stricter) as Obligation;
    return {
      ...base,
      result: evaluateObligation(stricter, model, cache),
      conflict: { id: conflict.id, noteKey: conflict.noteKey, stricterId: stricter.id, citations: [stricter.citation, obligation.citation] },
    };
  });
}
