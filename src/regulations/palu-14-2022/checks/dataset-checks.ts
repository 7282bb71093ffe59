import { checkEach } from '../../checks/check-each';
import type { CheckResult, ComplianceReadModel, ReadDataset } from '../../types';

const ns = 'reg-palu-14-2022';

function withDatasets(model: ComplianceReadModel, check: (datasets: ReadDataset[]) => CheckResult): CheckResult {
  if (!model.datasets) return { status: 'not_measurable', needs: 'data_catalogue' };
  return check(model.datasets.filter((d) => d.publicationStatus !== 'retired'));
}

const datasetFinding = (key: string) => (d: ReadDataset) => ({
  messageKey: `${ns}.finding.${key}`,
  params: { dataset: d.title },
  agencyId: d.producerAgencyId,
  recordType: 'dataset',
  recordId: d.id,
});

/** Palu 14/2022 Ps 9(1): every agency provides data; an agency with no catalogued dataset provides none. */
export function checkEveryAgencyProvidesData(model: ComplianceReadModel): CheckResult {
  return withDatasets(model, (datasets) =>
    checkEach(
      model.agencies.filter((a) => a.status === 'active' && a.parentId === null),
      (a) => datasets.some((d) => d.producerAgencyId === a.id),
      (a, met) => ({
        messageKey: `${ns}.finding.${met ? 'agencyProvidesData' : 'agencyProvidesNoData'}`,
        params: { agency: a.name },
        agencyId: a.id,
        recordType: 'agency',
        recordId: a.id,
      }),
      `${ns}.remedy.catalogueAgencyData`,
    ),
  );
}

/** Palu 14/2022 Ps 12(3): each group of databases is managed by a Wali Data. */
export function checkDatasetsHaveSteward(model: ComplianceReadModel): CheckResult {
  return withDatasets(model, (datasets) =>
    checkEach(
      datasets,
      (d) => d.stewardAgencyId !== null,
      (d, met) => datasetFinding(met ? 'datasetHasSteward' : 'datasetWithoutSteward')(d),
      `${ns}.remedy.assignSteward`,
    ),
  );
}

/** Palu 14/2022 Ps 12(2): databases are grouped by purpose; a dataset without a group is not. */
export function checkDatasetsGrouped(model: ComplianceReadModel): CheckResult {
  return withDatasets(model, (datasets) =>
    checkEach(
      datasets,
      (d) => d.category !== null,
      (d, met) => datasetFinding(met ? 'datasetGrouped' : 'datasetNotGrouped')(d),
      `${ns}.remedy.groupDataset`,
    ),
  );
}

/**
 * Palu 14/2022 Ps 12(4)-(5): staffing databases are keyed by NIP, population databases by NIK.
 * `category` is the dataset-category code of the data catalogue (`staffing`, `population`).
 */
export function checkDatasetsKeyedBy(category: string, keyIdentifier: 'nip' | 'nik') {
  return (model: ComplianceReadModel): CheckResult =>
    withDatasets(model, (datasets) =>
      checkEach(
        datasets.filter((d) => d.category === category),
        (d) => d.keyIdentifier === keyIdentifier,
        (d, met) => ({ ...datasetFinding(met ? 'datasetKeyed' : 'datasetNotKeyed')(d), params: { dataset: d.title, key: keyIdentifier } }),
        `${ns}.remedy.keyDataset`,
      ),
    );
}
