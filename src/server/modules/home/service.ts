import type { HomePanel, HomeView } from '../../../shared/home';
import { DatasetListQuery } from '../../../shared/datasets';
import { certificateRenewalDays } from '../../../shared/applications';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { actorAgencyIds } from '../../platform/policy/actor';
import { authorize, can } from '../../platform/policy/can';
import { addDays } from '../../../regulations/checks/dates';
import { getComplianceOverview } from '../compliance/service';
import { today } from '../compliance/evaluate-tenant';
import { listExpiringCertificates } from '../applications/service';
import { listDatasets } from '../datasets/service';
import { listCycles } from '../evaluations/service';
import { getOverview } from '../periodic-reports/service';
import { audiencesOf, panelsFor } from './audiences';
import { findRequestPanel, panelSize } from './request-panels';
import { presentAgencyObligations, presentCompliance, presentDueCalendar, presentFindingsByAgency } from './compliance-panels';
import { findIndicatorsToFill, findVerificationsWaiting, presentEvaluationIndex, presentEvaluationProgress } from './evaluation-panels';

/** The calendar panel looks three months ahead. */
const calendarMonths = 3;
/** Data-use requests (Palu 14/2022 Ps 9(5)): the decisions the Sekretaris Daerah takes. */
const dataUseType = 'data_access';

/**
 * The home page of the signed-in person: the panels their roles call for, each computed by the
 * module that owns the data, through its service (so each module's own permission rules hold:
 * an agency operator's panels hold their agency's items only).
 */
export async function getHome(db: DB, ctx: RequestContext, now = new Date()): Promise<HomeView> {
  authorize(ctx.actor, 'tenant.read');
  const actor = ctx.actor;
  const audiences = audiencesOf(actor.roles);
  const panels = new Set<HomePanel>(panelsFor(audiences));
  const has = (p: HomePanel) => panels.has(p);
  const asOf = today();
  const mine = actorAgencyIds(actor);

  const needsCompliance = has('compliance') || has('findingsByAgency') || has('agencyObligations') || has('dueCalendar');
  const needsCycles = has('evaluationIndex') || has('evaluationProgress') || has('indicatorsToFill') || has('verificationsWaiting');
  const [overview, cycles] = await Promise.all([
    needsCompliance ? getComplianceOverview(db, ctx, calendarMonths, asOf) : null,
    needsCycles ? listCycles(db, ctx) : [],
  ]);

  const home: HomeView = { audiences, asOf };
  if (has('requestsToAct')) home.requestsToAct = await findRequestPanel(db, ctx, 'to_act', {}, now);
  if (has('overdueRequests')) home.overdueRequests = await findRequestPanel(db, ctx, 'overdue', {}, now);
  if (has('dataUseDecisions')) home.dataUseDecisions = await findRequestPanel(db, ctx, 'to_act', { type: dataUseType }, now);
  if (has('myRequests')) home.myRequests = await findRequestPanel(db, ctx, 'mine', {}, now);
  if (overview) {
    if (has('compliance')) home.compliance = presentCompliance(overview.report);
    if (has('findingsByAgency')) home.findingsByAgency = presentFindingsByAgency(overview.report);
    if (has('agencyObligations')) home.agencyObligations = presentAgencyObligations(overview.report, mine, panelSize);
    if (has('dueCalendar')) home.dueCalendar = presentDueCalendar(overview.calendar, 8);
  }
  if (has('expiringCertificates')) {
    const until = addDays(asOf, certificateRenewalDays);
    home.expiringCertificates = { until, ...(await listExpiringCertificates(db, ctx, until, panelSize, asOf)) };
  }
  if (has('evaluationIndex')) home.evaluationIndex = presentEvaluationIndex(cycles);
  if (has('evaluationProgress')) home.evaluationProgress = presentEvaluationProgress(cycles);
  if (has('indicatorsToFill')) home.indicatorsToFill = await findIndicatorsToFill(db, ctx, cycles, mine, 8);
  if (has('verificationsWaiting')) home.verificationsWaiting = await findVerificationsWaiting(db, ctx, cycles, 8);
  if (has('returnedItems')) {
    const datasets = await Promise.all(mine.map((producerAgencyId) => listDatasets(db, ctx, DatasetListQuery.parse({ status: 'returned', producerAgencyId, pageSize: panelSize }))));
    home.returnedItems = {
      requests: await findRequestPanel(db, ctx, 'mine', { state: 'returned' }, now),
      datasets: {
        total: datasets.reduce((sum, page) => sum + page.total, 0),
        items: datasets.flatMap((page) => page.items).slice(0, panelSize).map((d) => ({ id: d.id, title: d.title, producerAgencyName: d.producerAgencyName })),
      },
    };
  }
  if (has('overdueReports')) {
    const reports = await getOverview(db, ctx, asOf);
    const missing = [...reports.missing].sort((a, b) => b.period.deadline.localeCompare(a.period.deadline) || a.agencyName.localeCompare(b.agencyName, 'id'));
    home.overdueReports = {
      total: missing.length,
      items: missing.slice(0, 8).map((m) => ({ agencyId: m.agencyId, agencyName: m.agencyName, periodStart: m.period.start, periodEnd: m.period.end, deadline: m.period.deadline, warned: m.warned })),
    };
  }
  if (has('auditChain') && can(actor, 'audit.verify')) home.auditChain = { verifiable: true };
  return home;
}
