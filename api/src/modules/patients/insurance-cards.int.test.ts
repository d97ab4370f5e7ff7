import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import type { GraphQLClient } from '../../test/graphql-client';
import { signedIn } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;

const as = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'cards');
});
afterAll(() => server.close());

/** The smallest valid PNG: 1x1 transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function put(path: string, client: GraphQLClient | null, body: Buffer, type = 'image/png', header = true) {
  return fetch(`${server.url}${path}`, {
    method: 'PUT',
    headers: {
      'content-type': type,
      ...(header ? { 'x-handoff-upload': '1' } : {}),
      ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}),
    },
    body,
  });
}
const get = (path: string, client: GraphQLClient | null) =>
  fetch(`${server.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

it('the front desk uploads the card front; it shows on the policy and is served back', async () => {
  const desk = await as(fx.emails.frontDesk);
  const path = `/uploads/insurance-cards/${fx.policyId}/front`;
  expect((await put(path, desk, PNG)).status).toBe(201);
  expect((await put(path, desk, PNG)).status).toBe(201); // a new photo replaces the old one
  const policy = await desk.request(
    'query ($id: ID!) { patient(id: $id) { insurancePolicies { cardImages { side contentType byteSize url uploadedBy } } } }',
    { id: fx.patientId },
  );
  expect((policy.data as any).patient.insurancePolicies[0].cardImages).toEqual([
    { side: 'FRONT', contentType: 'image/png', byteSize: PNG.length, url: path, uploadedBy: expect.any(String) },
  ]);
  const image = await get(path, desk);
  expect(image.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
  // The patient sees their own card; another patient does not.
  expect((await get(path, await as(fx.emails.patient))).status).toBe(200);
  expect((await get(path, await as(fx.emails.otherPatient))).status).toBe(404);
});

it('refuses what is not an image, a missing upload header, clinicians and strangers', async () => {
  const desk = await as(fx.emails.frontDesk);
  const path = `/uploads/insurance-cards/${fx.policyId}/back`;
  expect((await put(path, desk, Buffer.from('<svg onload=alert(1)>'), 'image/png')).status).toBe(415);
  expect((await put(path, desk, PNG, 'image/png', false)).status).toBe(400);
  expect((await put(path, await as(fx.emails.clinician), PNG)).status).toBe(404);
  expect((await put(path, null, PNG)).status).toBe(404);
  const other = await createPracticeFixture(server.orm, 'cards-other');
  expect((await put(path, await as(other.emails.frontDesk), PNG)).status).toBe(404);
});
