import { describe, expect, it } from 'vitest';
import { buildReadAgency, buildReadDataset, buildReadModel, buildReadPeriodicReport, buildReadRequest, healthOfficeId } from '../testing/build-read-model';
import { checkDatasetKeyIdentifier, checkEveryAgencyManagesData } from './datasets';
import { checkRequestsAnswered } from './requests';
import { checkPeriodicReports } from './reporting';

/**
 * "Each X that …" with no X concerned is not applicable (reason noneConcerned…), never met and
 * never not met; an empty registry is not that: it stays not measurable, "registry empty"
 * (docs/compliance.md; issue 8 §2: no vacuous "met").
 */
const noneConcerned = (family: string) => ({ status: 'not_applicable', reasonKey: `compliance.notApplicable.noneConcerned${family}`, evidence: [] });
const registryEmpty = (needs: string) => ({ status: 'not_measurable', needs, reason: 'registry_empty' });

describe('datasets: Jambi 10/2017 Ps 11(5)-(6), Palu 14/2022 (NIP and NIK keys of the staffing and population datasets)', () => {
  const nip = checkDatasetKeyIdentifier({ category: 'staffing', identifier: 'nip' });

  it('datasets registered, none of the staffing category: not applicable, none concerned', () => {
    expect(nip(buildReadModel({ datasets: [buildReadDataset({ category: 'health' })] }))).toEqual(noneConcerned('Datasets'));
  });

  it('no dataset at all: registry empty, not "none concerned"', () => {
    expect(nip(buildReadModel({ datasets: [] }))).toEqual(registryEmpty('data_catalogue'));
    // a retired dataset is no longer in the catalogue
    expect(nip(buildReadModel({ datasets: [buildReadDataset({ category: 'staffing', publicationStatus: 'retired' })] }))).toEqual(registryEmpty('data_catalogue'));
  });

  it('a staffing dataset is judged: keyed on NIP met, otherwise not met', () => {
    expect(nip(buildReadModel({ datasets: [buildReadDataset({ category: 'staffing', keyIdentifier: 'nip' })] })).status).toBe('met');
    expect(nip(buildReadModel({ datasets: [buildReadDataset({ category: 'staffing', keyIdentifier: 'nik' })] })).status).toBe('not_met');
  });
});

describe('requests: Dumai 18/2019 Ps 11(2), 12(3), Palu 14/2022 Ps 9(8) (data requests are answered)', () => {
  const answered = checkRequestsAnswered({ types: ['data_access'] });

  it('requests registered, none of the data types submitted: not applicable, none concerned', () => {
    const model = buildReadModel({ requests: [buildReadRequest({ type: 'subdomain' }), buildReadRequest({ submittedAt: null, decidedAt: null, state: 'draft' })] });
    expect(answered(model)).toEqual(noneConcerned('Requests'));
  });

  it('no request at all: registry empty', () => {
    expect(answered(buildReadModel({ requests: [] }))).toEqual(registryEmpty('requests'));
  });

  it('a declared-empty request registry is met by the declaration (not "none concerned")', () => {
    const declared = buildReadModel({ requests: [], emptyRegistryDeclarations: [{ registry: 'requests', declaredByName: 'Sekda', declaredAt: '2024-01-10T03:00:00Z', note: '' }] });
    expect(answered(declared).status).toBe('met');
  });
});

describe('agencies: Jambi 10/2017 Ps 22(1)-(2) (periodic reports), Ps 11(1) (every agency manages data)', () => {
  const ictReports = checkPeriodicReports({ reporters: 'ict_office' });
  const everyReports = checkPeriodicReports({ reporters: 'every_agency' });
  const reportsOf = (agencyId: string) => [buildReadPeriodicReport({ agencyId })];

  it('agencies registered, none is the ICT office: the ICT office\'s reports concern none, not applicable', () => {
    const model = buildReadModel({ agencies: [buildReadAgency({ id: healthOfficeId })], periodicReports: reportsOf(healthOfficeId) });
    expect(ictReports(model)).toEqual(noneConcerned('Agencies'));
    // every agency reports: the health office is concerned and judged
    expect(everyReports(model).status).not.toBe('not_applicable');
  });

  it('no active agency at all: not measurable, registry empty (never a vacuous met)', () => {
    const none = buildReadModel({ agencies: [buildReadAgency({ status: 'retired' })], periodicReports: [], datasets: [] });
    expect(ictReports(none)).toEqual(registryEmpty('organisation'));
    expect(everyReports(none)).toEqual(registryEmpty('organisation'));
    expect(checkEveryAgencyManagesData()(none)).toEqual(registryEmpty('organisation'));
  });
});
