import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { compareYears, EvaluationError, findFramework, whatIf, type FrameworkId, type IndexResult, type IndicatorLevels, type Level } from '../../../evaluation';
import type { CycleResults } from '../../../shared/evaluations';
import { findAllCycles, findAllIndicatorLevels, findIndicators } from './queries';
import { loadCycle } from './load-cycle';
import { fillLevels, collectLevels, finalLevel, scoreCycle } from './cycle-levels';
import { presentUncertain } from './present';
import type { EvaluationFramework } from '../../../evaluation';

export function presentResult(result: IndexResult) {
  return {
    index: result.index,
    predicate: { key: result.predicate.key, name: result.predicate.name },
    domains: result.domains,
    aspects: result.aspects,
  };
}

/**
 * Index, domain and aspect indices and predicate through the pure calculator, both from the
 * agencies' own levels and from the levels that count after verification; the improvement
 * priorities; every year's index; and the change from the latest earlier complete year.
 */
export async function getResults(db: Queryable, ctx: RequestContext, cycleId: string): Promise<CycleResults> {
  const loaded = await loadCycle(db, ctx, cycleId);
  const { cycle, framework } = loaded;
  const [rows, cycles, allLevels] = await Promise.all([findIndicators(db, ctx.tenantId, cycleId), findAllCycles(db, ctx.tenantId), findAllIndicatorLevels(db, ctx.tenantId)]);
  const score = scoreCycle(framework, rows);
  const scored = cycles.map((c) => {
    const fw = findFramework(c.frameworkId as FrameworkId);
    const levels = allLevels.filter((l) => l.cycleId === c.id);
    return { cycle: c, framework: fw, levels, score: c.id === cycle.id ? score : scoreCycle(fw, levels) };
  });
  const previous = scored.filter((s) => s.cycle.year < cycle.year && s.score.complete).sort((a, b) => b.cycle.year - a.cycle.year)[0];
  let comparison: CycleResults['comparison'] = null;
  if (previous && score.complete) {
    const change = compareYears(
      { year: previous.cycle.year, framework: previous.framework, levels: collectLevels(previous.levels, 'final') },
      { year: cycle.year, framework, levels: collectLevels(rows, 'final') },
    );
    comparison = {
      previousYear: previous.cycle.year,
      sameFramework: change.sameFramework,
      indexDelta: change.index.delta.reported,
      predicateChanged: change.index.predicateChanged,
      aspects: change.aspects.map((a) => ({ number: a.number, previous: a.previous.reported, current: a.current.reported, delta: a.delta.reported })),
    };
  }
  const byNumber = new Map(rows.map((r) => [r.indicatorNumber, r]));
  const markOf = (n: number) => presentUncertain(framework.indicators.find((i) => i.number === n)?.uncertain);
  return {
    cycleId,
    year: cycle.year,
    frameworkId: framework.id,
    uncertain: resultUncertainty(framework, score.final.predicate.key),
    complete: score.complete,
    missing: score.missing,
    selfAssessed: presentResult(score.selfAssessed),
    final: presentResult(score.final),
    indicators: framework.indicators.map((i) => {
      const row = byNumber.get(i.number);
      return { number: i.number, code: i.code, weight: i.weight, selfLevel: row?.selfLevel ?? null, finalLevel: row ? finalLevel(row) : null, uncertain: presentUncertain(i.uncertain) };
    }),
    priorities: score.priorities.map((p) => ({ ...p, uncertain: markOf(p.indicator) })),
    history: scored
      .map((s) => ({ year: s.cycle.year, frameworkId: s.framework.id, status: s.cycle.status, complete: s.score.complete, index: s.score.final.index.reported, predicate: s.score.final.predicate.key, uncertain: presentUncertain(s.framework.uncertain) }))
      .sort((a, b) => a.year - b.year),
    comparison,
  };
}

/** "Indicator 13 to level 4 raises the index by …", from the levels that count now (unscored at level 1). */
export async function runWhatIf(db: Queryable, ctx: RequestContext, cycleId: string, changes: Record<string, number>) {
  const { framework } = await loadCycle(db, ctx, cycleId);
  const rows = await findIndicators(db, ctx.tenantId, cycleId);
  const levels = fillLevels(framework, collectLevels(rows, 'final'));
  try {
    const result = whatIf(framework, levels, Object.fromEntries(Object.entries(changes).map(([k, v]) => [Number(k), v as Level])) as IndicatorLevels);
    return { before: presentResult(result.before), after: presentResult(result.after), delta: result.delta, changes: result.changes };
  } catch (err) {
    if (err instanceof EvaluationError) throw new AppError(err.code, 422, err.params, { changes: err.code });
    throw err;
  }
}

/** Where a result rests on values the framework data marks uncertain: the framework, its formula, the predicate band, each aspect. */
export function resultUncertainty(framework: EvaluationFramework, predicateKey: string) {
  return {
    framework: presentUncertain(framework.uncertain),
    index: presentUncertain(framework.method.uncertain),
    predicate: presentUncertain(framework.predicates.find((p) => p.key === predicateKey)?.uncertain),
    aspects: framework.aspects.map((a) => ({ number: a.number, uncertain: presentUncertain(a.uncertain) })),
  };
}
