import type { Locale } from '../../../i18n/format';
import { findObligation } from '../../../regulations/catalogue';
import type { CalendarQuery, ComplianceQuery } from '../../../shared/compliance';
import type { RequestContext } from '../../platform/context';
import type { Queryable } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { actorAgencyIds, type Actor } from '../../platform/policy/actor';
import { authorize, can } from '../../platform/policy/can';
import { evaluateTenant, today } from './evaluate-tenant';
import type { AgencyScope } from './present-findings';
import { presentCalendar } from './present-calendar';
import { presentObligation } from './present-obligation';
import { presentReport } from './present-report';

/** Tenant-wide readers see every agency's findings; an agency role sees its own agencies'. */
function scopeOf(actor: Actor): AgencyScope {
  return can(actor, 'compliance.readAllAgencies') ? null : new Set(actorAgencyIds(actor));
}

/** The whole tenant's evaluation without a person behind it: `simpul compliance` and the benchmark. */
export async function buildComplianceReport(db: Queryable, input: { tenantId: string; date?: string; locale: Locale }) {
  const evaluation = await evaluateTenant(db, input.tenantId, input.date ?? today());
  return presentReport(evaluation, input.locale, null);
}

export async function getComplianceReport(db: Queryable, ctx: RequestContext, query: ComplianceQuery) {
  authorize(ctx.actor, 'compliance.read');
  const evaluation = await evaluateTenant(db, ctx.tenantId, query.date ?? today());
  return presentReport(evaluation, ctx.locale, scopeOf(ctx.actor));
}

export async function getDueCalendar(db: Queryable, ctx: RequestContext, query: CalendarQuery) {
  authorize(ctx.actor, 'compliance.read');
  const evaluation = await evaluateTenant(db, ctx.tenantId, query.date ?? today());
  return presentCalendar(evaluation, ctx.locale, scopeOf(ctx.actor), query.months);
}

export async function getObligationDetail(db: Queryable, ctx: RequestContext, obligationId: string, query: ComplianceQuery) {
  authorize(ctx.actor, 'compliance.read');
  const obligation = findObligation(obligationId);
  if (!obligation) throw notFound('obligation');
  const evaluation = await evaluateTenant(db, ctx.tenantId, query.date ?? today());
  return presentObligation(evaluation, obligation, ctx.locale, scopeOf(ctx.actor), can(ctx.actor, 'compliance.declareEmptyRegistry'));
}

/** The report and what falls due over `months`, from one evaluation: the home page's compliance panels. */
export async function getComplianceOverview(db: Queryable, ctx: RequestContext, months: number, date = today()) {
  authorize(ctx.actor, 'compliance.read');
  const evaluation = await evaluateTenant(db, ctx.tenantId, date);
  const scope = scopeOf(ctx.actor);
  return { report: presentReport(evaluation, ctx.locale, scope), calendar: presentCalendar(evaluation, ctx.locale, scope, months) };
}

/** The report and calendar together, for the Excel and PDF exports. */
export async function loadComplianceExport(db: Queryable, ctx: RequestContext, query: ComplianceQuery) {
  authorize(ctx.actor, 'compliance.read');
  const evaluation = await evaluateTenant(db, ctx.tenantId, query.date ?? today());
  const scope = scopeOf(ctx.actor);
  return { evaluation, report: presentReport(evaluation, ctx.locale, scope), scope };
}
