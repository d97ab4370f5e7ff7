import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { actorStorage } from '../platform/context/actor-storage';
import type { RequestContext } from '../platform/context/request-context';
import type { Mailer } from '../platform/mail/mailer';
import type { EventBus } from '../platform/realtime/event-bus';
import { SharedSubscriptions } from '../platform/realtime/shared-subscriptions';
import { formatError } from '../platform/errors/format-error';
import { actingUser, createRequestContext, flushAuditedReads } from './context';
import { cookieJar, sessionTokenFrom } from './cookies';
import { clientIp, graphqlHttpHandler, isGraphQLPath } from './graphql-http';
import { SECURITY_HEADERS, createArmor, wsValidate } from './security';
import { landingPage } from './landing-page';
import { outboxPage } from './outbox-page';
import { documentRoutes } from './documents-routes';
import { jitGateway } from './jit-executor';
import { insuranceCardRoutes } from '../modules/patients';
import { sessionService } from '../modules/identity';

export const APPS = ['frontdesk', 'clinician', 'billing', 'portal'] as const;

export interface HttpServerOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  events: EventBus;
  mailer: Mailer;
  port: number;
  host?: string;
  /** Secure cookies with the __Host- prefix; on in production (HTTPS). */
  secureCookies: boolean;
  /** Folder holding `<app>-ui/dist` builds; apps without a build are not served. */
  appsRoot?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Apollo Server 5 and graphql-ws on one Node HTTP server, plus the four built apps. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  // `/graphql` goes straight to Apollo (graphql-http.ts); everything else to Express.
  let graphql: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const httpServer: Server = createServer((req, res) => {
    if (graphql && isGraphQLPath(req.url)) graphql(req, res);
    else app(req, res);
  });
  const armor = createArmor();

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // One execution per event for each (operation, permission class), serialized once and sent to
  // every subscriber of the group, not one per subscriber (performance.md R5).
  const subscriptions = new SharedSubscriptions({
    // One statement for all the sessions of a group that are due a check.
    liveSessions: (em, tokenHashes) => sessionService.liveAmong(em, tokenHashes),
    formatErrors: (errors, context) => errors.map((error) => formatError(error.toJSON(), error, context.requestId)),
    flushAuditedReads,
  });
  const wsCleanup = useServer(
    {
      schema: options.schema,
      validate: wsValidate(armor.validationRules),
      subscribe: (args) => subscriptions.subscribe(args),
      // Same-origin only, and only with a live session (SESS-02): the browser sends the cookie on upgrade.
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const origin = request.headers.origin;
        if (origin && new URL(origin).host !== request.headers.host) return false;
        const context = await createRequestContext(
          options.orm,
          options,
          sessionTokenFrom(request, options.secureCookies),
          request.socket.remoteAddress ?? null,
        );
        return context.viewer !== null;
      },
      context: async (ctx, id) => {
        const { request, socket } = ctx.extra;
        // A context per operation, re-resolved from the session, so permissions are current.
        const context = await createRequestContext(
          options.orm,
          options,
          sessionTokenFrom(request, options.secureCookies),
          request.socket.remoteAddress ?? null,
        );
        subscriptions.attach(context, {
          id,
          send: (message) => {
            if (socket.readyState === socket.OPEN) socket.send(message, { binary: false });
          },
        });
        return context;
      },
      // Apollo's formatError does not run on this path: mask here too (security.md GQL-06).
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as RequestContext;
        await flushAuditedReads(context);
        if (!result.errors) return;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error, context.requestId)),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    // The schema, executed by graphql-jit (jit-executor.ts).
    gateway: jitGateway(options.schema),
    introspection: process.env.GRAPHQL_INTROSPECTION === 'true',
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      ...armor.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return { drainServer: async () => void (await wsCleanup.dispose()) };
        },
      },
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await flushAuditedReads(contextValue);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  const trustProxy = process.env.TRUST_PROXY === 'true';
  graphql = graphqlHttpHandler(apollo, {
    headers: SECURITY_HEADERS,
    context: async (req, res) => {
      const ctx = await createRequestContext(
        options.orm,
        options,
        sessionTokenFrom(req, options.secureCookies),
        clientIp(req, trustProxy),
        cookieJar(res, options.secureCookies),
      );
      const store = actorStorage.getStore();
      if (store) store.actor = actingUser(ctx);
      return ctx;
    },
  });

  app.use(
    '/uploads/insurance-cards',
    insuranceCardRoutes(options.orm, (req) => sessionTokenFrom(req, options.secureCookies)),
  );
  const documents = documentRoutes(options.orm, (req) => sessionTokenFrom(req, options.secureCookies));
  app.get('/documents/receipts/:id.pdf', documents.receipt);
  app.get('/documents/statements/:id.pdf', documents.statement);
  app.get('/documents/prescriptions/:id.pdf', documents.prescription);

  const outboxDir = options.mailer.outboxDir;
  if (outboxDir) {
    app.get(
      '/outbox',
      outboxPage(options.orm, outboxDir, (req) => sessionTokenFrom(req, options.secureCookies)),
    );
  }

  const served: string[] = [];
  for (const name of APPS) {
    const dist = join(options.appsRoot ?? process.cwd(), `${name}-ui`, 'dist');
    if (!existsSync(join(dist, 'index.html'))) continue;
    served.push(name);
    app.use(`/${name}`, express.static(dist, { index: false, maxAge: '1h', fallthrough: true }));
    // Client-side routes: any other path under the app gets its index.html.
    app.get(`/${name}{/*rest}`, (_req, res) => {
      res.set('Cache-Control', 'no-cache');
      res.sendFile(join(dist, 'index.html'));
    });
  }
  app.get('/', (_req, res) => void res.type('html').send(landingPage(served)));

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    close: async () => {
      await apollo.stop();
      await options.events.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
