import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` sends /graphql (HTTP and WebSocket); the API's default port. */
const apiTarget = process.env.HANDOFF_API_URL ?? 'http://localhost:4000';
/** Everything the API serves besides the apps: GraphQL, uploads, PDFs, the outbox. */
const DEV_PROXY = {
  '/graphql': { target: apiTarget, ws: true },
  '/uploads': { target: apiTarget },
  '/documents': { target: apiTarget },
  '/outbox': { target: apiTarget },
};

// Served by the API under /clinician/ in production; its own dev server (port 5174) during development.
export default defineConfig({
  base: '/clinician/',
  plugins: [react()],
  resolve: {
    // ui-kit is consumed as source: make sure it and the app share one React, Apollo and Mantine.
    dedupe: ['react', 'react-dom', 'react-router', '@apollo/client', '@mantine/core', '@mantine/hooks', 'graphql'],
  },
  server: {
    port: 5174,
    strictPort: true,
    // Host is kept (no changeOrigin): the API accepts a WebSocket only when Origin matches Host.
    proxy: DEV_PROXY,
  },
  preview: { port: 5174, strictPort: true, proxy: DEV_PROXY },
  build: {
    sourcemap: true,
    // .vite/manifest.json: the chunk graph (entry, static and dynamic imports) that
    // bench/frontends.mjs reads to size the JavaScript a first visit downloads.
    manifest: true,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    // Every group takes only modules the entry needs statically ($initial): what just one page
    // uses (forms, zod, most of Mantine, the calendar) is left to automatic splitting and is
    // fetched with that page, so the sign-in screen downloads no more than it runs.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            {
              name: 'apollo',
              test: /[\\/]node_modules[\\/](@apollo|@wry|graphql|graphql-ws|optimism|rxjs|tslib|ts-invariant|@graphql-typed-document-node)[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            { name: 'ui', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
