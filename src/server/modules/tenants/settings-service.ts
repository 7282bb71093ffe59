import { and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { RegulationAddition, TenantProfilePatch } from '../../../shared/settings';
import { addDays } from '../../../regulations/checks/dates';
import { assertEmailDomainFree, findTenant, presentTenant } from './service';
import { tenantRegulations, tenants } from './tables';

// dd/mm/yyyy, as Indonesian offices write dates, for the messages that name one
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

/** Changes the profile fields sent and keeps the others (PATCH /tenant). */
export async function patchTenantProfile(db: DB, ctx: RequestContext, patch: TenantProfilePatch) {
  authorize(ctx.actor, 'tenant.update');
  return db.transaction(async (tx) => {
    const before = presentTenant(await findTenant(tx, ctx.tenantId));
    await assertEmailDomainFree(tx, patch.emailDomain, ctx.tenantId);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) await tx.update(tenants).set({ ...changes, updatedAt: new Date() }).where(eq(tenants.id, ctx.tenantId));
    const after = presentTenant(await findTenant(tx, ctx.tenantId));
    await appendAudit(tx, ctx, { action: 'tenant.update', entityType: 'tenant', entityId: ctx.tenantId, before, after });
    return after;
  });
}

/**
 * Adds a regulation to the profile. When it replaces one, the replaced regulation ends the day
 * before the new one starts, and the revocation (which regulation, who, when) is kept with it
 * — the way Dumai 67/2022 Ps 34 revoked Dumai 18/2019.
 */
export async function addRegulation(db: DB, ctx: RequestContext, input: RegulationAddition) {
  authorize(ctx.actor, 'tenant.update');
  return db.transaction(async (tx) => {
    const tenant = await findTenant(tx, ctx.tenantId);
    const before = presentTenant(tenant);
    if (tenant.regulations.some((r) => r.regulation === input.regulation)) {
      throw new AppError('REGULATION_ALREADY_IN_PROFILE', 409, {}, { regulation: 'REGULATION_ALREADY_IN_PROFILE' });
    }
    if (input.replaces) {
      const replaced = tenant.regulations.find((r) => r.regulation === input.replaces);
      if (!replaced) throw new AppError('REGULATION_NOT_IN_PROFILE', 422, {}, { replaces: 'REGULATION_NOT_IN_PROFILE' });
      if (input.effectiveFrom <= replaced.effectiveFrom) throw new AppError('REPLACEMENT_STARTS_TOO_EARLY', 422, { from: dayMonthYear(replaced.effectiveFrom) }, { effectiveFrom: 'REPLACEMENT_STARTS_TOO_EARLY' });
      if (replaced.effectiveUntil !== null && replaced.effectiveUntil < input.effectiveFrom) {
        throw new AppError('REGULATION_ALREADY_ENDED', 409, { until: dayMonthYear(replaced.effectiveUntil) }, { replaces: 'REGULATION_ALREADY_ENDED' });
      }
      await tx
        .update(tenantRegulations)
        .set({ effectiveUntil: addDays(input.effectiveFrom, -1), revokedByRegulation: input.regulation, revokedByUserId: ctx.actor?.userId ?? null, revokedAt: new Date() })
        .where(and(eq(tenantRegulations.tenantId, ctx.tenantId), eq(tenantRegulations.regulation, input.replaces)));
    }
    await tx.insert(tenantRegulations).values({ tenantId: ctx.tenantId, regulation: input.regulation, effectiveFrom: input.effectiveFrom, effectiveUntil: null });
    const after = presentTenant(await findTenant(tx, ctx.tenantId));
    await appendAudit(tx, ctx, {
      action: input.replaces ? 'tenant.regulation.replace' : 'tenant.regulation.add',
      entityType: 'tenant',
      entityId: ctx.tenantId,
      before: { regulations: before.regulations },
      after: { added: input, regulations: after.regulations },
    });
    return after;
  });
}

/** How many months Simpul reads "secara periodik" as for this tenant (null: the default, 12). */
export async function setPeriodicReadingMonths(db: DB, ctx: RequestContext, months: number | null) {
  authorize(ctx.actor, 'tenant.update');
  return db.transaction(async (tx) => {
    const before = await findTenant(tx, ctx.tenantId);
    const now = new Date();
    // who and when: the obligation pages show the reading as the administrator's, with the date
    const setBy = months === null ? { periodicReadingSetByName: null, periodicReadingSetAt: null } : { periodicReadingSetByName: ctx.actor?.label ?? null, periodicReadingSetAt: now };
    await tx.update(tenants).set({ periodicReadingMonths: months, ...setBy, updatedAt: now }).where(eq(tenants.id, ctx.tenantId));
    await appendAudit(tx, ctx, { action: 'tenant.periodicReading', entityType: 'tenant', entityId: ctx.tenantId, before: { months: before.periodicReadingMonths }, after: { months } });
    return presentTenant(await findTenant(tx, ctx.tenantId));
  });
}
