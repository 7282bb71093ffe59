import { emptyRegistry, notMeasurable, summarizeFindings } from '../../checks/check-result';
import type { CheckResult, ComplianceReadModel, Finding, ReadDataset } from '../../types';

/**
 * Every live dataset must satisfy `isMet`; the ones that do not are missing.
 * Not measurable while the tenant has no data catalogue.
 */
function checkEachDataset(isMet: (d: ReadDataset) => boolean, messageKey: string, remedyKey: string) {
  return (model: ComplianceReadModel): CheckResult => {
    if (!model.datasets) return notMeasurable('data_catalogue');
    const live = model.datasets.filter((d) => d.publicationStatus !== 'retired');
    if (live.length === 0) return emptyRegistry(model, 'datasets', 'data_catalogue');
    const missing: Finding[] = live
      .filter((d) => !isMet(d))
      .map((d) => ({ messageKey, params: { dataset: d.title }, agencyId: d.producerAgencyId, recordType: 'dataset', recordId: d.id }));
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.datasetsChecked', params: { count: live.length } }],
      remedyKey,
    });
  };
}

/** Palu 14/2022 Ps 12(3): each group of databases is managed by a Wali Data. */
export const checkDatasetsHaveSteward = checkEachDataset(
  (d) => d.stewardAgencyId !== null,
  'reg-palu-14-2022.finding.datasetWithoutSteward',
  'reg-palu-14-2022.remedy.assignSteward',
);

/** Palu 14/2022 Ps 12(2): databases are grouped by purpose; a dataset with no group is not. */
export const checkDatasetsGrouped = checkEachDataset(
  (d) => d.category !== null && d.category.trim() !== '',
  'reg-palu-14-2022.finding.datasetNotGrouped',
  'reg-palu-14-2022.remedy.groupDataset',
);
