import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { noRuntimeMessageParser, precompiledMessages, sideEffectFreeDomain } from './vite-plugins.ts';

/** The API dev host `npm run dev` starts beside Vite; `/api` is proxied to it so both share one origin. */
const API_ORIGIN = 'http://127.0.0.1:53000';

export default defineConfig({
  base: '/',
  plugins: [react(), precompiledMessages(), sideEffectFreeDomain()],
  resolve: { alias: [noRuntimeMessageParser] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets the bundle check add up exactly what each surface loads on first render.
    manifest: true,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    port: 53001,
    strictPort: true,
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  preview: {
    host: '127.0.0.1',
    port: 53001,
    strictPort: true,
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
});
