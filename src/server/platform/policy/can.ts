import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from './actor';
import { agencyPolicy } from './resources/agency';
import { applicationPolicy } from './resources/application';
import { auditPolicy } from './resources/audit';
import { datasetPolicy } from './resources/dataset';
import { domainPolicy } from './resources/domain';
import { evaluationPolicy } from './resources/evaluation';
import { internalPolicyPolicy } from './resources/internal-policy';
import { periodicReportPolicy } from './resources/periodic-report';
import { compliancePolicy } from './resources/compliance';
import { tenantPolicy } from './resources/tenant';
import { userPolicy } from './resources/user';
import { requestPolicy } from './resources/request';
import { notificationPolicy } from './resources/notification';
import { attestationPolicy } from './resources/attestation';
import { ictAssetPolicy } from './resources/ict-asset';

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
  ...datasetPolicy,
  ...domainPolicy,
  ...evaluationPolicy,
  ...internalPolicyPolicy,
  ...periodicReportPolicy,
  ...compliancePolicy,
  ...requestPolicy,
  ...notificationPolicy,
  ...attestationPolicy,
  ...ictAssetPolicy,
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
 * fails, the answer is 404: what you may not see does not exist for you. A `.create` record
 * is a proposal that exists for nobody yet, so there is nothing to hide: refusing it is 403.
 */
export function authorize<P extends Permission>(actor: Actor | null, permission: P, record?: RecordOf<P>): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 401);
  if (record !== undefined && !permission.endsWith('.create')) {
    // a record the actor may not read is 404 for every permission on it, reading included
    const readPermission = `${permission.split('.')[0]}.read` as Permission;
    if (readPermission in rules && !can(actor, readPermission, record as never)) throw notFound();
  }
  if (!can(actor, permission, record)) throw forbidden();
}
