import type { Queryable } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { EvaluationCycleRecord } from '../../platform/policy/resources/evaluation';
import { findFramework, type EvaluationFramework, type FrameworkId } from '../../../evaluation';
import type { evaluationCycles } from './tables';
import { findCycle, findTeams } from './queries';

export type CycleRow = typeof evaluationCycles.$inferSelect;
export type TeamRows = Awaited<ReturnType<typeof findTeams>>;

export interface LoadedCycle {
  cycle: CycleRow;
  framework: EvaluationFramework;
  teams: TeamRows;
  /** what the policy needs to know: who sits on which team */
  record: EvaluationCycleRecord;
}

export function toCycleRecord(teams: TeamRows): EvaluationCycleRecord {
  const members = (kind: 'coordination' | 'assessor') => teams.find((t) => t.team.kind === kind)?.team.memberUserIds ?? [];
  return { coordinationUserIds: members('coordination'), assessorUserIds: members('assessor') };
}

/** A cycle of the actor's tenant with its framework and teams, or 404. */
export async function loadCycle(db: Queryable, ctx: RequestContext, id: string): Promise<LoadedCycle> {
  authorize(ctx.actor, 'evaluation.read');
  const cycle = await findCycle(db, ctx.tenantId, id);
  if (!cycle) throw notFound('evaluation');
  const teams = await findTeams(db, ctx.tenantId, id);
  return { cycle, framework: findFramework(cycle.frameworkId as FrameworkId), teams, record: toCycleRecord(teams) };
}

/** A submitted cycle is read-only for everyone: it is the result the regional head received (Dumai 67/2022 Ps 33(6)). */
export function assertNotSubmitted(cycle: CycleRow) {
  if (cycle.status === 'submitted') throw new AppError('EVALUATION_SUBMITTED', 409, { year: cycle.year });
}

export function findFrameworkIndicator(framework: EvaluationFramework, number: number) {
  const indicator = framework.indicators.find((i) => i.number === number);
  if (!indicator) throw notFound('indicator');
  return indicator;
}
