import { createPracticeFixture, type PracticeFixture } from '../test/fixtures';
import { errorCodes, GraphQLClient } from '../test/graphql-client';
import { startTestServer, type TestServer } from '../test/test-server';

/** Apollo's production settings (security.md GQL-01/02), tried from outside like an attacker would. */
let server: TestServer;
let fx: PracticeFixture;
let manager: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'security');
  manager = new GraphQLClient(server.url);
  await manager.login(fx.emails.manager);
});
afterAll(() => server.close());

it('introspection is off', async () => {
  const response = await manager.request('{ __schema { types { name } } }');
  expect(response.data ?? null).toBeNull();
  expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
});

it('field suggestions are hidden', async () => {
  const response = await manager.request('{ patientz(first: 1) { totalCount } }');
  expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
});

it('a simple cross-site form post is refused (CSRF prevention)', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', cookie: manager.sessionCookie! },
    body: JSON.stringify({ query: 'mutation { logout }' }),
  });
  expect(response.status).toBe(400);
  expect((await manager.request('{ viewer { id } }')).data.viewer).not.toBeNull();
});

it('batched requests are refused', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
  });
  expect(response.status).toBe(400);
});

it('deep and alias-heavy queries are refused before they run', async () => {
  const deep = await manager.request(
    '{ patients(first: 1) { nodes { careTeam { staffMember { supervisor { supervisor { supervisor { supervisor { supervisor { id } } } } } } } } } }',
  );
  expect(errorCodes(deep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: viewer { id }`).join(' ');
  expect(errorCodes(await manager.request(`{ ${aliases} }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
});

it('a malformed id is a typed NOT_FOUND, not a database error', async () => {
  const response = await manager.request('query ($id: ID!) { patient(id: $id) { id } }', { id: 'not-a-uuid' });
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
});

it('variable errors do not echo the submitted value', async () => {
  const response = await manager.request('query ($id: ID!) { patient(id: $id) { id } }', {
    id: { name: 'Jane Secret' },
  });
  expect(JSON.stringify(response.errors)).not.toContain('Jane Secret');
});

it('responses carry protective headers', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-powered-by')).toBeNull();
});

it('a body that is not JSON, or larger than 256 kB, is refused before GraphQL sees it', async () => {
  const malformed = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": "{ viewer { id } }"',
  });
  expect(malformed.status).toBe(400);
  expect(await malformed.json()).toEqual({
    errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
  });
  const huge = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(300 * 1024) } }),
  });
  expect(huge.status).toBe(413);
});

it('GraphQL responses are never cached and carry the protective headers', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: manager.sessionCookie! },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-powered-by')).toBeNull();
});
