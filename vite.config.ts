import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the renderer once for both hosts: Electron serves it from `app://loupe/` and the web
 * host from `http://127.0.0.1:<port>/`, so every URL in the output must be relative (`base: './'`).
 * Monaco is bundled (see renderer/src/monaco/setup-monaco.ts); nothing is fetched from a CDN.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Chromium in Electron and any browser the web host serves supports modulepreload natively.
    modulePreload: { polyfill: false },
    // Monaco alone is a few megabytes; it is loaded from disk or localhost, never over a network.
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
