import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { Actor } from '../platform/policy/actor';
import { createLogger } from '../platform/logger';
import { createAgencyInTx } from '../modules/agencies/service';
import { createUserInTx } from '../modules/people/service';
import { hashPassword } from '../modules/people/passwords';
import { buildAgencyInput, buildUserInput } from '../testing/factories';
import type { DemoAgency } from './agency-catalogue';
import type { DemoPerson } from './demo-people';
import { demoEmail } from './demo-city';

const silentLog = createLogger('silent');

export function demoContext(tenantId: string, actor: Actor): RequestContext {
  return { tenantId, actor, locale: 'id', requestId: 'demo', log: silentLog };
}

/** Every agency in one transaction, parents before sub-units, as the administrator. */
export async function createDemoAgencies(db: DB, admin: RequestContext, agencies: readonly DemoAgency[]) {
  const ids = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const a of agencies) {
      const parentId = a.parent ? ids.get(a.parent) : null;
      if (parentId === undefined) throw new Error(`demo agency ${a.code} names a parent listed after it: ${a.parent}`);
      const row = await createAgencyInTx(
        tx,
        admin,
        buildAgencyInput({
          code: a.code,
          name: a.name,
          kind: a.kind,
          parentId,
          specialRoles: a.specialRoles ?? [],
          ictSelfReliant: !!a.ictSelfRelianceDecree,
          ictSelfRelianceDecree: a.ictSelfRelianceDecree ?? null,
          email: demoEmail(a.mailbox),
        }),
      );
      ids.set(a.code, row.id);
    }
  });
  return ids;
}

/** Every account in one transaction, as the administrator; returns a context to act as each, by e-mail. */
export async function createDemoPeople(db: DB, admin: RequestContext, people: readonly DemoPerson[], agencyIds: Map<string, string>, password: string) {
  const contexts = new Map<string, RequestContext>();
  // every demo account has the same one-time password: one argon2 hash serves them all
  const passwordHash = hashPassword(password);
  await db.transaction(async (tx) => {
    for (const p of people) {
      const roles = p.roles.map((r) => ({ role: r.role, agencyId: r.agency ? agencyIds.get(r.agency)! : null }));
      const user = await createUserInTx(tx, admin, buildUserInput({ email: p.email, name: p.name, password, roles }), { passwordHash });
      contexts.set(p.email, demoContext(admin.tenantId, { userId: user.id, tenantId: admin.tenantId, label: user.name, roles, via: 'session' }));
    }
  });
  return contexts;
}
