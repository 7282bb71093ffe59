import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { zodProblem } from './problem';

/** Every route's zod validation failure answers the same way: 422 with field codes and messages. */
export const defaultHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) return zodProblem(c, result.error as never, (result as { data?: unknown }).data);
};
