import type { ComplianceReadModel, Finding, ReadApplication } from '../types';
import { emptyRegistry, notMeasurable, summarizeFindings } from './check-result';
import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { indexAgencies, isInService, outsideBuiltAtPemdaCost, outsidePemdaProcurement, selectActiveApplications } from './scope';

/**
 * Dumai 18/2019 Ps 14(1): the ICT office holds super-admin access on every application "yang
 * dibuat oleh OPD"; one another government supplies, or a vendor's service the Pemda
 * subscribes to, was not made by an agency and is outside it (outsideBuiltAtPemdaCost).
 */
export function checkIctOfficeSuperAdmin(): ApplicationCheck {
  return checkEachApplication({
    outOfScope: outsideBuiltAtPemdaCost,
    inspect: (app) =>
      app.ictOfficeSuperAdmin ? undefined : { missing: describeApplication(app, 'compliance.superAdminMissing') },
    remedyKey: 'compliance.remedy.grantSuperAdmin',
  });
}

function normaliseFunction(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Dumai 18/2019 Ps 14(2): "Setiap OPD dilarang menggunakan lebih dari satu aplikasi dalam
 * wilayah kendalanya untuk fungsi yang sama." The prohibition has no exception in the text,
 * so a recorded `duplicateJustification` does not make the obligation met: it is shown
 * beside the finding (so the reader sees why the agency kept both), and the agency stays
 * not met until one application is retired or merged.
 */
export function checkOneApplicationPerFunction(): ApplicationCheck {
  return (model: ComplianceReadModel) => {
    if (!model.applications) return notMeasurable('application_registry');
    if (selectActiveApplications(model).length === 0) return emptyRegistry(model, 'applications', 'application_registry');
    const groups = new Map<string, ReadApplication[]>();
    const active = selectActiveApplications(model);
    for (const app of active) {
      const key = `${app.ownerAgencyId}\u0000${normaliseFunction(app.businessFunction)}`;
      const group = groups.get(key);
      if (group) group.push(app);
      else groups.set(key, [app]);
    }
    const missing: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const app of group) {
        const params = { function: app.businessFunction, count: group.length };
        missing.push(
          app.duplicateJustification
            ? describeApplication(app, 'compliance.duplicateFunctionJustified', {
                ...params,
                justification: app.duplicateJustification,
              })
            : describeApplication(app, 'compliance.duplicateFunction', params),
        );
      }
    }
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.functionsChecked', params: { count: groups.size } }],
      remedyKey: 'compliance.remedy.consolidateApplications',
    });
  };
}

const webOrMobile = new Set(['web', 'mobile']);

/** Dumai 18/2019 Ps 14(3): applications are web- or mobile-based. */
export function checkWebOrMobilePlatform(): ApplicationCheck {
  return checkEachApplication({
    inspect: (app) =>
      app.platforms.some((p) => webOrMobile.has(p.toLowerCase()))
        ? undefined
        : { missing: describeApplication(app, 'compliance.platformNotWebOrMobile', { platforms: app.platforms.join(', ') || '-' }) },
    remedyKey: 'compliance.remedy.moveToWebOrMobile',
  });
}

/**
 * Dumai 18/2019 Ps 13(2): applications paid from APBD/APBN are legal and/or open source,
 * so the licence must be on record. With `fundingSources`, an application whose funding is
 * recorded as something else is out of scope; unrecorded funding stays in scope, since an
 * agency's application is paid from public money unless shown otherwise.
 */
export function checkLicenceRecorded(options: { fundingSources?: readonly string[] } = {}): ApplicationCheck {
  const sources = options.fundingSources?.map((s) => s.toLowerCase());
  return checkEachApplication({
    applies: (app) => !sources || !app.fundingSource || sources.includes(app.fundingSource.toLowerCase()),
    inspect: (app) => (app.licence?.trim() ? undefined : { missing: describeApplication(app, 'compliance.licenceMissing') }),
    remedyKey: 'compliance.remedy.recordLicence',
  });
}

/** The copyright owner is the Pemda when it names the tenant by id or name, or by the code `tenant`. */
function isOwnedByTenant(owner: string | null, model: ComplianceReadModel): boolean {
  if (!owner) return false;
  const value = owner.trim().toLowerCase();
  return value === 'tenant' || value === model.tenant.id.toLowerCase() || value === model.tenant.name.trim().toLowerCase();
}

/**
 * Dumai 18/2019 Ps 13(6), Palu 14/2022 Ps 15(4), 31(4): the source code is kept in the
 * repository and the copyright belongs to the Pemda. Each half can be turned off for an
 * article that names only one of them. Applications not built at the Pemda's cost are not
 * applicable (scope.ts).
 */
export function checkSourceCodeAndCopyright(
  options: { requireRepository?: boolean; requireTenantCopyright?: boolean } = {},
): ApplicationCheck {
  const requireRepository = options.requireRepository ?? true;
  const requireCopyright = options.requireTenantCopyright ?? true;
  return checkEachApplication({
    // the repository holds what "telah dibangun" (Dumai 67/2022 Lampiran I huruf D) and what is
    // handed over (Palu 14/2022 Ps 31(3)): an application still being studied or built has no
    // code to deposit yet; its copyright, where asked, binds from the start
    outOfScope: (app) => outsideBuiltAtPemdaCost(app) ?? (!requireCopyright && !isInService(app) ? 'compliance.notApplicable.notYetBuilt' : undefined),
    inspect: (app, model) => {
      if (requireRepository && isInService(app) && !app.repositoryLocation?.trim()) {
        return { missing: describeApplication(app, 'compliance.repositoryMissing') };
      }
      if (requireCopyright && !isOwnedByTenant(app.copyrightOwner, model)) {
        return {
          missing: describeApplication(app, 'compliance.copyrightNotTenant', { owner: app.copyrightOwner ?? '-' }),
        };
      }
      return undefined;
    },
    remedyKey: 'compliance.remedy.depositSourceCode',
  });
}

/** Dumai 18/2019 Ps 13(3): the application's stage is one of the SDLC stages in force. */
export function checkStageInSdlc(): ApplicationCheck {
  return (model) => {
    const stages = new Set(model.params.sdlcStages);
    return checkEachApplication({
      inspect: (app) => (stages.has(app.stage) ? undefined : { missing: describeApplication(app, 'compliance.stageUnknown', { stage: app.stage }) }),
      remedyKey: 'compliance.remedy.setSdlcStage',
    })(model);
  };
}

/**
 * Dumai 18/2019 Ps 6(5) (and the ICT office's recommendation in later regulations): an
 * agency's SPBE procurement carries the ICT office's recommendation. Applications the ICT
 * office itself owns need none. `kind` narrows it, e.g. to specific applications built in
 * coordination with the ICT office (Jambi 10/2017 Ps 7(3)).
 */
export function checkRecommendationRecorded(options: { kind?: ReadApplication['kind'] } = {}): ApplicationCheck {
  return checkEachApplication({
    applies: (app, model) =>
      (!options.kind || app.kind === options.kind) && !indexAgencies(model).get(app.ownerAgencyId)?.specialRoles.includes('ict_office'),
    outOfScope: outsidePemdaProcurement,
    inspect: (app) => (app.recommendationId ? undefined : { missing: describeApplication(app, 'compliance.recommendationMissing') }),
    remedyKey: 'compliance.remedy.requestRecommendation',
  });
}

/** Jambi 10/2017 Ps 7(5): the ICT office runs the applications with single sign-on. */
export function checkSingleSignOn(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app) => (app.sso ? undefined : { missing: describeApplication(app, 'compliance.singleSignOnMissing') }),
    remedyKey: 'compliance.remedy.connectSingleSignOn',
  });
}
