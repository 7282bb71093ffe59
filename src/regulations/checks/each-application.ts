import type { CheckResult, ComplianceReadModel, Finding, ReadApplication } from '../types';
import { emptyRegistry, noneConcerned, notMeasurable, summarizeFindings, type DueFinding } from './check-result';
import { selectActiveApplications } from './scope';

export type ApplicationCheck = (model: ComplianceReadModel) => CheckResult;

/** What one application shows for an obligation: nothing (fine), a gap, or a date coming due. */
export interface ApplicationVerdict {
  missing?: Finding;
  dueSoon?: DueFinding;
}

/** A finding about one application, carrying its agency so the UI can show it per agency. */
export function describeApplication(
  app: ReadApplication,
  messageKey: string,
  params: Record<string, string | number> = {},
): Finding {
  return {
    messageKey,
    params: { application: app.name, ...params },
    agencyId: app.ownerAgencyId,
    recordType: 'application',
    recordId: app.id,
  };
}

/**
 * Why an application is outside an obligation's scope: an i18n key (namespace `compliance`)
 * shown as the row's reason, or undefined when the obligation binds it.
 */
export type ScopeRule = (app: ReadApplication, model: ComplianceReadModel) => string | undefined;

/**
 * Runs `inspect` over every active application `applies` selects and folds the verdicts
 * into one result. Applications `outOfScope` excludes are listed as not applicable with the
 * reason; when every concerned application is out of scope the obligation is not applicable.
 * Not measurable while the tenant has no application registry, and with reason "registry
 * empty" while it holds no active application (unless declared empty).
 */
export function checkEachApplication(options: {
  applies?: (app: ReadApplication, model: ComplianceReadModel) => boolean;
  outOfScope?: ScopeRule;
  inspect: (app: ReadApplication, model: ComplianceReadModel) => ApplicationVerdict | undefined;
  remedyKey: string;
}): ApplicationCheck {
  return (model) => {
    if (!model.applications) return notMeasurable('application_registry');
    const active = selectActiveApplications(model);
    if (active.length === 0) return emptyRegistry(model, 'applications', 'application_registry');
    const missing: Finding[] = [];
    const dueSoon: DueFinding[] = [];
    const notApplicable: Finding[] = [];
    let count = 0;
    for (const app of active) {
      if (options.applies && !options.applies(app, model)) continue;
      const reasonKey = options.outOfScope?.(app, model);
      if (reasonKey) {
        notApplicable.push(describeApplication(app, reasonKey, { supplier: app.supplier ?? '-', stage: app.stage }));
        continue;
      }
      count += 1;
      const verdict = options.inspect(app, model);
      if (verdict?.missing) missing.push(verdict.missing);
      if (verdict?.dueSoon) dueSoon.push(verdict.dueSoon);
    }
    if (count === 0 && notApplicable.length > 0) {
      return { status: 'not_applicable', reasonKey: notApplicable[0].messageKey, evidence: notApplicable };
    }
    // no application is of the kind the obligation concerns: nothing was checked, so nothing is
    // met either (issue 8 §2: no vacuous "met"); it is shown as not applicable, with the reason
    if (count === 0) return noneConcerned('applications');
    return summarizeFindings({
      missing,
      dueSoon,
      evidence: [{ messageKey: 'compliance.evidence.applicationsChecked', params: { count } }],
      remedyKey: options.remedyKey,
      notApplicable,
    });
  };
}
