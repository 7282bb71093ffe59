import type { CheckResult, ComplianceReadModel, Finding, ReadDataset } from '../types';
import { emptyRegistry, noneConcerned, notMeasurable, summarizeFindings, type DueFinding } from './check-result';
import { addDays, addMonths, dueSoonWindowDays, toDay } from './dates';
import { selectActiveAgencies } from './scope';

type DatasetCheck = (model: ComplianceReadModel) => CheckResult;

function describeDataset(dataset: ReadDataset, messageKey: string, params: Record<string, string> = {}): Finding {
  return {
    messageKey,
    params: { dataset: dataset.title, ...params },
    agencyId: dataset.producerAgencyId,
    recordType: 'dataset',
    recordId: dataset.id,
  };
}

function selectLiveDatasets(model: ComplianceReadModel): ReadDataset[] {
  return (model.datasets ?? []).filter((d) => d.publicationStatus !== 'retired');
}

/** Months between updates for the update-frequency codes whose cadence is a whole number of months. */
const frequencyMonths: Record<string, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12, biennial: 24 };
/** Days between updates for the codes shorter than a month. */
const frequencyDays: Record<string, number> = { daily: 1, weekly: 7 };

/** The day the next update is due after `lastUpdatedAt`, or null for a frequency with no cadence (irregular, once). */
function nextUpdateDue(frequency: string, lastUpdatedAt: string): string | null {
  if (frequency in frequencyDays) return addDays(lastUpdatedAt, frequencyDays[frequency]);
  if (frequency in frequencyMonths) return addMonths(lastUpdatedAt, frequencyMonths[frequency]);
  return null;
}

/**
 * Dumai 18/2019 Ps 11(5): agencies keep their data up to date ("pemutakhiran"). A dataset
 * without an update frequency or never updated is a gap; one past its next update (its last
 * update plus its stated frequency: a day, a week, months) is not met; one whose update falls
 * due within the window is due soon. A daily or weekly dataset is judged against its last
 * update like the others (a stated frequency is not evidence of keeping it), but never "due
 * soon": its cadence is shorter than the window, so every current one would be. Irregular and
 * one-off datasets have no cadence to miss once they have been updated.
 */
export function checkDatasetsKeptCurrent(): DatasetCheck {
  return (model) => {
    if (!model.datasets) return notMeasurable('data_catalogue');
    const today = toDay(model.asOf);
    const soon = addDays(today, dueSoonWindowDays);
    const missing: Finding[] = [];
    const dueSoon: DueFinding[] = [];
    const live = selectLiveDatasets(model);
    // Dumai 18/2019 Ps 11(5) over no dataset would be a vacuous met
    if (live.length === 0) return emptyRegistry(model, 'datasets', 'data_catalogue');
    for (const dataset of live) {
      if (!dataset.updateFrequency) {
        missing.push(describeDataset(dataset, 'compliance.datasetFrequencyMissing'));
        continue;
      }
      if (!dataset.lastUpdatedAt) {
        missing.push(describeDataset(dataset, 'compliance.datasetNeverUpdated'));
        continue;
      }
      const due = nextUpdateDue(dataset.updateFrequency, dataset.lastUpdatedAt);
      if (due === null) continue;
      if (due < today) missing.push(describeDataset(dataset, 'compliance.datasetOutdated', { dueDate: due }));
      else if (due <= soon && !(dataset.updateFrequency in frequencyDays)) dueSoon.push({ dueDate: due, finding: describeDataset(dataset, 'compliance.datasetUpdateDueSoon') });
    }
    return summarizeFindings({
      missing,
      dueSoon,
      evidence: [{ messageKey: 'compliance.evidence.datasetsChecked', params: { count: live.length } }],
      remedyKey: 'compliance.remedy.updateDataset',
    });
  };
}

/** Jambi 10/2017 Ps 11(1): every agency manages the databases of its function, so each active agency produces at least one dataset. */
export function checkEveryAgencyManagesData(): DatasetCheck {
  return (model) => {
    if (!model.datasets) return notMeasurable('data_catalogue');
    const producers = new Set(selectLiveDatasets(model).map((d) => d.producerAgencyId));
    const agencies = selectActiveAgencies(model);
    // Jambi 10/2017 Ps 11(1) over no agency would be a vacuous met
    if (agencies.length === 0) return notMeasurable('organisation', 'registry_empty');
    const missing: Finding[] = agencies
      .filter((a) => !producers.has(a.id))
      .map((a) => ({ messageKey: 'compliance.agencyWithoutDataset', params: { agency: a.name }, agencyId: a.id, recordType: 'agency', recordId: a.id }));
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.agenciesChecked', params: { count: agencies.length } }],
      remedyKey: 'compliance.remedy.registerDataset',
    });
  };
}

/**
 * Jambi 10/2017 Ps 11(5)-(6): the staffing database is keyed on NIP and the population
 * database on NIK. Datasets of `category` must record `identifier` as their key. No dataset
 * at all: registry empty; datasets but none of the category: not applicable (none concerned).
 */
export function checkDatasetKeyIdentifier(options: { category: string; identifier: string }): DatasetCheck {
  return (model) => {
    if (!model.datasets) return notMeasurable('data_catalogue');
    const live = selectLiveDatasets(model);
    if (live.length === 0) return emptyRegistry(model, 'datasets', 'data_catalogue');
    const inCategory = live.filter((d) => d.category === options.category);
    // datasets registered, none of the category: the duty concerns none of them
    if (inCategory.length === 0) return noneConcerned('datasets');
    const missing = inCategory
      .filter((d) => d.keyIdentifier?.toLowerCase() !== options.identifier)
      .map((d) => describeDataset(d, 'compliance.datasetKeyIdentifier', { identifier: options.identifier.toUpperCase(), category: options.category }));
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.datasetsChecked', params: { count: inCategory.length } }],
      remedyKey: 'compliance.remedy.setKeyIdentifier',
    });
  };
}
