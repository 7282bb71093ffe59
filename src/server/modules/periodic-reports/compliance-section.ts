import type { ReadPeriodicReport } from '../../../regulations/types';
// a type-only import: compliance's registry imports this file, so a value import would be a cycle
import type { ReadModelProvider } from '../compliance/read-model-providers';
import { listAllAgencies } from '../agencies/service';
import { findSchedule, findSubmissions } from './queries';
import { listPeriods } from './periods';

/**
 * The periodic reports' section of the compliance read model (`periodicReports`): for every
 * active agency and every period begun by `asOf`, the period's end and when it was reported
 * (null when not). An unreported period is listed only once its deadline has passed, since the
 * compliance check counts every unreported ended period as overdue. Absent until the tenant sets a schedule, which keeps the Jambi 10/2017 Ps 22
 * checks not measurable rather than wrongly failed.
 */
export const periodicReportsSection: ReadModelProvider<'periodicReports'> = {
  section: 'periodicReports',
  load: async (db, scope) => {
    const [schedule, agencies, submissions] = await Promise.all([findSchedule(db, scope.tenantId), listAllAgencies(db, scope.tenantId), findSubmissions(db, scope.tenantId)]);
    if (!schedule) return undefined;
    const periods = listPeriods(schedule, scope.asOf);
    const at = new Map(submissions.map(({ submission: s }) => [`${s.agencyId}|${s.periodStart}`, s.submittedAt.toISOString()]));
    return agencies
      .filter((a) => a.status === 'active')
      .flatMap((a) =>
        periods
          .map((p): ReadPeriodicReport => ({ agencyId: a.id, periodEnd: p.end, submittedAt: at.get(`${a.id}|${p.start}`) ?? null }))
          .filter((r, i) => r.submittedAt !== null || periods[i].deadline < scope.asOf.slice(0, 10)),
      );
  },
};
