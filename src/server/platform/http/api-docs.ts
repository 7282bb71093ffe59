import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Swagger UI from the swagger-ui-dist package, served locally: no CDN, works offline.
const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
};

const page = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Simpul API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });`;

export function apiDocsRoutes() {
  const app = new Hono();
  app.get('/', (c) => c.html(page));
  app.get('/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript' }));
  app.get('/:asset', async (c) => {
    const name = c.req.param('asset');
    // own keys only: `/api/docs/__proto__` is not an asset
    const type = Object.hasOwn(assets, name) ? assets[name] : undefined;
    if (!type) return c.notFound();
    return c.body(await readFile(join(distDir, name)), 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
