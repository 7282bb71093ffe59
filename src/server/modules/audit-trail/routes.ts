import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { AuditActorView, AuditEntryView, AuditFilter, AuditVerificationView } from '../../../shared/audit';
import { exportAuditEntries } from './export-excel';
import type { RecordNameProvider } from './record-names';
import { listAuditActors, listAuditEntries, verifyTenantAudit } from './service';

const AuditQuery = AuditFilter.extend({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const AuditExportQuery = AuditFilter.extend({
  /** the reader's time zone (IANA), so the workbook shows the times their clock showed */
  tz: z.string().max(64).refine(isTimeZone).default('Asia/Jakarta'),
});

export function auditTrailRoutes(deps: AppDeps, recordNames: readonly RecordNameProvider[]) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/audit', tags: ['audit'], summary: 'The audit trail, newest first, filtered; each entry names its record', request: { query: AuditQuery }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => c.json(await listAuditEntries(deps.db, c.get('ctx'), recordNames, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/audit/export', tags: ['audit'], summary: 'The filtered audit trail as an Excel workbook', request: { query: AuditExportQuery }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => {
        const { tz, ...filter } = c.req.valid('query');
        return sendXlsx(c, await exportAuditEntries(deps.db, c.get('ctx'), recordNames, filter, tz), 'jejak-audit');
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/audit/actors', tags: ['audit'], summary: 'Everyone who appears in the trail as its actor (the person filter)', responses: { 200: jsonOk(z.array(AuditActorView)), ...problemResponses } }),
      async (c) => c.json(await listAuditActors(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/audit/verify', tags: ['audit'], summary: 'Recompute the hash chain and report where it breaks', responses: { 200: jsonOk(AuditVerificationView), ...problemResponses } }),
      async (c) => c.json(await verifyTenantAudit(deps.db, c.get('ctx')), 200),
    );
}
