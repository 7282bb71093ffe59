import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { FileStore } from '../platform/files/file-store';
import { authorize } from '../platform/policy/can';
import { createTenant } from '../modules/tenants/service';
import { createApplicationInTx, retireApplication } from '../modules/applications/service';
import { findApplicationRules } from '../modules/applications/rules-for-tenant';
import { findRoleGrants } from '../modules/people/queries';
import { buildSetupInput } from '../testing/factories';
import { demoAgencies } from './agency-catalogue';
import { governmentApplications } from './application-catalogue-government';
import { serviceApplications } from './application-catalogue-services';
import { buildWebsiteApplications } from './application-catalogue-websites';
import type { DemoApplication } from './application-spec';
import { buildDemoApplication } from './build-demo-application';
import { createDemoAgencies, createDemoPeople, demoContext } from './create-demo-structure';
import { demoCity, demoEmail, demoRegulations } from './demo-city';
import { buildDemoPeople, demoAdmin, type DemoPerson } from './demo-people';
import { deliverDemoHandover, type DemoHandover } from './deliver-demo-handover';
import { generateDemoPassword } from './generate-demo-password';
import { createPrng } from './prng';
import { findDemoTenants, removeDemoTenants } from './remove-demo-tenants';

export interface LoadDemoOptions {
  /** remove the existing demo tenant(s) first */
  reset?: boolean;
  /** where generated handover PDFs go; without it every handover is recorded on paper */
  files?: FileStore;
  /** the day the demo's dates count from (default: today) */
  today?: string;
}

export type LoadDemoResult =
  | { status: 'exists'; tenants: { slug: string; name: string }[] }
  | {
      status: 'loaded';
      tenantId: string;
      slug: string;
      name: string;
      removed: number;
      password: string;
      accounts: DemoPerson[];
      counts: { agencies: number; applications: number; retired: number; handoverItems: number };
    };

/** The whole catalogue, common applications first so the specific ones registered in a common category meet them. */
export function listDemoApplications(): DemoApplication[] {
  const all = [...governmentApplications, ...serviceApplications, ...buildWebsiteApplications(demoAgencies)];
  return [...all.filter((a) => a.kind === 'common'), ...all.filter((a) => a.kind !== 'common')];
}

/**
 * Loads the demonstration tenant through the services (so the audit trail records every
 * write): Kota Dumai's structure, an account per office, the application catalogue with
 * its deliberate gaps, handover documents and retired applications. Refuses when a demo
 * tenant exists unless `reset`; never touches a tenant not marked as demo.
 */
export async function loadDemo(db: DB, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const existing = await findDemoTenants(db);
  if (existing.length > 0 && !options.reset) return { status: 'exists', tenants: existing.map(({ slug, name }) => ({ slug, name })) };
  const removed = existing.length > 0 ? await removeDemoTenants(db) : 0;

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const password = generateDemoPassword();
  const setup = buildSetupInput({
    name: demoCity.name,
    kind: demoCity.kind,
    regionCode: demoCity.regionCode,
    primaryDomain: demoCity.domain,
    regulations: demoRegulations,
    admin: { ...demoAdmin, password },
  });
  const { tenantId, slug, adminUserId } = await createTenant(db, setup, { isDemo: true });
  const adminRoles = (await findRoleGrants(db, tenantId, [adminUserId])).get(adminUserId) ?? [];
  const admin = demoContext(tenantId, { userId: adminUserId, tenantId, label: demoAdmin.name, roles: adminRoles, via: 'session' });

  const agencyIds = await createDemoAgencies(db, admin, demoAgencies);
  const people = buildDemoPeople(demoAgencies);
  const contexts = await createDemoPeople(db, admin, people, agencyIds, password);
  const mailboxes = new Map(demoAgencies.map((a) => [a.code, a.mailbox]));
  const actAs = (prefix: string, agency: string) => contexts.get(demoEmail(`${prefix}.${mailboxes.get(agency)}`)) ?? admin;

  const rules = await findApplicationRules(db, tenantId, today);
  const prng = createPrng(demoCity.seed);
  const catalogue = listDemoApplications();
  const created = await db.transaction(async (tx) => {
    const rows: { spec: DemoApplication; id: string }[] = [];
    for (const spec of catalogue) {
      const input = buildDemoApplication(spec, setup.name, { agencyIds, mailboxes, stages: rules.stages, today, prng });
      const ctx = actAs('operator', spec.agency);
      authorize(ctx.actor, 'application.create', { ownerAgencyId: input.ownerAgencyId });
      rows.push({ spec, id: (await createApplicationInTx(tx, ctx, input)).id });
    }
    return rows;
  });

  const agencyNames = new Map(demoAgencies.map((a) => [a.code, a.name]));
  let handoverItems = 0;
  for (const { spec, id } of created) {
    const mode: DemoHandover['mode'] | null = spec.handover ?? (!spec.retiredReason && !spec.nationalOwner && prng.chance(0.2) ? 'partial' : null);
    if (!mode) continue;
    const item = { applicationId: id, applicationName: spec.name, agencyName: agencyNames.get(spec.agency)!, mode, daysAgo: prng.int(30, 700) };
    handoverItems += await deliverDemoHandover(db, actAs('operator', spec.agency), item, rules.requiredHandoverDocuments, { files: options.files, tenantName: setup.name, today });
  }

  const retired = created.filter((c) => c.spec.retiredReason);
  for (const { spec, id } of retired) {
    // retiring is the agency head's decision (policy application.retire)
    const head: RequestContext = spec.agency === 'SETDA' ? (contexts.get(demoEmail('sekda')) ?? admin) : actAs('kepala', spec.agency);
    await retireApplication(db, head, id, spec.retiredReason!);
  }

  return {
    status: 'loaded',
    tenantId,
    slug,
    name: setup.name,
    removed,
    password,
    accounts: [{ ...demoAdmin, roles: [{ role: 'admin', agency: null }] }, ...people],
    counts: { agencies: agencyIds.size, applications: created.length, retired: retired.length, handoverItems },
  };
}
