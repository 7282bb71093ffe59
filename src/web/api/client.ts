/**
 * The one way the web app talks to the server: same-origin fetch with the session cookie,
 * the CSRF token on every write, JSON in and out, and RFC 9457 problem details turned into
 * ApiError (its title is already in the user's language: the server reads simpul_locale).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    /** field path → stable code (e.g. `name` → `too_small`) */
    readonly fields: Record<string, string> = {},
    /** field path → localised message */
    readonly messages: Record<string, string> = {},
    /** the values the server filled the title with (e.g. `fields`: the paths it names) */
    readonly params: Record<string, unknown> = {},
  ) {
    super(title);
    this.name = 'ApiError';
  }
}

const base = '/api/v1';
/** Endpoints anyone may call, e.g. the verification of a signed document. */
export const publicBase = '/api/public';
let csrfToken: string | null = null;

/** Set from /auth/session and /auth/login answers; cleared on sign-out. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function ensureCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const res = await fetch(`${base}/auth/session`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (res.ok) csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  return csrfToken;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // not a problem document (proxy error page): keep the status only
  }
  return new ApiError(
    res.status,
    typeof body.code === 'string' ? body.code : `HTTP_${res.status}`,
    typeof body.title === 'string' ? body.title : res.statusText,
    (body.fields as Record<string, string> | undefined) ?? {},
    (body.messages as Record<string, string> | undefined) ?? {},
    (body.params as Record<string, unknown> | undefined) ?? {},
  );
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/** Low-level request returning the Response; throws ApiError for any non-2xx answer. */
export async function request(method: string, path: string, body?: BodyInit | object, root = base, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await ensureCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData || body instanceof Blob) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${root}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function json<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A write that is one submission of a form: its repeats carry the same key (see use-submit-mutation). */
export interface WriteOptions {
  idempotencyKey?: string;
}

const keyHeader = (options?: WriteOptions): Record<string, string> => (options?.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {});

export const api = {
  get: <T>(path: string, params?: QueryParams) => request('GET', withQuery(path, params)).then((r) => json<T>(r)),
  /** with an idempotency key, the server answers a repeat with the first answer instead of writing again */
  post: <T>(path: string, body?: object, options?: WriteOptions) => request('POST', path, body ?? {}, base, keyHeader(options)).then((r) => json<T>(r)),
  put: <T>(path: string, body: object) => request('PUT', path, body).then((r) => json<T>(r)),
  patch: <T>(path: string, body: object) => request('PATCH', path, body).then((r) => json<T>(r)),
  delete: <T = void>(path: string) => request('DELETE', path).then((r) => json<T>(r)),
  /** `fields`: form fields sent next to the file (e.g. the level an evidence file supports) */
  upload: <T>(path: string, file: File, params?: QueryParams, fields: Record<string, string> = {}, options?: WriteOptions) => {
    const form = new FormData();
    form.append('file', file);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return request('POST', withQuery(path, params), form, base, keyHeader(options)).then((r) => json<T>(r));
  },
  /** a multipart form of the caller's (fields and files), with an idempotency key like post */
  postForm: <T>(path: string, form: FormData, options?: WriteOptions) => request('POST', path, form, base, keyHeader(options)).then((r) => json<T>(r)),
};

/** Download a file answer (Excel export, handover document) under the server's file name. */
export async function downloadFile(path: string, params?: QueryParams): Promise<void> {
  const res = await request('GET', withQuery(path, params));
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = disposition.match(/filename="?([^";]+)"?/)?.[1] ?? 'download';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
