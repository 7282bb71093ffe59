import type { ComplianceReadModel, ReadEvaluationCycle } from '../../../regulations/types';
import type { Queryable } from '../../platform/db/database';
import { findAllCycles, findAllTeams } from './queries';

/**
 * The evaluation's section of the compliance read model (`evaluations`): each year's cycle,
 * whether it reached the regional head (Dumai 67/2022 Ps 33(6)) and whether its internal
 * assessor team has a decree (Ps 33(5)). Shaped as a read-model provider ({ section, load }).
 */
export const evaluationsSection = {
  section: 'evaluations' as const,
  load: async (db: Queryable, scope: { tenantId: string }): Promise<ComplianceReadModel['evaluations']> => {
    const [cycles, teams] = await Promise.all([findAllCycles(db, scope.tenantId), findAllTeams(db, scope.tenantId)]);
    return cycles.map((cycle): ReadEvaluationCycle => {
      const assessors = teams.find((t) => t.cycleId === cycle.id && t.kind === 'assessor');
      return {
        year: cycle.year,
        status: cycle.status === 'submitted' ? 'submitted' : 'open',
        submittedAt: cycle.submittedAt?.toISOString() ?? null,
        hasAssessorTeamDecree: Boolean(assessors?.decreeNumber?.trim() && assessors.decreeDate),
      };
    });
  },
};
