import type { z } from 'zod';
import type { CycleSummary, CycleView } from '../../../shared/evaluations';
import type { HomeView } from '../../../shared/home';
import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { findFramework, type FrameworkId } from '../../../evaluation';
import { getCycle, listCycles } from '../evaluations/service';
import { presentUncertain } from '../evaluations/present';

type CycleListItem = Awaited<ReturnType<typeof listCycles>>[number];
type IndicatorRow = CycleView['indicators'][number];

/** How many cycles the index chart shows: enough to see a trend. */
const chartYears = 5;

function summaryOf(c: CycleListItem): z.infer<typeof CycleSummary> {
  return { id: c.id, year: c.year, frameworkId: c.frameworkId, status: c.status, submittedAt: c.submittedAt, progress: c.progress };
}

export function presentEvaluationIndex(cycles: readonly CycleListItem[]): NonNullable<HomeView['evaluationIndex']> {
  return {
    // oldest first, as a chart reads
    cycles: cycles
      .slice(0, chartYears)
      .reverse()
      .map((c) => ({
        id: c.id,
        year: c.year,
        frameworkId: c.frameworkId,
        status: c.status,
        index: c.index,
        predicate: c.predicate,
        complete: c.complete,
        uncertain: presentUncertain(findFramework(c.frameworkId as FrameworkId).uncertain),
      })),
  };
}

/** The cycle being worked on: the newest that is not submitted yet. */
export function findCurrentCycle(cycles: readonly CycleListItem[]): CycleListItem | null {
  return cycles.find((c) => c.status !== 'submitted') ?? null;
}

export function presentEvaluationProgress(cycles: readonly CycleListItem[]) {
  const current = findCurrentCycle(cycles);
  return current ? summaryOf(current) : null;
}

function presentIndicator(row: IndicatorRow, canAct: boolean) {
  return { number: row.number, code: row.code, name: row.name, agencyName: row.agencyName, selfLevel: row.selfLevel, verification: row.verification, canAct, uncertain: row.uncertain };
}

/** The current cycle's indicators the person's agencies answer for, the unanswered first. */
export async function findIndicatorsToFill(db: Queryable, ctx: RequestContext, cycles: readonly CycleListItem[], agencyIds: readonly string[], limit: number) {
  const current = findCurrentCycle(cycles);
  if (!current) return null;
  const cycle = await getCycle(db, ctx, current.id);
  const mine = new Set(agencyIds);
  const own = cycle.indicators.filter((i) => i.agencyId && mine.has(i.agencyId));
  const answered = own.filter((i) => i.selfLevel !== null);
  const ordered = [...own.filter((i) => i.selfLevel === null), ...answered];
  return {
    cycleId: cycle.id,
    year: cycle.year,
    total: own.length,
    done: answered.length,
    items: ordered.slice(0, limit).map((i) => presentIndicator(i, i.abilities.selfAssess)),
  };
}

/** Indicators the agencies have sent to the assessors and nobody has decided yet (Dumai 67/2022 Ps 33(5): the assessors' work). */
export async function findVerificationsWaiting(db: Queryable, ctx: RequestContext, cycles: readonly CycleListItem[], limit: number) {
  const current = findCurrentCycle(cycles);
  if (!current) return null;
  const cycle = await getCycle(db, ctx, current.id);
  const waiting = cycle.indicators.filter((i) => i.state === 'submitted');
  return {
    cycleId: cycle.id,
    year: cycle.year,
    total: waiting.length,
    done: cycle.progress.verified,
    items: waiting.slice(0, limit).map((i) => presentIndicator(i, i.abilities.verify)),
  };
}
