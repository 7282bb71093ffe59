import { z } from 'zod';

// Imported first by main.tsx, before any schema is built: zod's fast path probes for eval
// with `new Function`, which the Content-Security-Policy (script-src 'self') refuses and
// reports as a violation. Without it zod validates the same, a little slower.
z.config({ jitless: true });
