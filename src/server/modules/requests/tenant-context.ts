import type { Queryable } from '../../platform/db/database';
import { listAllAgencies } from '../agencies/service';
import { toCalendarDate, type WorkingDayCalendar } from '../../../workflow/working-days';
import type { RequestTypeDefinition } from '../../../workflow/types';
import { listTenantRequestTypes } from './request-types';
import { loadWorkingDayCalendar } from './calendar-service';
import type { AgencyRow } from './snapshot';

/** What every request operation of a tenant needs: its agencies, its calendar, its request types today. */
export interface RequestTenantContext {
  agencies: Map<string, AgencyRow>;
  agencyList: AgencyRow[];
  calendar: WorkingDayCalendar;
  today: string;
  types: Map<string, RequestTypeDefinition>;
  finalStates: string[];
}

export async function loadRequestTenantContext(db: Queryable, tenantId: string, now: Date): Promise<RequestTenantContext> {
  const [agencyList, calendar] = await Promise.all([listAllAgencies(db, tenantId), loadWorkingDayCalendar(db, tenantId)]);
  const today = toCalendarDate(now, calendar.timeZone);
  const defs = await listTenantRequestTypes(db, tenantId, today);
  return {
    agencies: new Map(agencyList.map((a) => [a.id, a])),
    agencyList,
    calendar,
    today,
    types: new Map(defs.map((d) => [d.code, d])),
    finalStates: [...new Set(defs.flatMap((d) => d.states.filter((s) => s.final).map((s) => s.code)))],
  };
}
