import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The single-page app lives in src/web and is built to dist/web, which the server serves
// (WEB_DIST) with its assets under /assets/. In development `vite` proxies /api to the server.
const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir, emptyOutDir: true, assetsDir: 'assets', chunkSizeWarningLimit: 2000 },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
});
