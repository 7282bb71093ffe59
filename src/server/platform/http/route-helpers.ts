import { z } from 'zod';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Problem } from '../../../shared/common';
import type { AppEnv } from './env';
import { defaultHook } from './validation-hook';

export const problemResponses = {
  401: { description: 'Not signed in', content: { 'application/problem+json': { schema: Problem } } },
  403: { description: 'Not permitted', content: { 'application/problem+json': { schema: Problem } } },
  404: { description: 'Not found, or not visible to you', content: { 'application/problem+json': { schema: Problem } } },
  409: { description: 'Conflicts with a rule or existing record', content: { 'application/problem+json': { schema: Problem } } },
  422: { description: 'Invalid input', content: { 'application/problem+json': { schema: Problem } } },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export function jsonOk<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export const fileUploadBody = {
  body: {
    content: {
      'multipart/form-data': {
        schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) }).meta({ id: 'FileUpload' }),
      },
    },
    required: true,
  },
};

export const xlsxResponse = {
  description: 'Excel workbook',
  content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

export const IdParam = z.object({ id: z.uuid().meta({ param: { name: 'id', in: 'path' } }) });

export function newRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook });
}

export function sendXlsx(c: Context<AppEnv>, content: Buffer, baseName: string) {
  const date = new Date().toISOString().slice(0, 10);
  return c.body(new Uint8Array(content), 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${baseName}-${date}.xlsx"`,
  });
}
