import type { DB } from '../platform/db/database';
import type { AppDeps, RequestContext } from '../platform/context';
import { authorize } from '../platform/policy/can';
import { createTenant } from '../modules/tenants/service';
import { createApplicationInTx, retireApplication } from '../modules/applications/service';
import { findApplicationRules } from '../modules/applications/rules-for-tenant';
import { findRoleGrants } from '../modules/people/queries';
import { updateUser } from '../modules/people/service';
import { buildSetupInput } from '../testing/factories';
import { demoAgencies } from './agency-catalogue';
import { governmentApplications } from './application-catalogue-government';
import { serviceApplications } from './application-catalogue-services';
import { buildWebsiteApplications } from './application-catalogue-websites';
import type { DemoApplication } from './application-spec';
import { buildDemoApplication } from './build-demo-application';
import { createDemoAgencies, createDemoPeople, demoContext } from './create-demo-structure';
import { demoCity, demoEmail, demoRegulations } from './demo-city';
import { createDemoClock } from './demo-clock';
import { buildDemoPeople, demoAdmin, demoAdminAgency, type DemoPerson } from './demo-people';
import { deliverDemoHandover, type DemoHandover } from './deliver-demo-handover';
import { createDemoDomains, type RegisteredApplication } from './demo-domains';
import { createDemoDatasets } from './create-demo-datasets';
import { createDemoEvaluations } from './create-demo-evaluations';
import { createDemoInternalPolicies } from './demo-internal-policies';
import { createDemoAttestations } from './demo-attestations';
import { createDemoIctAssets } from './demo-ict-assets';
import { declareEmptyRegistry, withdrawEmptyRegistryDeclaration } from '../modules/compliance/empty-registry-declarations';
import { createDemoPeriodicReports } from './demo-periodic-reports';
import { createDemoRequests } from './create-demo-requests';
import { configureDemoNotifications, finishDemoNotifications } from './demo-notifications';
import { configureDemoLetterhead, recordDemoRegulationReplacement } from './demo-settings';
import { seedDemoHolidays } from './demo-holidays';
import { buildDemoWorld } from './demo-world';
import { generateDemoPassword } from './generate-demo-password';
import { createPrng } from './prng';
import { findDemoTenants, removeDemoTenants } from './remove-demo-tenants';
import { isEmailDomainFree } from '../modules/tenants/service';

export interface LoadDemoOptions {
  /** remove the existing demo tenant(s) first */
  reset?: boolean;
  /** the configuration (public URL and signing secret for the letters) and the file store */
  deps: Pick<AppDeps, 'config' | 'files'>;
  /** the day the demo's dates count from (default: today in the city's zone) */
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
      counts: {
        agencies: number;
        applications: number;
        retired: number;
        handoverItems: number;
        datasets: number;
        subdomains: number;
        mailboxes: number;
        requests: number;
        letters: number;
        overdue: number;
        holidays: number;
        policies: number;
        reports: number;
        warnings: number;
        cycles: number;
        attestations: number;
        ictAssets: number;
      };
    };

/** The whole catalogue, common applications first so the specific ones registered in a common category meet them. */
export function listDemoApplications(): DemoApplication[] {
  const all = [...governmentApplications, ...serviceApplications, ...buildWebsiteApplications(demoAgencies)];
  return [...all.filter((a) => a.kind === 'common'), ...all.filter((a) => a.kind !== 'common')];
}

/**
 * Loads the demonstration tenant through the services (so the audit trail records every
 * write): Kota Dumai's structure, an account per office, the application catalogue with
 * its deliberate gaps, handover documents and retired applications, and then every other
 * module — domains, the data catalogue, internal policies, the SPBE evaluation, requests
 * with their letters, periodic reports and the notifications they cause. Refuses when a demo
 * tenant exists unless `reset`; never touches a tenant not marked as demo.
 */
export async function loadDemo(db: DB, options: LoadDemoOptions): Promise<LoadDemoResult> {
  const existing = await findDemoTenants(db);
  if (existing.length > 0 && !options.reset) return { status: 'exists', tenants: existing.map(({ slug, name }) => ({ slug, name })) };
  const removed = existing.length > 0 ? await removeDemoTenants(db) : 0;

  const clock = createDemoClock(options.today);
  const today = clock.today;
  const password = generateDemoPassword();
  const setup = buildSetupInput({
    name: demoCity.name,
    kind: demoCity.kind,
    regionCode: demoCity.regionCode,
    primaryDomain: demoCity.domain,
    // staff addresses are @dumaikota.go.id: /login finds the demo from them, unless a real tenant holds the domain
    emailDomain: (await isEmailDomainFree(db, demoCity.domain)) ? demoCity.domain : null,
    regulations: demoRegulations,
    admin: { ...demoAdmin, password },
  });
  const { tenantId, slug, adminUserId } = await createTenant(db, setup, { isDemo: true });
  const adminRoles = (await findRoleGrants(db, tenantId, [adminUserId])).get(adminUserId) ?? [];
  const founder = demoContext(tenantId, { userId: adminUserId, tenantId, label: demoAdmin.name, roles: adminRoles, via: 'session' });
  await recordDemoRegulationReplacement(db, founder);
  await configureDemoLetterhead(db, founder);

  const agencyIds = await createDemoAgencies(db, founder, demoAgencies);
  // the super admin works in the ICT office: as its staff it screens the requests addressed to the office
  const staffRoles = [...adminRoles, { role: 'agency_operator' as const, agencyId: agencyIds.get(demoAdminAgency)! }];
  await updateUser(db, founder, adminUserId, { roles: staffRoles });
  const admin = demoContext(tenantId, { ...founder.actor!, roles: staffRoles });
  const people = buildDemoPeople(demoAgencies);
  const contexts = await createDemoPeople(db, admin, people, agencyIds, password);
  const mailboxes = new Map(demoAgencies.map((a) => [a.code, a.mailbox]));
  const actAs = (prefix: string, agency: string) => contexts.get(demoEmail(`${prefix}.${mailboxes.get(agency)}`)) ?? admin;

  const rules = await findApplicationRules(db, tenantId, today);
  const prng = createPrng(demoCity.seed);
  const catalogue = listDemoApplications();
  const created = await db.transaction(async (tx) => {
    const rows: RegisteredApplication[] = [];
    for (const spec of catalogue) {
      const input = buildDemoApplication(spec, setup.name, { agencyIds, mailboxes, stages: rules.stages, today, prng });
      const ctx = actAs('operator', spec.agency);
      authorize(ctx.actor, 'application.create', { ownerAgencyId: input.ownerAgencyId });
      rows.push({ spec, input, id: (await createApplicationInTx(tx, ctx, input)).id });
    }
    return rows;
  });

  const agencyNames = new Map(demoAgencies.map((a) => [a.code, a.name]));
  let handoverItems = 0;
  for (const { spec, id } of created) {
    const mode: DemoHandover['mode'] | null = spec.handover ?? (!spec.retiredReason && !spec.nationalOwner && prng.chance(0.2) ? 'partial' : null);
    if (!mode) continue;
    const item = { applicationId: id, applicationName: spec.name, agencyName: agencyNames.get(spec.agency)!, mode, daysAgo: prng.int(30, 700) };
    handoverItems += await deliverDemoHandover(db, actAs('operator', spec.agency), item, rules.requiredHandoverDocuments, { files: options.deps.files, tenantName: setup.name, today });
  }

  const retired = created.filter((c) => c.spec.retiredReason);
  for (const { spec, id } of retired) {
    // retiring is the agency head's decision (policy application.retire)
    const head: RequestContext = spec.agency === 'SETDA' ? (contexts.get(demoEmail('sekda')) ?? admin) : actAs('kepala', spec.agency);
    await retireApplication(db, head, id, spec.retiredReason!);
  }

  const world = buildDemoWorld({
    db,
    deps: options.deps,
    tenantId,
    tenantName: setup.name,
    clock,
    admin,
    seed: demoCity.seed,
    agencies: demoAgencies,
    agencyIds,
    applicationIds: new Map(created.map((c) => [c.spec.name, c.id])),
    contexts,
  });
  // the calendar and the outbox come first: request deadlines count working days, and every step queues its messages
  const holidays = await seedDemoHolidays(world);
  await configureDemoNotifications(world);
  const domains = await createDemoDomains(world, created);
  // the ICT office declared the request registry empty before the first request arrived, and
  // withdrew it when requests came in: the declaration is kept in the history, its checks read the data
  await declareEmptyRegistry(db, admin, { registry: 'requests', note: 'Belum ada permohonan yang diajukan sejak Simpul dipakai (data demonstrasi).' });
  const datasets = await createDemoDatasets(world);
  const policies = await createDemoInternalPolicies(world);
  const evaluations = await createDemoEvaluations(world);
  const requests = await createDemoRequests(world);
  await withdrawEmptyRegistryDeclaration(db, admin, 'requests');
  const reports = await createDemoPeriodicReports(world);
  const attestations = await createDemoAttestations(world);
  const ictAssets = await createDemoIctAssets(world);
  const overdue = await finishDemoNotifications(world);

  return {
    status: 'loaded',
    tenantId,
    slug,
    name: setup.name,
    removed,
    password,
    accounts: [{ ...demoAdmin, roles: [{ role: 'admin', agency: null }, { role: 'agency_operator', agency: demoAdminAgency }] }, ...people],
    counts: {
      agencies: agencyIds.size,
      applications: created.length,
      retired: retired.length,
      handoverItems,
      datasets: datasets.datasets,
      subdomains: domains.subdomains,
      mailboxes: domains.mailboxes,
      requests: requests.requests,
      letters: requests.letters,
      overdue,
      holidays,
      policies: policies.policies,
      reports: reports.onTime + reports.late,
      warnings: reports.warnings,
      cycles: evaluations.cycles,
      attestations: attestations.attestations,
      ictAssets: ictAssets.assets,
    },
  };
}
