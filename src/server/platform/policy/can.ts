import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from './actor';
import { agencyPolicy } from './resources/agency';
import { applicationPolicy } from './resources/application';
import { auditPolicy } from './resources/audit';
import { evaluationPolicy } from './resources/evaluation';
import { internalPolicyPolicy } from './resources/internal-policy';
import { periodicReportPolicy } from './resources/periodic-report';
import { compliancePolicy } from './resources/compliance';
import { tenantPolicy } from './resources/tenant';
import { userPolicy } from './resources/user';

/**
 * The one place that answers "may this person do this to this record". Permissions are
 * named `resource.action`; each resource's rules live in resources/<resource>.ts.
 */
const rules = {
  ...tenantPolicy,
  ...agencyPolicy,
  ...userPolicy,
  ...applicationPolicy,
  ...auditPolicy,
  ...evaluationPolicy,
  ...internalPolicyPolicy,
  ...periodicReportPolicy,
  ...compliancePolicy,
};

export type Permission = keyof typeof rules;
export const permissions = Object.keys(rules) as Permission[];

type RecordOf<P extends Permission> = Parameters<(typeof rules)[P]>[1];

export function can<P extends Permission>(actor: Actor | null, permission: P, record?: RecordOf<P>): boolean {
  if (!actor) return false;
  const rule = rules[permission] as (a: Actor, r?: unknown) => boolean;
  return rule(actor, record);
}

/**
 * Throws unless allowed. When a record is given and its resource has a read rule the actor
 * fails, the answer is 404: what you may not see does not exist for you.
 */
export function authorize<P extends Permission>(actor: Actor | null, permission: P, record?: RecordOf<P>): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 401);
  if (record !== undefined) {
    const readPermission = `${permission.split('.')[0]}.read` as Permission;
    if (readPermission in rules && readPermission !== permission && !can(actor, readPermission, record as never)) throw notFound();
  }
  if (!can(actor, permission, record)) throw forbidden();
}
