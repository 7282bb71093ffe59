import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { AppError } from '../../platform/errors';
import { IsoDate, Uuid } from '../../../shared/common';
import { PeriodicReportOverview, ScheduleInput, WarningInput } from '../../../shared/periodic-reports';
import { getOverview, readSubmissionFile, receiveReport, recordWarning, setSchedule, submitReport } from './service';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';

const SubmissionFields = z.object({ agencyId: Uuid, periodStart: IsoDate, notes: z.string().trim().max(5000).optional() });

export function periodicReportRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/periodic-reports', tags: ['periodic-reports'], summary: 'Schedule, periods, reports received, agencies that did not report, warnings (Jambi 10/2017 Ps 22)', responses: { 200: jsonOk(PeriodicReportOverview), ...problemResponses } }),
      async (c) => c.json(await getOverview(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/periodic-reports/schedule', tags: ['periodic-reports'], summary: 'Set the reporting period and deadline', request: jsonBody(ScheduleInput), responses: { 200: jsonOk(PeriodicReportOverview), ...problemResponses } }),
      async (c) => c.json(await setSchedule(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/periodic-reports/submissions',
        tags: ['periodic-reports'],
        summary: "An agency's report for a period: multipart with file, agencyId, periodStart, notes",
        request: fileUploadBody,
        responses: { 201: jsonOk(z.object({ id: Uuid, overview: PeriodicReportOverview }), 'Created'), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        const fields = SubmissionFields.safeParse(await c.req.parseBody());
        if (!fields.success) throw new AppError('VALIDATION_FAILED', 422, {}, Object.fromEntries(fields.error.issues.map((i) => [String(i.path[0]), 'INVALID'])));
        const { agencyId, periodStart, notes } = fields.data;
        return c.json(await submitReport(deps.db, c.get('ctx'), deps.files, { agencyId, periodStart, notes: notes || null }, upload), 201);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/periodic-reports/submissions/{id}/receive', tags: ['periodic-reports'], summary: 'The ICT office acknowledges receipt', request: { params: IdParam }, responses: { 200: jsonOk(PeriodicReportOverview), ...problemResponses } }),
      async (c) => c.json(await receiveReport(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/periodic-reports/submissions/{id}/file', tags: ['periodic-reports'], summary: "Download a report's file", request: { params: IdParam }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => sendFile(c, await readSubmissionFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id)),
    )
    .openapi(
      createRoute({ method: 'post', path: '/periodic-reports/warnings', tags: ['periodic-reports'], summary: 'Record the teguran for an agency that did not report (Jambi 10/2017 Ps 22(3))', request: jsonBody(WarningInput), responses: { 201: jsonOk(PeriodicReportOverview, 'Created'), ...problemResponses } }),
      async (c) => c.json(await recordWarning(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    );
}
