import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, firstErrorExtensions, GraphQLClient } from '../../test/graphql-client';
import { startSmtpSink } from '../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let fx: PracticeFixture;
let desk: GraphQLClient;
const email = `paula.${randomUUID().slice(0, 8)}@example.com`;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ smtpUrl: smtp.url });
  fx = await createPracticeFixture(server.orm, 'portal');
  desk = new GraphQLClient(server.url);
  await desk.login(fx.emails.frontDesk);
  await server.orm.em
    .fork()
    .getConnection()
    .execute(`update patient set email = ?, portal_status = 'NOT_INVITED' where id = ?`, [
      email,
      fx.associatePatientId,
    ]);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const INVITE = `mutation ($id: ID!) { invitePatientToPortal(patientId: $id) { email status expiresAt sentBy } }`;
const ACTIVATE = `mutation ($token: String!, $password: String!) { activatePortalAccount(token: $token, password: $password) }`;
const extensions = firstErrorExtensions;

/** The activation token from the last email to `to` (quoted-printable decoded). */
async function tokenSentTo(to: string, count: number): Promise<string> {
  for (let i = 0; i < 50 && smtp.received.filter((m) => m.to.includes(to)).length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const mails = smtp.received.filter((m) => m.to.includes(to));
  expect(mails).toHaveLength(count);
  const body = mails
    .at(-1)!
    .raw.replace(/=\r?\n/g, '')
    .replace(/=3D/g, '=');
  return /\/portal\/activate\?token=([A-Za-z0-9_-]+)/.exec(body)![1]!;
}

it('invites by email; a re-send voids the first link; the link activates the login once', async () => {
  const invited = await desk.request(INVITE, { id: fx.associatePatientId });
  expect((invited.data as any).invitePatientToPortal).toMatchObject({ email, status: 'PENDING' });
  const first = await tokenSentTo(email, 1);

  await desk.request(INVITE, { id: fx.associatePatientId });
  const second = await tokenSentTo(email, 2);
  expect(second).not.toBe(first);

  const anonymous = new GraphQLClient(server.url);
  const stale = await anonymous.request(ACTIVATE, { token: first, password: 'a long enough password' });
  expect(extensions(stale)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });
  const activated = await anonymous.request(ACTIVATE, { token: second, password: 'a long enough password' });
  expect((activated.data as any).activatePortalAccount).toBe(true);
  const again = await anonymous.request(ACTIVATE, { token: second, password: 'another long password' });
  expect(extensions(again)).toMatchObject({ reason: 'INVITATION_INVALID' });

  const patient = new GraphQLClient(server.url);
  await patient.login(email, 'a long enough password');
  const viewer = await patient.request('{ viewer { patient { id } } }');
  expect((viewer.data as any).viewer.patient.id).toBe(fx.associatePatientId);
  const profile = await desk.request(
    'query ($id: ID!) { patient(id: $id) { portalStatus portalInvitation { status } } }',
    {
      id: fx.associatePatientId,
    },
  );
  expect((profile.data as any).patient).toEqual({ portalStatus: 'ACTIVE', portalInvitation: { status: 'ACCEPTED' } });
});

it('an expired link does not work', async () => {
  const other = `oscar.${randomUUID().slice(0, 8)}@example.com`;
  const em = server.orm.em.fork();
  await em.getConnection().execute(`update patient set email = ? where id = ?`, [other, fx.otherPatientId]);
  await desk.request(INVITE, { id: fx.otherPatientId });
  const token = await tokenSentTo(other, 1);
  await em
    .getConnection()
    .execute(`update portal_invitation set expires_at = now() - interval '1 minute' where email = ?`, [other]);
  const response = await new GraphQLClient(server.url).request(ACTIVATE, { token, password: 'a long enough password' });
  expect(extensions(response)).toMatchObject({ reason: 'INVITATION_INVALID' });
});

it('needs an email on file, and only the front desk or manager may invite', async () => {
  await server.orm.em.fork().getConnection().execute(`update patient set email = null where id = ?`, [fx.patientId]);
  expect(extensions(await desk.request(INVITE, { id: fx.patientId }))).toMatchObject({ reason: 'NO_EMAIL_ON_FILE' });
  const biller = new GraphQLClient(server.url);
  await biller.login(fx.emails.biller);
  expect(errorCodes(await biller.request(INVITE, { id: fx.patientId }))).toEqual(['FORBIDDEN']);
});
