import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { problemResponse } from './problem';

/** The path to the first string holding a NUL character, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '_' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = findNul(key, path) ?? findNul(v, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function decodedNul(raw: string): boolean {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).includes('\u0000');
  } catch {
    // a malformed escape is not a NUL; the route's own validation refuses it
    return raw.includes('\u0000');
  }
}

/** The first field of a multipart body whose name, text or file name holds a NUL, or null. */
function findNulInForm(form: FormData): string | null {
  for (const [name, value] of form) {
    if (name.includes('\u0000')) return '_';
    if (typeof value === 'string' ? value.includes('\u0000') : value.name.includes('\u0000')) return name;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL in any parameter or JSON field would reach the
 * database and fail there as a 500. No text Simpul stores needs it: refuse it up front, on
 * every route (API, CKAN, public pages), as a 400 problem naming the field: in the path, the
 * query, a JSON body, and a multipart upload's fields and file names.
 */
export function refuseNulCharacters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    for (const part of url.pathname.split('/')) if (decodedNul(part)) return problemResponse(c, 400, 'NUL_CHARACTER', { field: 'path' }, { path: 'NUL_CHARACTER' });
    for (const [key, value] of url.searchParams) {
      if (key.includes('\u0000') || value.includes('\u0000')) return problemResponse(c, 400, 'NUL_CHARACTER', { field: key }, { [key]: 'NUL_CHARACTER' });
    }
    if (/^application\/(.+\+)?json/.test(c.req.header('content-type') ?? '')) {
      let body: unknown;
      try {
        // Hono keeps the body, so the route's validator reads the same text again
        body = JSON.parse(await c.req.text());
      } catch {
        return next();
      }
      const field = findNul(body, '');
      if (field) return problemResponse(c, 400, 'NUL_CHARACTER', { field }, { [field]: 'NUL_CHARACTER' });
    }
    // uploads: their text fields and file names (the body limit of /api/* has bounded the body)
    if (url.pathname.startsWith('/api/') && (c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      // Hono keeps the parsed form, so the route's parseBody reads the same one; a malformed body is the route's to refuse
      const form = await c.req.formData().catch(() => null);
      const field = form && findNulInForm(form);
      if (field) return problemResponse(c, 400, 'NUL_CHARACTER', { field }, { [field]: 'NUL_CHARACTER' });
    }
    return next();
  };
}
