import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into web/dist and served by the API (SPA fallback), so assets keep the
// default absolute base '/'. In `vite dev`/`vite preview` the API is proxied
// (API_URL, default http://127.0.0.1:3000).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  resolve: {
    // The workspace hoists an older react next to react-dom; force one copy.
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // bench/web.ts reads which chunks each page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The framework every page needs, cached apart from our code. Only these
          // packages: heavy ones (livekit) must stay in the lazy pages using them.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/auth': api,
    },
  },
});
