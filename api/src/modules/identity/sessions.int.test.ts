import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, GraphQLClient, TEST_PASSWORD } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'sessions');
});
afterAll(() => server.close());

const VIEWER = '{ viewer { id roles displayName idleTimeoutSeconds } }';

function sql(query: string, params: unknown[] = []) {
  return server.orm.em.fork().getConnection().execute(query, params);
}

async function auditActions(practiceId: string): Promise<string[]> {
  const rows = await sql('select action from audit_event where practice_id = ? order by seq', [practiceId]);
  return rows.map((r) => String(r.action));
}

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the viewer', async () => {
    const client = new GraphQLClient(server.url);
    const login = await client.login(fx.emails.clinician);
    expect(login.data!.login).toMatchObject({ roles: ['CLINICIAN'] });
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Strict/i);
    const viewer = await client.request(VIEWER);
    expect(viewer.data.viewer).toMatchObject({ roles: ['CLINICIAN'], idleTimeoutSeconds: 900 });
  });

  it('viewer returns the staff member or the patient behind the login', async () => {
    const staff = new GraphQLClient(server.url);
    await staff.login(fx.emails.clinician);
    const staffViewer = await staff.request('{ viewer { roles staffMember { displayName } patient { id } } }');
    expect(staffViewer.data.viewer).toEqual({
      roles: ['CLINICIAN'],
      staffMember: { displayName: 'clinician Tester, LCSW' },
      patient: null,
    });
    const patient = new GraphQLClient(server.url);
    await patient.login(fx.emails.patient);
    const patientViewer = await patient.request(
      '{ viewer { roles staffMember { id } patient { id legalFirstName } } }',
    );
    expect(patientViewer.data.viewer).toEqual({
      roles: ['PATIENT'],
      staffMember: null,
      patient: { id: fx.patientId, legalFirstName: 'Paula' },
    });
  });

  it('gives a new session token at every sign-in and ends the previous one', async () => {
    const client = new GraphQLClient(server.url);
    await client.login(fx.emails.frontDesk);
    const first = client.sessionCookie;
    await client.login(fx.emails.frontDesk);
    expect(client.sessionCookie).not.toEqual(first);
    const old = new GraphQLClient(server.url);
    old.sessionCookie = first;
    expect((await old.request(VIEWER)).data.viewer).toBeNull();
  });

  it('answers a wrong password and an unknown email identically (no user enumeration)', async () => {
    const wrongPassword = await new GraphQLClient(server.url).login(fx.emails.biller, 'not the password');
    const unknownEmail = await new GraphQLClient(server.url).login('nobody@nowhere.handoff.test', 'not the password');
    expect(wrongPassword.data).toBeNull();
    expect(wrongPassword.errors).toEqual(unknownEmail.errors);
    expect(errorCodes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
  });

  it('locks an account after 5 failures, refusing even the right password with the same answer', async () => {
    const fresh = await createPracticeFixture(server.orm, 'lockout');
    const failures = await Promise.all(
      Array.from({ length: 5 }, () => new GraphQLClient(server.url).login(fresh.emails.biller, 'wrong guess')),
    );
    const failedAnswer = failures[0]!.errors;
    const locked = await new GraphQLClient(server.url).login(fresh.emails.biller, TEST_PASSWORD);
    expect(locked.data).toBeNull();
    expect(locked.errors).toEqual(failedAnswer);
    // An unknown address is throttled the same way, so lockout does not reveal which emails exist.
    for (let i = 0; i < 5; i++) await new GraphQLClient(server.url).login('ghost@lockout.handoff.test', 'x');
    const ghost = await new GraphQLClient(server.url).login('ghost@lockout.handoff.test', 'x');
    expect(ghost.errors).toEqual(failedAnswer);
    // Other accounts are unaffected.
    expect((await new GraphQLClient(server.url).login(fresh.emails.manager)).errors).toBeUndefined();
  });

  it('records sign-ins, failures and sign-outs in the audit log', async () => {
    const fresh = await createPracticeFixture(server.orm, 'signin-audit');
    await new GraphQLClient(server.url).login(fresh.emails.frontDesk, 'wrong');
    const client = new GraphQLClient(server.url);
    await client.login(fresh.emails.frontDesk);
    await client.request('mutation { logout }');
    const actions = await auditActions(fresh.practiceId);
    expect(actions.slice(-3)).toEqual(['LOGIN_FAILED', 'LOGIN', 'LOGOUT']);
  });
});

describe('session lifetime', () => {
  async function signedIn() {
    const client = new GraphQLClient(server.url);
    await client.login(fx.emails.manager);
    const token = client.sessionCookie!;
    return { client, token };
  }

  it('logout kills the session on the server, not only in the browser', async () => {
    const { client, token } = await signedIn();
    expect((await client.request('mutation { logout }')).data.logout).toBe(true);
    const replay = new GraphQLClient(server.url);
    replay.sessionCookie = token;
    expect((await replay.request(VIEWER)).data.viewer).toBeNull();
    expect(errorCodes(await replay.request('{ patients(first: 1) { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('ends a session idle for longer than 15 minutes', async () => {
    const { client } = await signedIn();
    await sql(
      `update session set last_seen_at = now() - interval '16 minutes'
        where user_id = (select id from app_user where email = ?) and revoked_at is null`,
      [fx.emails.manager],
    );
    expect((await client.request(VIEWER)).data.viewer).toBeNull();
  });

  it('keeps an active session alive within the idle timeout', async () => {
    const { client } = await signedIn();
    await sql(
      `update session set last_seen_at = now() - interval '14 minutes'
        where user_id = (select id from app_user where email = ?) and revoked_at is null`,
      [fx.emails.manager],
    );
    expect((await client.request(VIEWER)).data.viewer).not.toBeNull();
  });

  it('ends a session past its absolute lifetime however active it is', async () => {
    const { client } = await signedIn();
    await sql(
      `update session set expires_at = now() - interval '1 second'
        where user_id = (select id from app_user where email = ?) and revoked_at is null`,
      [fx.emails.manager],
    );
    expect((await client.request(VIEWER)).data.viewer).toBeNull();
  });

  it('a forged cookie is no session', async () => {
    const client = new GraphQLClient(server.url);
    client.sessionCookie = 'handoff_session=forged-token-value';
    expect((await client.request(VIEWER)).data.viewer).toBeNull();
  });
});
