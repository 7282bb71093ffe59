import type { RequestContext } from '../context';

/** What the pipeline puts on every request before a route runs. */
export type AppEnv = {
  Variables: {
    ctx: RequestContext;
    /** present when the request came with a session cookie */
    session?: { csrfToken: string; mustChangePassword: boolean };
  };
};
