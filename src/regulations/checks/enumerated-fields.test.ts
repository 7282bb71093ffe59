import { describe, expect, it } from 'vitest';
import { agencySpecialRoles } from '../../server/platform/policy/roles';
import { applicationHostings, applicationKinds, applicationPlatforms, applicationSuppliers, fundingSources } from '../../shared/applications';
import { datasetClassifications, publicationStatuses, updateFrequencies } from '../../shared/datasets';
import { regulations } from '../catalogue';
import { coordinatingRoles } from '../regulation-params';
import { buildReadApplication, buildReadDataset, buildReadModel } from '../testing/build-read-model';
import type { ComplianceReadModel, ReadApplication, ReadDataset } from '../types';

/**
 * Every check that reads an enumerated field of the read model is tested with every value the
 * API can store (issue 8 §2: the hosting check once accepted values no application could hold).
 * The enum lists come from src/shared. For each field and value, every obligation's check runs
 * over a model whose one record holds that value; an obligation whose status depends on the
 * field must appear in `verdicts` with the status for every value, so a new enum value or a
 * check that starts reading a field fails here until someone decides what the value means.
 */
type Verdicts = Record<string, Record<string, string>>;

const applicationFields: { field: keyof ReadApplication; values: readonly unknown[]; build: (v: never) => Partial<ReadApplication> }[] = [
  { field: 'hosting', values: applicationHostings, build: (v) => ({ hosting: v }) },
  { field: 'supplier', values: applicationSuppliers, build: (v) => ({ supplier: v }) },
  { field: 'fundingSource', values: fundingSources, build: (v) => ({ fundingSource: v }) },
  { field: 'kind', values: applicationKinds, build: (v) => ({ kind: v }) },
  { field: 'platforms', values: applicationPlatforms, build: (v) => ({ platforms: [v] }) },
];
const datasetFields: { field: keyof ReadDataset; values: readonly unknown[]; build: (v: never) => Partial<ReadDataset> }[] = [
  { field: 'classification', values: datasetClassifications, build: (v) => ({ classification: v }) },
  { field: 'publicationStatus', values: publicationStatuses, build: (v) => ({ publicationStatus: v }) },
  { field: 'updateFrequency', values: updateFrequencies, build: (v) => ({ updateFrequency: v, lastUpdatedAt: '2024-01-10' }) },
];

const obligations = regulations.flatMap((r) => r.obligations).filter((o) => o.check);

function statusesByValue(values: readonly unknown[], modelFor: (value: never) => ComplianceReadModel): Map<string, Record<string, string>> {
  const byObligation = new Map<string, Record<string, string>>();
  for (const value of values) {
    const model = modelFor(value as never);
    for (const o of obligations) {
      const row = byObligation.get(o.id) ?? {};
      row[String(value)] = o.check!(model).status;
      byObligation.set(o.id, row);
    }
  }
  // keep only the obligations whose status depends on the value
  return new Map([...byObligation].filter(([, row]) => new Set(Object.values(row)).size > 1));
}

// The statuses the articles give each value (met where the value complies, not_met or not_applicable otherwise).
const hostingVerdict = { national_data_center: 'met', regional_data_center_colocation: 'met', regional_data_center_vps: 'met', agency_server: 'not_met', third_party_cloud: 'not_met' };
const copyrightScope = { pemda: 'met', central_government: 'not_applicable', provincial_government: 'not_applicable', vendor_service: 'not_applicable' };
const procurementScope = { pemda: 'met', central_government: 'not_applicable', provincial_government: 'not_applicable', vendor_service: 'met' };
const platformVerdict = { web: 'met', mobile: 'met', desktop: 'not_met' };
const verdicts: Record<string, Verdicts> = {
  hosting: {
    // Palu 14/2022 Ps 13(7), 19(3); Dumai 67/2022 Ps 16(3)
    'palu-14-2022/13-7': hostingVerdict,
    'palu-14-2022/19-3': hostingVerdict,
    'dumai-67-2022/16-3': hostingVerdict,
  },
  // Dumai 67/2022 Ps 18(10), Palu 14/2022 Ps 15(3)-(4), 31(1)-(4), Dumai 18/2019 Ps 13(5)-(6), Jambi 10/2017 Ps 17(2):
  // duties on what the Pemda builds; Dumai 18/2019 Ps 14(1) ("aplikasi yang dibuat oleh OPD"), Dumai 67/2022 Ps 18(5),
  // Palu Ps 31(5): the ICT office's super-admin access on what agencies build; Dumai 18/2019 Ps 6(5), Palu Ps 30(1),
  // Jambi Ps 7(3): the Pemda's procurement
  supplier: Object.fromEntries(
    [
      'dumai-18-2019/13-5-a', 'dumai-18-2019/13-5-b', 'dumai-18-2019/13-5-c', 'dumai-18-2019/13-5-d', 'dumai-18-2019/13-6',
      'palu-14-2022/15-3', 'palu-14-2022/15-4', 'palu-14-2022/31-1', 'palu-14-2022/31-2', 'palu-14-2022/31-3', 'palu-14-2022/31-4',
      'dumai-67-2022/18-10', 'dumai-67-2022/lampiran-I-D-repository', 'jambi-10-2017/17-2',
      'dumai-18-2019/14-1', 'dumai-67-2022/18-5', 'palu-14-2022/31-5',
    ].map((id) => [id, copyrightScope] as const)
    .concat(['dumai-18-2019/6-5', 'palu-14-2022/30-1', 'jambi-10-2017/7-3'].map((id) => [id, procurementScope] as const)),
  ),
  // the licence duty (Dumai 18/2019 Ps 13(2)) binds APBD/APBN funding (the default record has its licence); an
  // application funded otherwise is not what the article concerns: with no other, nothing is met, it is not applicable
  fundingSource: { 'dumai-18-2019/13-2': { apbd: 'met', apbn: 'met', grant: 'not_applicable', csr: 'not_applicable', other: 'not_applicable' } },
  // Palu 14/2022 Ps 29(2), Jambi 10/2017 Ps 7(2): a common application is the ICT office's (the default owner is another
  // agency), a specific one is not concerned; Jambi 10/2017 Ps 7(3): the coordination concerns specific applications
  kind: {
    'palu-14-2022/29-2': { common: 'not_met', specific: 'not_applicable' },
    'jambi-10-2017/7-2': { common: 'not_met', specific: 'not_applicable' },
    'jambi-10-2017/7-3': { common: 'not_applicable', specific: 'met' },
  },
  // Dumai 18/2019 Ps 14(3): web- or mobile-based
  platforms: { 'dumai-18-2019/14-3': platformVerdict },
  classification: {},
  // a retired dataset leaves the catalogue with no live record: registry empty, never met
  publicationStatus: Object.fromEntries(
    ['dumai-18-2019/11-5', 'palu-14-2022/9-2', 'palu-14-2022/12-2', 'palu-14-2022/12-3'].map((id) => [
      id,
      { draft: 'met', in_review: 'met', returned: 'met', published: 'met', retired: 'not_measurable' },
    ])
    // Jambi 10/2017 Ps 11(5)-(6), Palu 14/2022 Ps 12(4)-(5): the default dataset is not of the staffing or population
    // category, so the NIP/NIK key duty concerns none (not applicable); retired, the catalogue is empty
    .concat(
      ['jambi-10-2017/11-5', 'jambi-10-2017/11-6', 'palu-14-2022/12-4', 'palu-14-2022/12-5'].map((id) => [
        id,
        { draft: 'not_applicable', in_review: 'not_applicable', returned: 'not_applicable', published: 'not_applicable', retired: 'not_measurable' },
      ]),
    ),
  ),
  // Dumai 18/2019 Ps 11(5): updated 2024-01-10, evaluated 2024-01-15: a daily dataset was due 2024-01-11 (not met),
  // a weekly one is due 2024-01-17 (met), a monthly one falls due within the window; irregular and once have no cadence
  updateFrequency: Object.fromEntries(
    ['dumai-18-2019/11-5', 'palu-14-2022/9-2'].map((id) => [
      id,
      { daily: 'not_met', weekly: 'met', monthly: 'due_soon', quarterly: 'met', semiannual: 'met', annual: 'met', biennial: 'met', irregular: 'met', once: 'met' },
    ]),
  ),
};

describe('every check reading an enumerated field is tested with every value of its enum', () => {
  for (const { field, values, build } of applicationFields) {
    it(`applications.${field}: ${values.join(', ')}`, () => {
      const observed = statusesByValue(values, (v) => buildReadModel({ applications: [buildReadApplication({ stage: 'system_maintenance', ...build(v) })] }));
      expect(Object.fromEntries(observed)).toEqual(verdicts[field]);
    });
  }
  for (const { field, values, build } of datasetFields) {
    it(`datasets.${field}: ${values.join(', ')}`, () => {
      const observed = statusesByValue(values, (v) => buildReadModel({ asOf: '2024-01-15', datasets: [buildReadDataset(build(v))] }));
      expect(Object.fromEntries(observed)).toEqual(verdicts[field]);
    });
  }

  it('Dumai 18/2019 Ps 13(6), Palu 14/2022 Ps 15(4): a supplier outside the Pemda makes copyright duties not applicable', () => {
    const own = (supplier: string) => buildReadModel({ applications: [buildReadApplication({ supplier, copyrightOwner: 'Kementerian' })] });
    const copyright = obligations.find((o) => o.id === 'palu-14-2022/15-4')!;
    for (const supplier of applicationSuppliers) expect(copyright.check!(own(supplier)).status, supplier).toBe(copyrightScope[supplier] === 'met' ? 'not_met' : 'not_applicable');
  });

  it('every agency role a check or coordinating unit names can be recorded on an agency', () => {
    const named = Object.values(coordinatingRoles).flatMap((areas) => Object.values(areas ?? {}).flatMap((a) => a?.roles ?? []));
    expect(named.filter((r) => !(agencySpecialRoles as readonly string[]).includes(r))).toEqual([]);
  });
});
