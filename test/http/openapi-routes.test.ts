import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { createTestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';

/**
 * The process tests (test/process/) find every route that returns a file in the OpenAPI
 * document. That only works if the document lists every route the app serves and says what
 * each success answers, so a route cannot hide from them: this test holds the document to it.
 */

// Served but deliberately not an API operation: the document itself, the browsable API page
// and its assets, and the single-page web app's fallback (its assets are a middleware).
const apiPages = ['GET /api/openapi.json', 'GET /api/docs', 'GET /api/docs/init.js', 'GET /api/docs/{asset}'];
const notOperations = [...apiPages, 'GET /*'];

interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

async function loadDocument() {
  const { app } = createTestApp(database.db, { WEB_DIST: 'dist/web' });
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  return { app, doc: (await res.json()) as OpenApiDocument };
}

describe('the OpenAPI document lists what the app serves', () => {
  it('every route the app registers is an operation of the document, except the document, the API page and the web app', async () => {
    const { app, doc } = await loadDocument();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL') // middleware and the API's catch-all 404
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const undocumented = [...served].filter((k) => !documented.has(k) && !notOperations.includes(k));
    expect(undocumented).toEqual([]);
    // the exemptions stay exact: each is still served
    for (const k of apiPages) expect(served, k).toContain(k);
    // and the document names nothing the app does not serve
    expect([...documented].filter((k) => !served.has(k))).toEqual([]);
  });

  it('every success answer with a body declares its media type (a file says which, so the process tests can find it)', async () => {
    const { doc } = await loadDocument();
    const silent: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, response] of Object.entries(op.responses ?? {}))
          if (/^2\d\d$/.test(status) && status !== '204' && Object.keys(response.content ?? {}).length === 0) silent.push(`${method.toUpperCase()} ${path} ${status}`);
    expect(silent).toEqual([]);
  });
});
