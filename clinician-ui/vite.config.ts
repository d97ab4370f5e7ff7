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
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 3,
            },
            {
              name: 'apollo',
              test: /[\\/]node_modules[\\/](@apollo|@wry|graphql|graphql-ws|optimism|rxjs|tslib|ts-invariant|@graphql-typed-document-node)[\\/]/,
              priority: 2,
            },
            { name: 'ui', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
