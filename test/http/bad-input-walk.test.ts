import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, testPassword } from '../../src/server/testing/factories';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}
interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  allOf?: Schema[];
  format?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

let database: Database;
let app: TestApp;
let session: Session;
let doc: Doc;
let slug: string;
let ids: { agency: string; application: string };
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  const tenant = await createTestTenant(database.db);
  slug = tenant.slug;
  session = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
  const agency = await createTestAgency(database.db, tenant.admin);
  ids = { agency: agency.id, application: (await createTestApplication(database.db, tenant.admin, agency.id)).id };
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
});
afterAll(async () => {
  await database.close();
});

const nul = 'a\u0000b';
const methods = ['get', 'post', 'put', 'patch', 'delete'];

function resolve(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').at(-1)!]);
  if (schema.allOf) return { properties: Object.assign({}, ...schema.allOf.map((s) => resolve(s).properties ?? {})) };
  return schema;
}

/** A path with every parameter filled by a plausible value (a real record's id where one fits), one of them replaced. */
function fillPath(path: string, replace?: { name: string; value: string }) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (replace?.name === name) return encodeURIComponent(replace.value);
    if (name === 'tenant' || name === 'slug') return slug;
    if (path.startsWith('/api/v1/applications')) return ids.application;
    return ids.agency;
  });
}

function operations() {
  const out: { method: string; path: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths)) for (const method of methods) if (item[method]) out.push({ method: method.toUpperCase(), path, op: item[method] });
  return out;
}

async function expectNo5xx(label: string, res: Response) {
  const body = await res.text();
  expect({ label, status: res.status < 500 ? 'below 500' : res.status, body: res.status < 500 ? '' : body }).toEqual({ label, status: 'below 500', body: '' });
  if (res.status >= 400) expect({ label, type: res.headers.get('content-type') }).toMatchObject({ label, type: expect.stringMatching(/json/) });
}

describe('bad input on every route of the OpenAPI document is a 4xx, never a 500', () => {
  it('a NUL byte in each string parameter and each JSON body field → 400 NUL_CHARACTER, in the user’s language', async () => {
    let sent = 0;
    for (const { method, path, op } of operations()) {
      for (const who of [session, null]) {
        for (const p of op.parameters ?? []) {
          if (p.in !== 'path' && p.in !== 'query') continue;
          const url = p.in === 'path' ? fillPath(path, { name: p.name, value: nul }) : `${fillPath(path)}?${p.name}=${encodeURIComponent(nul)}`;
          const res = await call(app, who, method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
          await expectNo5xx(`${method} ${path} ${p.in} ${p.name}`, res.clone());
          expect(res.status, `${method} ${path} ${p.name}`).toBe(400);
          expect(((await res.json()) as { code: string }).code).toBe('NUL_CHARACTER');
          sent++;
        }
        const schema = resolve(op.requestBody?.content['application/json']?.schema);
        for (const field of Object.keys(schema.properties ?? {})) {
          const res = await call(app, who, method, fillPath(path), { [field]: nul }, { 'accept-language': 'en' });
          await expectNo5xx(`${method} ${path} body ${field}`, res.clone());
          const problem = (await res.json()) as { code: string; title: string };
          // refused before anything else (CSRF, permissions) is asked
          expect({ field, code: problem.code }).toEqual({ field, code: 'NUL_CHARACTER' });
          expect(problem.title).toBe(`The input in ${field} contains a NUL character (code 0), which is not allowed.`);
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
  });

  it('the sign-in and the public routes refuse a NUL in Indonesian by default', async () => {
    const login = await call(app, null, 'POST', '/api/v1/auth/login', { email: `admin${nul}@dumaikota.go.id`, password: 'x', tenant: slug });
    expect(login.status).toBe(400);
    expect(((await login.json()) as { title: string }).title).toBe('Masukan pada email memuat karakter NUL (kode 0), yang tidak diizinkan.');
    const ckan = await app.request(`/api/3/action/package_search?tenant=${encodeURIComponent(slug)}&q=${encodeURIComponent(nul)}`);
    expect(ckan.status).toBe(400);
    const page = await app.request(`/t/${encodeURIComponent(nul)}/api/3/action/package_list`);
    expect(page.status).toBe(400);
  });

  it('sort=__proto__ (and other inherited names) on every list route with a sort parameter → not a 500', async () => {
    const lists = operations().filter(({ method, op }) => method === 'GET' && (op.parameters ?? []).some((p) => p.name === 'sort'));
    expect(lists.length).toBeGreaterThanOrEqual(4);
    for (const { path } of lists) {
      for (const sort of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const res = await call(app, session, 'GET', `${fillPath(path)}?sort=${sort}`);
        await expectNo5xx(`${path} sort=${sort}`, res);
        expect(res.status).toBe(200);
      }
    }
  });

  it('CKAN action __proto__ (and other inherited names), signed in or not → 400 "unknown action"', async () => {
    for (const action of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      for (const path of [`/api/3/action/${action}?tenant=${slug}`, `/t/${slug}/api/3/action/${action}`]) {
        const res = await app.request(path);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(((await res.json()) as { success: boolean }).success).toBe(false);
      }
    }
  });
});
