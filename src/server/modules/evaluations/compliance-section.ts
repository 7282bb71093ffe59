import type { ReadEvaluationCycle } from '../../../regulations/types';
// a type-only import: compliance's registry imports this file, so a value import would be a cycle
import type { ReadModelProvider } from '../compliance/read-model-providers';
import { findAllCycles, findAllTeams } from './queries';

/**
 * The evaluation's section of the compliance read model (`evaluations`): each year's cycle,
 * whether it reached the regional head (Dumai 67/2022 Ps 33(6)) and whether its internal
 * assessor team has a decree (Ps 33(5)).
 */
export const evaluationsSection: ReadModelProvider<'evaluations'> = {
  section: 'evaluations',
  load: async (db, scope) => {
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
