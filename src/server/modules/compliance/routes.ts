import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import {
  CalendarQuery,
  ComplianceQuery,
  ComplianceReport,
  DueCalendar,
  EmptyRegistryDeclarationInput,
  EmptyRegistryDeclarationView,
  ObligationDetail,
  ObligationParams,
  RegistryParams,
} from '../../../shared/compliance';
import { declareEmptyRegistry, withdrawEmptyRegistryDeclaration } from './empty-registry-declarations';
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
        method: 'post',
        path: '/compliance/empty-registry-declarations',
        tags: ['compliance'],
        summary: 'Declare (dated, in your name, audited) that a registry has nothing to register, so its checks are not "registry empty"',
        request: jsonBody(EmptyRegistryDeclarationInput),
        responses: { 201: jsonOk(EmptyRegistryDeclarationView, 'Created'), ...problemResponses },
      }),
      async (c) => c.json(await declareEmptyRegistry(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/compliance/empty-registry-declarations/{registry}',
        tags: ['compliance'],
        summary: "Withdraw a registry's declaration; its checks answer \"registry empty\" again",
        request: { params: RegistryParams },
        responses: { 204: { description: 'Withdrawn' }, ...problemResponses },
      }),
      async (c) => {
        await withdrawEmptyRegistryDeclaration(deps.db, c.get('ctx'), c.req.valid('param').registry);
        return c.body(null, 204);
      },
    )
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
