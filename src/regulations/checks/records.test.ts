import { describe, expect, it } from 'vitest';
import {
  buildReadAgency,
  buildReadDataset,
  buildReadEvaluationCycle,
  buildReadModel,
  buildReadPeriodicReport,
  buildReadRequest,
  buildReadSubdomain,
  healthOfficeId,
  ictOfficeId,
} from '../testing/build-read-model';
import { checkDatasetKeyIdentifier, checkDatasetsKeptCurrent, checkEveryAgencyManagesData } from './datasets';
import { checkSubdomainsDecreed, checkSubdomainsUnderCityDomain } from './domains';
import { checkEvaluationHeld, checkPeriodicReports } from './reporting';
import { checkRequestsAnswered } from './requests';

describe('checks over datasets, requests, domains, reports and evaluations', () => {
  const dataRequests = checkRequestsAnswered({ types: ['data_access'] });

  it('Dumai 18/2019 Ps 11(2): not measurable without the request workflow', () => {
    expect(dataRequests(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'requests', reason: 'no_capability' });
  });

  it('Dumai 18/2019 Ps 11(2): data requests answered are met; one undecided past its due date is not met', () => {
    const late = buildReadRequest({ decidedAt: null, state: 'submitted', dueAt: '2024-01-10' });
    expect(dataRequests(buildReadModel({ requests: [buildReadRequest()] })).status).toBe('met');
    expect(dataRequests(buildReadModel({ requests: [buildReadRequest(), late] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.requestOverdue', recordType: 'request', recordId: late.id, agencyId: healthOfficeId }],
    });
  });

  it('Dumai 18/2019 Ps 12(3): an undecided request falling due within 30 days is due soon', () => {
    const pending = buildReadRequest({ decidedAt: null, state: 'submitted', dueAt: '2024-01-20' });
    expect(dataRequests(buildReadModel({ requests: [pending] }))).toMatchObject({ status: 'due_soon', dueDate: '2024-01-20' });
  });

  it('Dumai 18/2019 Ps 11(5): data updated within its frequency is met; an outdated dataset is not met', () => {
    const current = buildReadDataset({ updateFrequency: 'annual', lastUpdatedAt: '2023-06-01' });
    const outdated = buildReadDataset({ updateFrequency: 'quarterly', lastUpdatedAt: '2023-06-01' });
    expect(checkDatasetsKeptCurrent()(buildReadModel({ datasets: [current] })).status).toBe('met');
    expect(checkDatasetsKeptCurrent()(buildReadModel({ datasets: [current, outdated] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.datasetOutdated', recordId: outdated.id, params: { dueDate: '2023-09-01' } }],
    });
  });

  it('Dumai 18/2019 Ps 11(5): a dataset without an update frequency is not met; one due within 30 days is due soon', () => {
    const noFrequency = buildReadDataset({ updateFrequency: null });
    const dueSoon = buildReadDataset({ updateFrequency: 'monthly', lastUpdatedAt: '2024-01-01' });
    expect(checkDatasetsKeptCurrent()(buildReadModel({ datasets: [noFrequency] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.datasetFrequencyMissing' }],
    });
    expect(checkDatasetsKeptCurrent()(buildReadModel({ datasets: [dueSoon] }))).toMatchObject({ status: 'due_soon', dueDate: '2024-02-01' });
  });

  it('Dumai 18/2019 Ps 11(5): a daily or weekly dataset is judged against its last update, not met because a frequency is stated', () => {
    // buildReadModel evaluates on 2024-01-15
    const judge = (updateFrequency: string, lastUpdatedAt: string | null) => checkDatasetsKeptCurrent()(buildReadModel({ datasets: [buildReadDataset({ updateFrequency, lastUpdatedAt })] }));
    expect(judge('daily', '2024-01-14').status).toBe('met');
    expect(judge('daily', '2024-01-13')).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.datasetOutdated', params: { dueDate: '2024-01-14' } }] });
    expect(judge('weekly', '2024-01-08').status).toBe('met');
    expect(judge('weekly', '2024-01-07')).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.datasetOutdated', params: { dueDate: '2024-01-14' } }] });
    // never updated: a gap like any other frequency
    expect(judge('daily', null)).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'compliance.datasetNeverUpdated' }] });
  });

  it('Jambi 10/2017 Ps 11(1): an active agency without any dataset is not met', () => {
    const model = buildReadModel({ datasets: [buildReadDataset({ producerAgencyId: healthOfficeId })] });
    expect(checkEveryAgencyManagesData()(model)).toMatchObject({ status: 'not_met', missing: [{ agencyId: ictOfficeId }] });
    const both = buildReadModel({ datasets: [buildReadDataset(), buildReadDataset({ producerAgencyId: ictOfficeId })] });
    expect(checkEveryAgencyManagesData()(both).status).toBe('met');
  });

  it('Jambi 10/2017 Ps 11(5): a staffing dataset not keyed on NIP is not met', () => {
    const check = checkDatasetKeyIdentifier({ category: 'staffing', identifier: 'nip' });
    const keyed = buildReadDataset({ category: 'staffing', keyIdentifier: 'NIP' });
    const unkeyed = buildReadDataset({ category: 'staffing', keyIdentifier: null });
    expect(check(buildReadModel({ datasets: [keyed, buildReadDataset({ category: 'health' })] })).status).toBe('met');
    expect(check(buildReadModel({ datasets: [keyed, unkeyed] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.datasetKeyIdentifier', recordId: unkeyed.id, params: { identifier: 'NIP' } }],
    });
  });

  it('Dumai 18/2019 Ps 15(5): a registered subdomain outside the city domain is not met', () => {
    const inside = buildReadSubdomain({ name: 'dinkes.dumaikota.go.id' });
    const outside = buildReadSubdomain({ name: 'dinkes-dumai.web.id' });
    expect(checkSubdomainsUnderCityDomain()(buildReadModel({ domains: [inside] })).status).toBe('met');
    expect(checkSubdomainsUnderCityDomain()(buildReadModel({ domains: [inside, outside] }))).toMatchObject({
      status: 'not_met',
      missing: [{ recordType: 'subdomain', recordId: outside.id }],
    });
  });

  it('Jambi 10/2017 Ps 10(4): a subdomain without a mayor decree is not met', () => {
    const undecreed = buildReadSubdomain({ decreeRef: null });
    expect(checkSubdomainsDecreed()(buildReadModel({ domains: [buildReadSubdomain()] })).status).toBe('met');
    expect(checkSubdomainsDecreed()(buildReadModel({ domains: [undecreed] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.subdomainDecreeMissing' }],
    });
  });

  it('Jambi 10/2017 Ps 22(1): every agency reporting is met; an unsubmitted past period or no report is not met', () => {
    const check = checkPeriodicReports({ reporters: 'every_agency' });
    const reports = [buildReadPeriodicReport({ agencyId: healthOfficeId }), buildReadPeriodicReport({ agencyId: ictOfficeId })];
    expect(check(buildReadModel({ periodicReports: reports })).status).toBe('met');
    const pending = buildReadPeriodicReport({ agencyId: ictOfficeId, periodEnd: '2023-12-31', submittedAt: null });
    const result = check(buildReadModel({ periodicReports: [reports[0], pending] }));
    expect(result).toMatchObject({
      status: 'not_met',
      missing: [
        { messageKey: 'compliance.periodicReportOverdue', agencyId: ictOfficeId },
        { messageKey: 'compliance.periodicReportNever', agencyId: ictOfficeId },
      ],
    });
  });

  it('Jambi 10/2017 Ps 22(2): only the ICT office reports under the ICT-office variant; a stale report is not met with a cadence', () => {
    const agencies = [...buildReadModel().agencies, buildReadAgency({ name: 'Dinas Pendidikan' })];
    const ictReport = buildReadPeriodicReport({ agencyId: ictOfficeId, periodEnd: '2023-12-31' });
    expect(checkPeriodicReports({ reporters: 'ict_office' })(buildReadModel({ agencies, periodicReports: [ictReport] })).status).toBe('met');
    expect(checkPeriodicReports({ reporters: 'ict_office', months: 1 })(buildReadModel({ asOf: '2024-03-01', agencies, periodicReports: [ictReport] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.periodicReportStale' }],
    });
  });

  it('Dumai 18/2019 Ps 8(2) huruf d: an evaluation submitted within a year is met; none is not met; one falling due is due soon', () => {
    const check = checkEvaluationHeld({ months: 12 });
    expect(check(buildReadModel({ evaluations: [buildReadEvaluationCycle({ submittedAt: '2023-06-30' })] })).status).toBe('met');
    expect(check(buildReadModel({ evaluations: [buildReadEvaluationCycle({ status: 'open', submittedAt: null })] })).status).toBe('not_met');
    expect(check(buildReadModel({ evaluations: [buildReadEvaluationCycle({ submittedAt: '2023-02-01' })] }))).toMatchObject({
      status: 'due_soon',
      dueDate: '2024-02-01',
    });
  });
});
