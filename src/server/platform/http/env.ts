import type { RequestContext } from '../context';

/** What the pipeline puts on every request before a route runs. */
export type AppEnv = {
  Variables: {
    ctx: RequestContext;
    /** present when the request came with a session cookie */
    session?: { csrfToken: string };
    /** the signed-in person (by cookie or API token) must change their password before writing */
    mustChangePassword?: boolean;
  };
};
