import { describe, expect, it } from 'vitest';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { demoAgencies } from './agency-catalogue';
import { listDemoApplications } from './load-demo';
import { buildDemoPeople } from './demo-people';
import { generateDemoPassword } from './generate-demo-password';
import { createPrng } from './prng';
import { listTenantTablesInDeleteOrder } from './remove-demo-tenants';
import { commonApplicationCategoryCodes } from '../../regulations/common-application-categories';
import { isStrongPassword } from '../modules/people/passwords';

const codes = new Set(demoAgencies.map((a) => a.code));

describe('demo catalogue', () => {
  it('lists every parent agency before its sub-units, with unique codes and mailboxes', () => {
    const seen = new Set<string>();
    for (const a of demoAgencies) {
      if (a.parent) expect(seen.has(a.parent), `${a.code} after ${a.parent}`).toBe(true);
      seen.add(a.code);
    }
    expect(codes.size).toBe(demoAgencies.length);
    expect(new Set(demoAgencies.map((a) => a.mailbox)).size).toBe(demoAgencies.length);
  });

  it('names only known agencies and categories, and no two applications share a subdomain', () => {
    const apps = listDemoApplications();
    for (const app of apps) {
      expect(codes.has(app.agency), app.name).toBe(true);
      if (app.operator) expect(codes.has(app.operator), app.name).toBe(true);
      if (app.category) expect(commonApplicationCategoryCodes).toContain(app.category);
    }
    const hosts = apps.filter((a) => a.host).map((a) => a.host);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('Dumai 67/2022 Ps 18(7): a specific application in a common category carries a justification, and a common one exists', () => {
    const apps = listDemoApplications();
    const commonCategories = new Set(apps.filter((a) => a.kind === 'common').map((a) => a.category));
    const specificInCommon = apps.filter((a) => a.kind !== 'common' && a.category);
    expect(specificInCommon.length).toBeGreaterThanOrEqual(2);
    for (const app of specificInCommon) {
      expect(app.duplicateJustification, app.name).toBeTruthy();
      expect(commonCategories.has(app.category), app.name).toBe(true);
    }
  });

  it('lists common applications first, so the specific ones registered later meet them', () => {
    const kinds = listDemoApplications().map((a) => a.kind === 'common');
    expect(kinds.indexOf(false)).toBeGreaterThan(0);
    expect(kinds.lastIndexOf(true)).toBeLessThan(kinds.indexOf(false));
  });

  it('names every account by office, with unique e-mails on the city domain', () => {
    const people = buildDemoPeople(demoAgencies);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(people.every((p) => p.email.endsWith('@dumaikota.go.id'))).toBe(true);
    expect(people.every((p) => /^(Operator|Kepala|Sekretaris|Camat|Inspektur|Direktur|Perencana|Auditor|Pemantau)( |$)/.test(p.name))).toBe(true);
  });
});

describe('demo helpers', () => {
  it('the seeded generator repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const prng = createPrng(seed);
      return Array.from({ length: 5 }, () => prng.int(1, 1000));
    };
    expect(draw(1472)).toEqual(draw(1472));
    expect(draw(1472)).not.toEqual(draw(1473));
  });

  it('generates a strong password, a different one each time', () => {
    const a = generateDemoPassword();
    expect(isStrongPassword(a)).toBe(true);
    expect(generateDemoPassword()).not.toBe(a);
  });

  it('deletes child tables before the tables they reference', () => {
    const order = listTenantTablesInDeleteOrder().map((t) => getTableConfig(t).name);
    const before = (child: string, parent: string) => expect(order.indexOf(child)).toBeLessThan(order.indexOf(parent));
    before('application_documents', 'applications');
    before('application_documents', 'files');
    before('applications', 'agencies');
    expect(order).toContain('audit_entries');
    expect(order).not.toContain('tenants');
  });
});
