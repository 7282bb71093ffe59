import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { CalendarQuery, ComplianceQuery, ComplianceReport, DueCalendar, ObligationDetail, ObligationParams } from '../../../shared/compliance';
import { getComplianceReport, getDueCalendar, getObligationDetail, loadComplianceExport } from './service';
import { exportComplianceWorkbook } from './export-workbook';
import { exportCompliancePdf } from './export-pdf';

const pdfResponse = {
  description: 'PDF report',
  content: { 'application/pdf': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

export function complianceRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/compliance',
        tags: ['compliance'],
        summary: 'Every obligation in force on a date, by regulation → chapter → obligation and by agency',
        request: { query: ComplianceQuery },
        responses: { 200: jsonOk(ComplianceReport), ...problemResponses },
      }),
      async (c) => c.json(await getComplianceReport(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/compliance/calendar',
        tags: ['compliance'],
        summary: 'What falls due (reviews, audits, evaluations, certificate expiry) over the next months',
        request: { query: CalendarQuery },
        responses: { 200: jsonOk(DueCalendar), ...problemResponses },
      }),
      async (c) => c.json(await getDueCalendar(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/compliance/obligations/{regulation}/{ref}',
        tags: ['compliance'],
        summary: "One obligation: the article's text, citation, status, evidence and what is missing",
        request: { params: ObligationParams, query: ComplianceQuery },
        responses: { 200: jsonOk(ObligationDetail), ...problemResponses },
      }),
      async (c) => {
        const { regulation, ref } = c.req.valid('param');
        return c.json(await getObligationDetail(deps.db, c.get('ctx'), `${regulation}/${ref}`, c.req.valid('query')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/compliance/export/xlsx',
        tags: ['compliance'],
        summary: 'The evaluation as an Excel workbook (summary, agencies, findings)',
        request: { query: ComplianceQuery },
        responses: { 200: xlsxResponse, ...problemResponses },
      }),
      async (c) => {
        const ctx = c.get('ctx');
        const { evaluation, report, scope } = await loadComplianceExport(deps.db, ctx, c.req.valid('query'));
        return sendXlsx(c, await exportComplianceWorkbook(evaluation, report, ctx.locale, scope), 'kepatuhan');
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/compliance/export/pdf',
        tags: ['compliance'],
        summary: 'The evaluation as a PDF report',
        request: { query: ComplianceQuery },
        responses: { 200: pdfResponse, ...problemResponses },
      }),
      async (c) => {
        const ctx = c.get('ctx');
        const { report } = await loadComplianceExport(deps.db, ctx, c.req.valid('query'));
        const pdf = await exportCompliancePdf(deps.db, deps, ctx, report);
        return c.body(new Uint8Array(pdf), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="kepatuhan-${report.asOf}.pdf"`,
        });
      },
    );
}
