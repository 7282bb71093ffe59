import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { AuditEntryView, AuditVerificationView } from '../../../shared/audit';
import { listAuditEntries, verifyTenantAudit } from './service';

const AuditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function auditTrailRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/audit', tags: ['audit'], summary: 'The audit trail, newest first', request: { query: AuditQuery }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => c.json(await listAuditEntries(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/audit/verify', tags: ['audit'], summary: 'Recompute the hash chain and report where it breaks', responses: { 200: jsonOk(AuditVerificationView), ...problemResponses } }),
      async (c) => c.json(await verifyTenantAudit(deps.db, c.get('ctx')), 200),
    );
}
