import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { HolidayInput } from '../../../shared/requests';
import { findTenant } from '../tenants/service';
import { buildWorkingDayCalendar, listFixedHolidays, type WorkingDayCalendar } from '../../../workflow/working-days';
import { timeZoneOfRegion } from '../../../workflow/region-time-zone';
import { holidays } from './tables';

type Row = typeof holidays.$inferSelect;

/** The tenant's working-day calendar: its zone (from its region) and every holiday it entered. */
export async function loadWorkingDayCalendar(db: Queryable, tenantId: string): Promise<WorkingDayCalendar> {
  const [tenant, rows] = await Promise.all([
    findTenant(db, tenantId),
    db.select().from(holidays).where(eq(holidays.tenantId, tenantId)),
  ]);
  return buildWorkingDayCalendar(
    rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name })),
    { timeZone: timeZoneOfRegion(tenant.regionCode) },
  );
}

function presentHoliday(row: Row) {
  return { id: row.id, date: row.date, kind: row.kind, name: row.name, fixed: false };
}

/** A year's holidays: the fixed national ones Simpul ships and the ones the tenant entered. */
export async function listHolidays(db: DB, ctx: RequestContext, year: number) {
  authorize(ctx.actor, 'holiday.read');
  const rows = await db
    .select()
    .from(holidays)
    .where(and(eq(holidays.tenantId, ctx.tenantId), gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
  const entered = new Set(rows.map((r) => r.date));
  const fixed = listFixedHolidays(year)
    .filter((h) => !entered.has(h.date))
    .map((h) => ({ id: null, date: h.date, kind: h.kind, name: h.name, fixed: true }));
  return [...fixed, ...rows.map(presentHoliday)].sort((a, b) => a.date.localeCompare(b.date));
}

export async function addHoliday(db: DB, ctx: RequestContext, input: HolidayInput) {
  authorize(ctx.actor, 'holiday.manage');
  const row = await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: holidays.id }).from(holidays).where(and(eq(holidays.tenantId, ctx.tenantId), eq(holidays.date, input.date)));
    if (taken) throw new AppError('HOLIDAY_DATE_TAKEN', 409, { date: input.date }, { date: 'HOLIDAY_DATE_TAKEN' });
    const [created] = await tx.insert(holidays).values({ tenantId: ctx.tenantId, id: newId(), ...input }).returning();
    await appendAudit(tx, ctx, { action: 'holiday.create', entityType: 'holiday', entityId: created.id, after: created });
    return created;
  });
  return presentHoliday(row);
}

/** A holiday entered by mistake is removed; the audit trail keeps what it was. */
export async function removeHoliday(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'holiday.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(holidays).where(and(eq(holidays.tenantId, ctx.tenantId), eq(holidays.id, id)));
    if (!before) throw notFound('holiday');
    await tx.delete(holidays).where(and(eq(holidays.tenantId, ctx.tenantId), eq(holidays.id, id)));
    await appendAudit(tx, ctx, { action: 'holiday.delete', entityType: 'holiday', entityId: id, before });
  });
}
