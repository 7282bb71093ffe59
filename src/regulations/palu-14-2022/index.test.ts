import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredHandoverDocuments } from '../handover-documents';
import { mergeCoordinatingRoles } from '../profiles';
import { buildReadAgency, buildReadApplication, buildReadModel, buildReadSubdomain } from '../testing/build-read-model';
import type { ComplianceReadModel } from '../types';
import { palu142022 } from './index';

const source = readFileSync(new URL('../../../resources/regulations/001_481594977ff934e2.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
// headings as the file sets them, without its markdown marks ("### BAB IV #### AUDIT ...")
const headings = source.replace(/[#*]+ ?/g, '');
const find = (ref: string) => {
  const obligation = palu142022.obligations.find((o) => o.id === `palu-14-2022/${ref}`);
  if (!obligation?.check) throw new Error(`no checked obligation ${ref}`);
  return obligation;
};
const paluModel = (overrides: Partial<ComplianceReadModel> = {}) =>
  buildReadModel({
    params: { cityDomain: 'palukota.go.id', sdlcStages: ['planning', 'development', 'testing', 'production', 'maintenance'], requiredHandoverDocuments: requiredHandoverDocuments(['palu-14-2022']), auditCadenceMonths: {}, coordinatingRoles: mergeCoordinatingRoles(['palu-14-2022']), periodicReadingMonths: 12 },
    ...overrides,
  });
const paluApp = (overrides: Parameters<typeof buildReadApplication>[0] = {}) =>
  buildReadApplication({ stage: 'production', url: 'https://simpeg.palukota.go.id', copyrightOwner: 'tenant', ...overrides });

describe('Palu 14/2022 as code', () => {
  it('Palu 14/2022: every obligation has a unique id matching its citation, and a chapter of the text', () => {
    const ids = new Set<string>();
    for (const o of palu142022.obligations) {
      expect(headings.includes(o.chapter), o.id).toBe(true);
      expect(ids.has(o.id), o.id).toBe(false);
      ids.add(o.id);
      const { pasal, ayat, huruf } = o.citation;
      expect(o.id).toBe(['palu-14-2022/' + pasal, ayat, huruf].filter(Boolean).join('-'));
    }
    expect(ids.size).toBeGreaterThan(150);
  });

  it('Palu 14/2022: a check over a registry the tenant lacks is not measurable, naming the capability the obligation needs', () => {
    const bare = paluModel();
    for (const o of palu142022.obligations.filter((x) => x.check && x.needs !== 'organisation')) {
      expect(o.check?.(bare), o.id).toEqual({ status: 'not_measurable', needs: o.needs, reason: 'no_capability' });
    }
  });

  it('Palu 14/2022 Ps 47(1), 48(3), 49(2): each ICT audit is due at least once every 2 years', () => {
    for (const ref of ['47-1', '48-3', '49-2']) {
      expect(palu142022.obligations.find((o) => o.id === `palu-14-2022/${ref}`)?.cadence).toMatchObject({ kind: 'every', months: 24 });
    }
  });

  it('Palu 14/2022 Ps 18(1): an application under palukota.go.id is met; one elsewhere, or a registered subdomain elsewhere, is not met', () => {
    const check = find('18-1').check!;
    expect(check(paluModel({ applications: [paluApp()], domains: [buildReadSubdomain({ name: 'simpeg.palukota.go.id' })] })).status).toBe('met');
    expect(check(paluModel({ applications: [paluApp({ url: 'https://simpeg-palu.id' })] })).status).toBe('not_met');
    expect(check(paluModel({ applications: [paluApp()], domains: [buildReadSubdomain({ name: 'dinkes-palu.com' })] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 29(4): a specific application in a common category without the four conditions is not met', () => {
    const check = find('29-4').check!;
    const conditions = { operatedBeforeCommon: true, costBenefitStudy: true, alignedWithCommonProcess: true, ministerConsidered: true };
    expect(check(paluModel({ applications: [paluApp({ commonCategory: 'staffing', specificConditions: conditions })] })).status).toBe('met');
    expect(check(paluModel({ applications: [paluApp({ commonCategory: 'staffing' })] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 31(2): an application lacking its requirements document is not met; Ps 15(3) asks for eleven documents', () => {
    const check = find('31-2').check!;
    expect(check(paluModel({ applications: [paluApp()] })).status).toBe('met');
    const missing = paluApp({ handoverDocuments: [{ code: 'requirements', present: false }, { code: 'design', present: true }, { code: 'user_manual', present: true }, { code: 'source_code', present: true }] });
    expect(check(paluModel({ applications: [missing] }))).toMatchObject({ status: 'not_met', missing: [{ params: { documents: 'requirements' } }] });
    const onlyFour = paluApp({ handoverDocuments: missing.handoverDocuments.map((d) => ({ ...d, present: true })) });
    expect(find('15-3').check!(paluModel({ applications: [onlyFour] }))).toMatchObject({ status: 'not_met', missing: [{ params: { count: 7 } }] });
  });

  it('Palu 14/2022 Ps 31(1): an application in production without a test report is not met', () => {
    const check = find('31-1').check!;
    const untested = paluApp({ handoverDocuments: [{ code: 'test_report', present: false }] });
    expect(check(paluModel({ applications: [paluApp()] })).status).toBe('met');
    expect(check(paluModel({ applications: [untested] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 30(1): an agency application without the ICT office recommendation is not met', () => {
    const check = find('30-1').check!;
    expect(check(paluModel({ applications: [paluApp()] })).status).toBe('met');
    expect(check(paluModel({ applications: [paluApp({ recommendationId: null })] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 41(4): asset management needs both the ICT office and the asset office; with both, the structure is in place (not met by data)', () => {
    const check = find('41-4').check!;
    expect(check(paluModel()).status).toBe('not_met');
    const model = paluModel();
    model.agencies.push(buildReadAgency({ name: 'BPKAD', specialRoles: ['asset_office'] }));
    expect(check(model).status).toBe('structure_in_place');
  });
});
