import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/platform/config';
import { createLogger } from '../../src/server/platform/logger';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import type { DB } from '../../src/server/platform/db/database';
import { testPassword } from '../../src/server/testing/factories';

export type TestApp = ReturnType<typeof createApp>;

export function createTestApp(db: DB, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-files-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'no-web'), ...env });
  const deps = { config, db, log: createLogger('silent'), files: createDiskFileStore(join(dir, 'files')) };
  return { app: createApp(deps), deps };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(app: TestApp, email: string, password = testPassword, tenant?: string): Promise<Session> {
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, tenant }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A request as a signed-in person: cookie plus the CSRF header on writes. */
export function call(app: TestApp, session: Session | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { ...headers };
  if (session) {
    h.cookie = session.cookie;
    if (method !== 'GET') h['x-csrf-token'] = session.csrfToken;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return app.request(path, { method, headers: h, body: payload });
}
