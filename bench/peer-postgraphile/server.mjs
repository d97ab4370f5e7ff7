// PostGraphile 4.14 over the bench database, as the benchmark peer "P4" (bench/ratio.mjs).
// Env: DATABASE_URL, PORT, P4_AUTH=on|off, P4_JWT_SECRET (auth on), P4_SQL_COUNTER_PORT.
//   P4_AUTH=off: no role switch, no RLS (connects as the table owner); the viewer's user id is
//     taken from the x-bench-user header (sent with Q0 only).
//   P4_AUTH=on: PostGraphile's own JWT support: `Authorization: Bearer <jwt>` is verified, each
//     request runs `set local role <claims.role>` and the claims as jwt.claims.*, so the row-level
//     security policies of schema.sql apply (permission-equivalent to the API's practice scope).
// Schema: tables of `public` with their relations plus the functions of schema `p4`
// (schema.sql), simple collections (lists, connections where asked), pg-simplify-inflector.
import { createServer } from 'node:http';
import PgSimplifyInflectorPlugin from '@graphile-contrib/pg-simplify-inflector';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const auth = process.env.P4_AUTH === 'on';
const port = Number(process.env.PORT ?? 4610);

// Our own pool (PostGraphile's default size, 10) so every statement it sends can be counted.
let statements = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, user: 'postgres', max: 10 });
pool.on('connect', (client) => {
  const query = client.query;
  client.query = function countedQuery(...args) {
    statements += 1;
    return query.apply(this, args);
  };
});

const middleware = postgraphile(pool, ['p4', 'public'], {
  appendPlugins: [PgSimplifyInflectorPlugin],
  simpleCollections: 'both',
  graphileBuildOptions: { pgOmitListSuffix: true },
  disableDefaultMutations: true,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  enableQueryBatching: false,
  disableQueryLog: true,
  extendedErrors: ['hint', 'detail', 'errcode'],
  ...(auth
    ? { jwtSecret: process.env.P4_JWT_SECRET ?? 'handoff-bench-only', jwtVerifyOptions: { audience: 'postgraphile' } }
    : {
        // Only Q0 sends the header: with no settings PostGraphile sends the query alone, without
        // wrapping it in begin / set_config / commit.
        pgSettings: (req) => (req.headers['x-bench-user'] ? { 'jwt.claims.user_id': req.headers['x-bench-user'] } : {}),
      }),
});

const server = createServer(middleware);
server.listen(port, '127.0.0.1', () => {
  console.log(`p4 ready on http://127.0.0.1:${port}/graphql (auth ${auth ? 'on' : 'off'})`);
});
const counterPort = Number(process.env.P4_SQL_COUNTER_PORT ?? 0);
const counter = counterPort
  ? createServer((_req, res) => res.end(String(statements))).listen(counterPort, '127.0.0.1')
  : null;

const stop = () => {
  counter?.close();
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
