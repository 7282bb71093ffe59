import { describe, expect, it } from 'vitest';
import { buildReadDataset, buildReadModel } from '../../testing/build-read-model';
import { checkDatasetsGrouped, checkDatasetsHaveSteward } from './dataset-checks';

describe('Palu 14/2022 dataset checks', () => {
  it('Palu 14/2022 Ps 12(3): not measurable without the data catalogue', () => {
    expect(checkDatasetsHaveSteward(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'data_catalogue', reason: 'no_capability' });
  });

  it('Palu 14/2022 Ps 12(3): datasets managed by a Wali Data are met; one without is not met', () => {
    expect(checkDatasetsHaveSteward(buildReadModel({ datasets: [buildReadDataset()] })).status).toBe('met');
    const orphan = buildReadDataset({ stewardAgencyId: null });
    expect(checkDatasetsHaveSteward(buildReadModel({ datasets: [buildReadDataset(), orphan] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-palu-14-2022.finding.datasetWithoutSteward', recordId: orphan.id }],
      remedyKey: 'reg-palu-14-2022.remedy.assignSteward',
    });
  });

  it('Palu 14/2022 Ps 12(3): a retired dataset without a Wali Data is not counted (only retired ones: registry empty, never met)', () => {
    const retired = buildReadDataset({ stewardAgencyId: null, publicationStatus: 'retired' });
    expect(checkDatasetsHaveSteward(buildReadModel({ datasets: [retired, buildReadDataset()] })).status).toBe('met');
    expect(checkDatasetsHaveSteward(buildReadModel({ datasets: [retired] }))).toMatchObject({ status: 'not_measurable', reason: 'registry_empty' });
  });

  it('Palu 14/2022 Ps 12(2): grouped datasets are met; one without a group is not met', () => {
    expect(checkDatasetsGrouped(buildReadModel({ datasets: [buildReadDataset({ category: 'kesehatan' })] })).status).toBe('met');
    const ungrouped = buildReadDataset({ category: null });
    expect(checkDatasetsGrouped(buildReadModel({ datasets: [ungrouped] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-palu-14-2022.finding.datasetNotGrouped', recordId: ungrouped.id }],
    });
  });
});
