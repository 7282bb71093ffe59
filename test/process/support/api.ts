import { readFileSync } from 'node:fs';
import { afterEach, inject } from 'vitest';
import type { SimpulWorld } from './simpul-process';

/** The running Simpul of this run (started once by global-setup.ts). */
export const simpul = (): SimpulWorld => inject('simpul');

/** On a failed test, the server's log tail goes to the test output: the process's side of the story. */
export function printServerLogOnFailure() {
  afterEach((context) => {
    if (context.task.result?.state !== 'fail') return;
    const log = readFileSync(simpul().logFile, 'utf8');
    process.stderr.write(`\n--- server log (${simpul().kind}, last 200 lines) ---\n${log.split('\n').slice(-200).join('\n')}\n--- end of server log ---\n`);
  });
}

/** One signed-in person, talking to the API as any HTTP client would: cookie plus the CSRF header on writes. */
export class ApiSession {
  constructor(
    readonly email: string,
    readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie, 'accept-language': 'id' };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(`${simpul().baseUrl}/api/v1${path}`, { method, headers, body: payload });
  }

  /** A JSON answer with the expected status, or an error carrying the server's problem detail. */
  async json<T = any>(method: string, path: string, body?: unknown, status = method === 'POST' ? [200, 201] : [200]): Promise<T> {
    const res = await this.request(method, path, body);
    const text = await res.text();
    if (!status.includes(res.status)) throw new Error(`${this.email}: ${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get = <T = any>(path: string) => this.json<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.json<T>('POST', path, body ?? {});
  put = <T = any>(path: string, body: unknown) => this.json<T>('PUT', path, body);
}

/** Signs in with the demo's one-time password (or another), through POST /api/v1/auth/login. */
export async function signIn(email: string, password = simpul().demo.password): Promise<ApiSession> {
  const res = await fetch(`${simpul().baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, tenant: simpul().demo.slug }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return new ApiSession(email, cookie, csrfToken);
}

/** The demo's accounts are named by office (docs/demo.md): `operator.dinkes@dumaikota.go.id`. */
export const demoEmail = (local: string) => `${local}@dumaikota.go.id`;

/** A multipart form with one file, as the web app uploads it. */
export function fileForm(fileName: string, content: Buffer, mimeType: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new File([new Uint8Array(content)], fileName, { type: mimeType }));
  return form;
}

let counter = 0;
/** A short mark unique to this run and call, so records made by concurrent files never collide. */
export const uniqueMark = () => `${Date.now().toString(36)}${process.pid.toString(36)}${(++counter).toString(36)}`;
