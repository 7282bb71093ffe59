/**
 * The one error type. `code` is stable (clients and the web map it to fields);
 * the message is looked up in the i18n namespace `errors` under the code, in the
 * user's language, when the error becomes a problem-details response.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    /** field-level problems: path → error code */
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
  }
}

export const notFound = (entity = 'record') => new AppError('NOT_FOUND', 404, { entity });
export const forbidden = () => new AppError('FORBIDDEN', 403);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 401);
export const conflict = (code: string, params: Record<string, string | number> = {}) => new AppError(code, 409, params);
export const invalid = (code: string, fields: Record<string, string> = {}, params: Record<string, string | number> = {}) =>
  new AppError(code, 422, params, fields);
