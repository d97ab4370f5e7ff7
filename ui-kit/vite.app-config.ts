import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/** Where `pnpm dev` sends /graphql (HTTP and WebSocket); the API's default port. */
const apiTarget = process.env.HANDOFF_API_URL ?? 'http://localhost:4000';
/** Everything the API serves besides the apps: GraphQL, uploads, PDFs, the outbox. */
const DEV_PROXY = {
  '/graphql': { target: apiTarget, ws: true },
  '/uploads': { target: apiTarget },
  '/documents': { target: apiTarget },
  '/outbox': { target: apiTarget },
};

/**
 * react-router 7's package exports name only its development build (with dev-only warnings and
 * checks; remix-run/react-router#12532, #14102): a production build takes dist/production itself.
 */
function reactRouterProductionBuild(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('react-router/package.json')), 'dist', 'production', 'index.mjs');
}

/**
 * The Vite configuration every app shares. Each app is served by the API under /<app>/ in
 * production and by its own dev server (`port`) during development.
 */
export function appViteConfig(app: string, port: number) {
  return defineConfig(
    ({ command }): UserConfig => ({
      base: `/${app}/`,
      plugins: [react()],
      resolve: {
        // ui-kit is consumed as source: make sure it and the app share one React, Apollo and Mantine.
        dedupe: ['react', 'react-dom', 'react-router', '@apollo/client', '@mantine/core', '@mantine/hooks', 'graphql'],
        alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProductionBuild() }] : [],
      },
      server: {
        port,
        strictPort: true,
        // Host is kept (no changeOrigin): the API accepts a WebSocket only when Origin matches Host.
        proxy: DEV_PROXY,
      },
      preview: { port, strictPort: true, proxy: DEV_PROXY },
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
    }),
  );
}
