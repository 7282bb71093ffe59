import { describe, expect, it } from 'vitest';
import { buildReadAgency, buildReadApplication, buildReadModel, healthOfficeId, ictOfficeId } from '../testing/build-read-model';
import {
  checkIctOfficeSuperAdmin,
  checkLicenceRecorded,
  checkOneApplicationPerFunction,
  checkRecommendationRecorded,
  checkSourceCodeAndCopyright,
  checkSingleSignOn,
  checkStageInSdlc,
  checkWebOrMobilePlatform,
} from './applications';

describe('application registry checks', () => {
  it('Dumai 18/2019 Ps 14(1): not measurable without an application registry', () => {
    expect(checkIctOfficeSuperAdmin()(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'application_registry', reason: 'no_capability' });
  });

  it('Dumai 18/2019 Ps 14(1): met when the ICT office is super admin on every application', () => {
    const model = buildReadModel({ applications: [buildReadApplication(), buildReadApplication()] });
    expect(checkIctOfficeSuperAdmin()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 14(1): an application without ICT-office super admin is not met, with its agency', () => {
    const app = buildReadApplication({ ictOfficeSuperAdmin: false });
    const result = checkIctOfficeSuperAdmin()(buildReadModel({ applications: [app, buildReadApplication()] }));
    expect(result).toMatchObject({
      status: 'not_met',
      remedyKey: 'compliance.remedy.grantSuperAdmin',
      missing: [{ messageKey: 'compliance.superAdminMissing', agencyId: healthOfficeId, recordType: 'application', recordId: app.id }],
    });
  });

  it('Dumai 18/2019 Ps 14(1): retired applications and applications of retired agencies do not count', () => {
    const retiredAgency = buildReadAgency({ status: 'retired' });
    const model = buildReadModel({
      agencies: [...buildReadModel().agencies, retiredAgency],
      applications: [
        buildReadApplication({ ictOfficeSuperAdmin: false, status: 'retired' }),
        buildReadApplication({ ictOfficeSuperAdmin: false, ownerAgencyId: retiredAgency.id }),
        buildReadApplication({ ictOfficeSuperAdmin: true }),
      ],
    });
    expect(checkIctOfficeSuperAdmin()(model)).toMatchObject({ status: 'met', evidence: [{ params: { count: 1 } }] });
  });

  it('Dumai 18/2019 Ps 14(2): one application per function in each agency is met', () => {
    const model = buildReadModel({
      applications: [
        buildReadApplication({ businessFunction: 'Kepegawaian' }),
        buildReadApplication({ businessFunction: 'Kepegawaian', ownerAgencyId: ictOfficeId }),
      ],
    });
    expect(checkOneApplicationPerFunction()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 14(2): a second application for the same function is not met', () => {
    const a = buildReadApplication({ businessFunction: 'Rekam medis' });
    const b = buildReadApplication({ businessFunction: ' rekam  Medis ' });
    const result = checkOneApplicationPerFunction()(buildReadModel({ applications: [a, b] }));
    expect(result.status).toBe('not_met');
    if (result.status !== 'not_met') return;
    expect(result.missing.map((f) => f.recordId)).toEqual([a.id, b.id]);
    expect(result.missing[0]).toMatchObject({ messageKey: 'compliance.duplicateFunction', agencyId: healthOfficeId, params: { count: 2 } });
  });

  it('Dumai 18/2019 Ps 14(2): a recorded justification is shown but the agency stays not met', () => {
    const a = buildReadApplication({ businessFunction: 'Rekam medis', duplicateJustification: 'Migrasi bertahap' });
    const b = buildReadApplication({ businessFunction: 'Rekam medis' });
    const result = checkOneApplicationPerFunction()(buildReadModel({ applications: [a, b] }));
    expect(result).toMatchObject({
      status: 'not_met',
      missing: [
        { messageKey: 'compliance.duplicateFunctionJustified', params: { justification: 'Migrasi bertahap' } },
        { messageKey: 'compliance.duplicateFunction' },
      ],
    });
  });

  it('Dumai 18/2019 Ps 14(3): web and mobile applications are met', () => {
    const model = buildReadModel({ applications: [buildReadApplication({ platforms: ['web'] }), buildReadApplication({ platforms: ['Mobile'] })] });
    expect(checkWebOrMobilePlatform()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 14(3): a desktop-only application is not met', () => {
    const app = buildReadApplication({ platforms: ['desktop'] });
    expect(checkWebOrMobilePlatform()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.platformNotWebOrMobile', recordId: app.id }],
    });
  });

  it('Dumai 18/2019 Ps 13(2): a recorded licence is met', () => {
    const model = buildReadModel({ applications: [buildReadApplication({ licence: 'Proprietary, lisensi resmi' })] });
    expect(checkLicenceRecorded({ fundingSources: ['apbd', 'apbn'] })(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 13(2): an APBD-funded application without a licence is not met', () => {
    const app = buildReadApplication({ licence: null, fundingSource: 'APBD' });
    const result = checkLicenceRecorded({ fundingSources: ['apbd', 'apbn'] })(buildReadModel({ applications: [app] }));
    expect(result).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.licenceMissing', recordId: app.id }] });
  });

  it('Dumai 18/2019 Ps 13(2): an application funded from another source is outside the article', () => {
    const app = buildReadApplication({ licence: null, fundingSource: 'hibah' });
    // the only application is outside the article: nothing is checked, so nothing is met
    expect(checkLicenceRecorded({ fundingSources: ['apbd', 'apbn'] })(buildReadModel({ applications: [app] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
  });

  it('Dumai 18/2019 Ps 13(6): source code in the repository and copyright with the Pemda is met', () => {
    const model = buildReadModel({
      applications: [buildReadApplication(), buildReadApplication({ copyrightOwner: 'Pemerintah Kota Dumai' })],
    });
    expect(checkSourceCodeAndCopyright()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 13(6): source code not in the repository is not met', () => {
    const app = buildReadApplication({ repositoryLocation: null });
    expect(checkSourceCodeAndCopyright()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.repositoryMissing' }],
    });
  });

  it('Dumai 18/2019 Ps 13(6): copyright held by the vendor is not met', () => {
    const app = buildReadApplication({ copyrightOwner: 'PT Vendor' });
    expect(checkSourceCodeAndCopyright()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.copyrightNotTenant', params: { owner: 'PT Vendor' } }],
    });
    expect(checkSourceCodeAndCopyright({ requireTenantCopyright: false })(buildReadModel({ applications: [app] })).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 13(3): a stage outside the SDLC in force is not met', () => {
    const good = buildReadApplication({ stage: 'system_trial' });
    const bad = buildReadApplication({ stage: 'production' });
    expect(checkStageInSdlc()(buildReadModel({ applications: [good] })).status).toBe('met');
    expect(checkStageInSdlc()(buildReadModel({ applications: [good, bad] }))).toMatchObject({
      status: 'not_met',
      missing: [{ recordId: bad.id, params: { stage: 'production' } }],
    });
  });

  it('Dumai 18/2019 Ps 6(5): an agency application without the ICT office recommendation is not met', () => {
    const ictApp = buildReadApplication({ ownerAgencyId: ictOfficeId, recommendationId: null });
    const agencyApp = buildReadApplication({ recommendationId: null });
    // the ICT office's own application needs none: alone, it leaves nothing the article concerns
    expect(checkRecommendationRecorded()(buildReadModel({ applications: [ictApp] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
    expect(checkRecommendationRecorded()(buildReadModel({ applications: [ictApp, agencyApp] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.recommendationMissing', recordId: agencyApp.id }],
    });
  });

  it('Jambi 10/2017 Ps 7(3): only specific applications need the coordination on record under the specific variant', () => {
    const common = buildReadApplication({ kind: 'common', recommendationId: null });
    const specific = buildReadApplication({ recommendationId: null });
    const check = checkRecommendationRecorded({ kind: 'specific' });
    expect(check(buildReadModel({ applications: [common] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
    expect(check(buildReadModel({ applications: [common, specific] }))).toMatchObject({ status: 'not_met', missing: [{ recordId: specific.id }] });
  });

  it('Jambi 10/2017 Ps 7(5): an application in service without single sign-on is not met', () => {
    const app = buildReadApplication({ sso: false });
    expect(checkSingleSignOn()(buildReadModel({ applications: [buildReadApplication()] })).status).toBe('met');
    expect(checkSingleSignOn()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.singleSignOnMissing', recordId: app.id }],
    });
  });
});
