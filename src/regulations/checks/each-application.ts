import type { CheckResult, ComplianceReadModel, Finding, ReadApplication } from '../types';
import { notMeasurable, summarizeFindings, type DueFinding } from './check-result';
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
 * Runs `inspect` over every active application `applies` selects and folds the verdicts
 * into one result. Not measurable while the tenant has no application registry.
 */
export function checkEachApplication(options: {
  applies?: (app: ReadApplication, model: ComplianceReadModel) => boolean;
  inspect: (app: ReadApplication, model: ComplianceReadModel) => ApplicationVerdict | undefined;
  remedyKey: string;
}): ApplicationCheck {
  return (model) => {
    if (!model.applications) return notMeasurable('application_registry');
    const missing: Finding[] = [];
    const dueSoon: DueFinding[] = [];
    let count = 0;
    for (const app of selectActiveApplications(model)) {
      if (options.applies && !options.applies(app, model)) continue;
      count += 1;
      const verdict = options.inspect(app, model);
      if (verdict?.missing) missing.push(verdict.missing);
      if (verdict?.dueSoon) dueSoon.push(verdict.dueSoon);
    }
    return summarizeFindings({
      missing,
      dueSoon,
      evidence: [{ messageKey: 'compliance.evidence.applicationsChecked', params: { count } }],
      remedyKey: options.remedyKey,
    });
  };
}
