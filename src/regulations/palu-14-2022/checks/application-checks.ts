import { checkEach } from '../../checks/check-each';
import type { CheckResult, ComplianceReadModel, ReadApplication } from '../../types';

const ns = 'reg-palu-14-2022';

function withApplications(model: ComplianceReadModel, check: (apps: ReadApplication[]) => CheckResult): CheckResult {
  if (!model.applications) return { status: 'not_measurable', needs: 'application_registry' };
  return check(model.applications.filter((a) => a.status === 'active'));
}

const appFinding = (key: string) => (a: ReadApplication) => ({
  messageKey: `${ns}.finding.${key}`,
  params: { application: a.name },
  agencyId: a.ownerAgencyId,
  recordType: 'application',
  recordId: a.id,
});

/** Palu 14/2022 Ps 30(1): every SPBE application carries the ICT office's recommendation. */
export function checkApplicationsRecommended(model: ComplianceReadModel): CheckResult {
  return withApplications(model, (apps) =>
    checkEach(
      apps,
      (a) => a.recommendationId !== null,
      (a, met) => appFinding(met ? 'applicationRecommended' : 'applicationWithoutRecommendation')(a),
      `${ns}.remedy.requestRecommendation`,
    ),
  );
}

/** Palu 14/2022 Ps 30(3): an application is operated by the agency that owns its service. */
export function checkOperatedByServiceOwner(model: ComplianceReadModel): CheckResult {
  return withApplications(model, (apps) =>
    checkEach(
      apps,
      (a) => a.operatorAgencyId === null || a.operatorAgencyId === a.ownerAgencyId,
      (a, met) => appFinding(met ? 'applicationOperatedByOwner' : 'applicationOperatedByOther')(a),
      `${ns}.remedy.operateByServiceOwner`,
    ),
  );
}

/**
 * Palu 14/2022 Ps 31(1): an application is tested before it runs on the production
 * infrastructure, so one past the `testing` stage must carry its test report (Ps 15(3)).
 */
export function checkTestedBeforeProduction(model: ComplianceReadModel): CheckResult {
  const stages = model.params.sdlcStages;
  const testing = stages.indexOf('testing');
  if (testing < 0) return { status: 'not_measurable', needs: 'application_registry' };
  return withApplications(model, (apps) =>
    checkEach(
      apps.filter((a) => stages.indexOf(a.stage) > testing),
      (a) => a.handoverDocuments.some((d) => d.code === 'test_report' && d.present),
      (a, met) => appFinding(met ? 'applicationTested' : 'applicationUntested')(a),
      `${ns}.remedy.attachTestReport`,
    ),
  );
}
