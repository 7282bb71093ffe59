import { describe, expect, it } from 'vitest';
import { applicationSuppliers } from '../../shared/applications';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import type { ReadApplication } from '../types';
import { allSdlcStages } from '../sdlc-stages';
import { inServiceStages } from './scope';
import { checkHandoverDocuments } from './application-handover';
import { checkIctOfficeSuperAdmin, checkRecommendationRecorded, checkSourceCodeAndCopyright } from './applications';

const declaration = { registry: 'applications' as const, declaredByName: 'Kepala Diskominfo', declaredAt: '2024-01-10T03:00:00Z', note: 'Belum ada aplikasi' };

describe('scope by who supplies the application', () => {
  const copyright = checkSourceCodeAndCopyright({ requireRepository: false });
  const recommendation = checkRecommendationRecorded();
  // a ministry's application: no repository, copyright with the ministry, no recommendation of the ICT office
  const sipd = (supplier: ReadApplication['supplier']) =>
    buildReadApplication({ name: 'SIPD RI', supplier, copyrightOwner: 'Kementerian Dalam Negeri', repositoryLocation: null, recommendationId: null, handoverDocuments: [] });

  // Every value the API can store, with what the articles say about it.
  const copyrightExpected: Record<(typeof applicationSuppliers)[number], 'not_met' | 'not_applicable'> = {
    // Dumai 67/2022 Ps 18(10): built at the Pemda's cost, so the copyright must be the Pemda's
    pemda: 'not_met',
    // Palu 14/2022 Ps 15(4), 31(4): the duty concerns what the Pemda builds, not a ministry's or the province's application
    central_government: 'not_applicable',
    provincial_government: 'not_applicable',
    vendor_service: 'not_applicable',
  };
  const recommendationExpected: Record<(typeof applicationSuppliers)[number], 'not_met' | 'not_applicable'> = {
    // Dumai 18/2019 Ps 6(5): the Pemda's own procurement (building or subscribing) needs the ICT office's recommendation
    pemda: 'not_met',
    vendor_service: 'not_met',
    central_government: 'not_applicable',
    provincial_government: 'not_applicable',
  };

  it.each(applicationSuppliers.map((s) => [s]))('Dumai 67/2022 Ps 18(10), Dumai 18/2019 Ps 6(5): supplier %s', (supplier) => {
    const model = buildReadModel({ applications: [sipd(supplier)] });
    expect(copyright(model).status).toBe(copyrightExpected[supplier]);
    expect(recommendation(model).status).toBe(recommendationExpected[supplier]);
  });

  it('Dumai 18/2019 Ps 13(6): an unrecorded supplier stays in scope (the agency application is the Pemda\'s unless recorded otherwise)', () => {
    expect(copyright(buildReadModel({ applications: [sipd(null)] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 31(4): ministry rows are shown as not applicable beside the Pemda\'s gaps, with the reason', () => {
    const own = buildReadApplication({ copyrightOwner: 'CV Penyedia' });
    const result = copyright(buildReadModel({ applications: [own, sipd('central_government')] }));
    expect(result).toMatchObject({
      status: 'not_met',
      missing: [{ recordId: own.id, messageKey: 'compliance.copyrightNotTenant' }],
      notApplicable: [{ messageKey: 'compliance.notApplicable.suppliedByGovernment', params: { application: 'SIPD RI', supplier: 'central_government' } }],
    });
  });

  it('Palu 14/2022 Ps 15(3): the source-code handover is not owed for a ministry application', () => {
    expect(checkHandoverDocuments({ documents: ['source_code'] })(buildReadModel({ applications: [sipd('central_government')] }))).toMatchObject({
      status: 'not_applicable',
      reasonKey: 'compliance.notApplicable.suppliedByGovernment',
    });
  });
});

describe('the repository holds what has been built (Dumai 67/2022 Lampiran I huruf D: "Aplikasi SPBE yang telah dibangun")', () => {
  const repository = checkSourceCodeAndCopyright({ requireTenantCopyright: false });
  const repositoryAndCopyright = checkSourceCodeAndCopyright();
  const withoutRepository = (stage: string) => buildReadApplication({ stage, repositoryLocation: null, copyrightOwner: 'tenant' });

  it.each(allSdlcStages.map((s) => [s]))('stage %s: a missing repository is a gap only once the application is built and in service', (stage) => {
    const model = buildReadModel({ applications: [withoutRepository(stage)] });
    if (inServiceStages.has(stage)) {
      expect(repository(model)).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.repositoryMissing' }] });
    } else {
      expect(repository(model)).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.notYetBuilt', evidence: [{ params: { stage } }] });
    }
  });

  it('Dumai 18/2019 Ps 13(6): copyright binds from the start; the repository waits for the built application', () => {
    const studied = buildReadModel({ applications: [withoutRepository('needs_study')] });
    expect(repositoryAndCopyright(studied).status).toBe('met');
    const notOurs = buildReadModel({ applications: [buildReadApplication({ stage: 'needs_study', repositoryLocation: null, copyrightOwner: 'CV Penyedia' })] });
    expect(repositoryAndCopyright(notOurs)).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.copyrightNotTenant' }] });
  });
});

describe('no vacuous met over an empty registry', () => {
  it('Dumai 18/2019 Ps 14(1): an application registry with no active application is not measurable, reason registry empty', () => {
    const retired = buildReadApplication({ status: 'retired' });
    expect(checkIctOfficeSuperAdmin()(buildReadModel({ applications: [] }))).toEqual({ status: 'not_measurable', needs: 'application_registry', reason: 'registry_empty' });
    expect(checkIctOfficeSuperAdmin()(buildReadModel({ applications: [retired] }))).toMatchObject({ reason: 'registry_empty' });
  });

  it('Dumai 18/2019 Ps 14(1): a dated, signed declaration that there is nothing to register is the evidence', () => {
    expect(checkIctOfficeSuperAdmin()(buildReadModel({ applications: [], emptyRegistryDeclarations: [declaration] }))).toEqual({
      status: 'met',
      evidence: [{ messageKey: 'compliance.evidence.declaredNothingToRegister', params: { registry: 'applications', by: 'Kepala Diskominfo', at: '2024-01-10', note: 'Belum ada aplikasi' } }],
    });
  });

  it('a declaration for another registry does not count, and a declaration no longer matters once records exist', () => {
    const other = { ...declaration, registry: 'datasets' as const };
    expect(checkIctOfficeSuperAdmin()(buildReadModel({ applications: [], emptyRegistryDeclarations: [other] })).status).toBe('not_measurable');
    const gap = buildReadApplication({ ictOfficeSuperAdmin: false });
    expect(checkIctOfficeSuperAdmin()(buildReadModel({ applications: [gap], emptyRegistryDeclarations: [declaration] })).status).toBe('not_met');
  });
});
