import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { actorStorage } from '../platform/context/actor-storage';
import { logger } from '../platform/logger';

/** The largest request body accepted (the apps' biggest operation is a few kilobytes). */
export const MAX_GRAPHQL_BODY_BYTES = 256 * 1024;

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  /** Builds the operation's context from the request (session, viewer, cookie jar). */
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  /** Headers every response carries (security headers). */
  headers: Record<string, string>;
}

/** Whether a request is for the GraphQL endpoint (`/graphql`, with or without a query string). */
export function isGraphQLPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  return url.length === '/graphql'.length || url['/graphql'.length] === '?';
}

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(body);
}

function refusal(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * `/graphql` over HTTP straight from node:http into Apollo Server's integration API
 * (`executeHTTPGraphQLRequest`), as Apollo's Express integration does, without Express's router,
 * body parser and response helpers in between: every screen's every request takes this path, and
 * those layers were ~10 % of a chart request's CPU (bench/results/2026-11-29-q5q6-fd.md). Apollo
 * still does everything GraphQL: CSRF prevention (a body that is not JSON is not parsed, so a
 * simple cross-site form post is refused), parsing, validation, limits, execution and errors.
 * The rest of the site (apps, uploads, documents) stays on Express.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphQLHttpOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const fixedHeaders = { ...options.headers, 'cache-control': 'no-store' };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    let body: unknown;
    if (JSON_TYPE.test(req.headers['content-type'] ?? '')) {
      try {
        body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
      } catch {
        return send(res, 400, refusal('The request body is not valid JSON.'), fixedHeaders);
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url!.indexOf('?');
    const response = await actorStorage.run({ actor: null }, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method!.toUpperCase(),
          headers,
          search: query === -1 ? '' : req.url!.slice(query),
          body,
        },
        context: () => options.context(req, res),
      }),
    );
    for (const [key, value] of Object.entries(fixedHeaders)) res.setHeader(key, value);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_GRAPHQL_BODY_BYTES) {
        refused = true;
        send(res, 413, refusal('The request body is too large.'), { ...fixedHeaders, connection: 'close' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      handle(req, res, Buffer.concat(chunks, size)).catch((error: unknown) => {
        // Apollo answers every GraphQL failure itself; this is a fault of the path around it.
        logger.error('graphql request failed', { error: error instanceof Error ? error.name : 'unknown' });
        if (!res.headersSent) send(res, 500, refusal('The request could not be handled.'), fixedHeaders);
        else res.end();
      });
    });
  };
}

/**
 * The client's address, as Express's `req.ip` gives it: the socket's peer, or behind a trusted
 * proxy (TRUST_PROXY=true) the first address of X-Forwarded-For.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || null;
}
