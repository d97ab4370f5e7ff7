import type { Client } from 'graphql-ws';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { signedIn, type GraphQLClient } from '../../test/graphql-client';
import { collect, subscriptionClient } from '../../test/subscription-client';
import { startTestServer, testRedisUrl, twoInstancesViaRedis, type TestServer } from '../../test/test-server';
import { liveSubscriptions, subscriptionExecutions } from './shared-subscriptions';

let server: TestServer;
let fx: PracticeFixture;
let desk: GraphQLClient;

const as = (email: string) => signedIn(server.url, email);
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Waits until this many subscriptions are registered on the server (it has no acknowledgement for them). */
async function registered(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (liveSubscriptions() !== count) {
    if (Date.now() > deadline) throw new Error(`${liveSubscriptions()} live subscriptions, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'fanout');
  desk = await as(fx.emails.frontDesk);
});
afterAll(() => server.close());

const VIEW = 'id status startsAt providerName attendees { patientId displayName }';
const LIVE_CALENDAR = `subscription ($f: ID!) { calendarChanged(facilityId: $f) { ${VIEW} } }`;

/** 2027-04-05 is a Monday; each test books on its own day so nothing conflicts. */
const at = (day: number, hourUtc: number) => new Date(Date.UTC(2027, 3, day, hourUtc)).toISOString();

async function book(startsAt: string, client = desk): Promise<{ id: string }> {
  const response = await client.request(
    'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
    {
      input: {
        providerId: fx.staff.clinician,
        facilityId: fx.facilityId,
        roomId: fx.roomIds[0],
        appointmentTypeId: fx.appointmentTypeId,
        patientIds: [fx.patientId],
        startsAt,
      },
    },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as any).bookAppointment;
}

type Live = ReturnType<typeof collect>;

/** One socket per subscriber, as one browser tab each. */
function openCalendars(session: GraphQLClient, count: number, query = LIVE_CALENDAR, url = server.url) {
  const sockets: Client[] = [];
  const lives: Live[] = [];
  for (let i = 0; i < count; i++) {
    const socket = subscriptionClient(url, session.sessionCookie);
    sockets.push(socket);
    lives.push(collect(socket, query, { f: fx.facilityId }));
  }
  return { lives, close: () => Promise.all(sockets.map(async (socket) => socket.dispose())) };
}

async function closeAll(...groups: { close(): Promise<unknown> }[]) {
  await Promise.all(groups.map((group) => group.close()));
  await registered(0);
}

const waitAll = (lives: Live[], count: number) => Promise.all(lives.map((live) => live.waitFor(count, 3000)));

describe('shared execution of live calendars', () => {
  it('twenty front desk calendars cost one execution per event and receive identical data', async () => {
    const sessions = await Promise.all([1, 2, 3, 4, 5].map(() => as(fx.emails.frontDesk)));
    const calendars = sessions.map((session) => openCalendars(session, 4));
    const lives = calendars.flatMap((calendar) => calendar.lives);
    await registered(20);

    const before = subscriptionExecutions();
    const visit = await book(at(5, 14));
    await waitAll(lives, 1);

    expect(subscriptionExecutions() - before).toBe(1);
    expect(lives.map((live) => live.received.length)).toEqual(lives.map(() => 1));
    expect(new Set(lives.map((live) => JSON.stringify(live.received[0]))).size).toBe(1);
    expect(lives[0]!.received[0]).toEqual({
      data: {
        calendarChanged: expect.objectContaining({
          id: visit.id,
          status: 'SCHEDULED',
          attendees: [{ patientId: fx.patientId, displayName: expect.stringMatching(/^Paula/) }],
        }),
      },
    });
    await closeAll(...calendars);
  });

  it('readers of different permission classes or selections never share an execution', async () => {
    const manager = await as(fx.emails.manager);
    const outsider = await as(fx.emails.otherClinician); // not on the patient's care team
    const deskCalendars = openCalendars(desk, 3);
    const managerCalendars = openCalendars(manager, 3);
    const outsiderCalendars = openCalendars(outsider, 2);
    const smallCalendars = openCalendars(
      desk,
      2,
      'subscription ($f: ID!) { calendarChanged(facilityId: $f) { id status } }',
    );
    const all = [deskCalendars, managerCalendars, outsiderCalendars, smallCalendars];
    await registered(10);

    const before = subscriptionExecutions();
    const visit = await book(at(6, 14));
    await waitAll(
      all.flatMap((calendars) => calendars.lives),
      1,
    );

    expect(subscriptionExecutions() - before).toBe(4);
    for (const live of [...deskCalendars.lives, ...managerCalendars.lives]) {
      expect(live.received[0]?.errors).toBeUndefined();
      expect(live.received[0]?.data?.calendarChanged.attendees[0].displayName).toMatch(/^Paula/);
    }
    for (const live of outsiderCalendars.lives) {
      expect(live.received[0]?.data?.calendarChanged).toMatchObject({
        id: visit.id,
        attendees: [{ patientId: fx.patientId, displayName: null }],
      });
      expect(live.received[0]?.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    for (const live of smallCalendars.lives) {
      expect(live.received[0]?.data).toEqual({ calendarChanged: { id: visit.id, status: 'SCHEDULED' } });
    }
    await closeAll(...all);
  });

  it('a calendar whose session was signed out gets UNAUTHENTICATED while the others keep receiving', async () => {
    const staying = await as(fx.emails.frontDesk);
    const leaving = await as(fx.emails.frontDesk);
    const stayingCalendars = openCalendars(staying, 3);
    const leavingCalendars = openCalendars(leaving, 1);
    await registered(4);
    await leaving.request('mutation { logout }');

    const before = subscriptionExecutions();
    const first = await book(at(7, 14));
    const second = await book(at(7, 16));
    await waitAll([...stayingCalendars.lives, ...leavingCalendars.lives], 2);

    expect(subscriptionExecutions() - before).toBe(2);
    for (const live of stayingCalendars.lives) {
      expect(live.received.map((message) => message.data?.calendarChanged.id)).toEqual([first.id, second.id]);
    }
    const refused = leavingCalendars.lives[0]!.received;
    expect(refused).toHaveLength(2);
    for (const message of refused) {
      expect(message.data?.calendarChanged ?? null).toBeNull();
      expect(message.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    await closeAll(stayingCalendars, leavingCalendars);
  });

  it('a sign-out after the calendar opened is noticed at the next session check (at most 10 s later)', async () => {
    const staying = await as(fx.emails.frontDesk);
    const leaving = await as(fx.emails.frontDesk);
    const stayingCalendars = openCalendars(staying, 2);
    const leavingCalendars = openCalendars(leaving, 2);
    const lives = [...stayingCalendars.lives, ...leavingCalendars.lives];
    await registered(4);
    const first = await book(at(8, 14));
    await waitAll(lives, 1);
    expect(lives.map((live) => live.received[0]?.data?.calendarChanged.id)).toEqual(lives.map(() => first.id));

    await leaving.request('mutation { logout }');
    const realNow = Date.now.bind(Date);
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 11_000);
    try {
      const second = await book(at(8, 16));
      await waitAll(lives, 2);
      for (const live of stayingCalendars.lives) expect(live.received[1]?.data?.calendarChanged.id).toBe(second.id);
      for (const live of leavingCalendars.lives) {
        expect(live.received[1]?.data?.calendarChanged ?? null).toBeNull();
        expect(live.received[1]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      clock.mockRestore();
    }
    await closeAll(stayingCalendars, leavingCalendars);
  });

  it('when the last calendar closes the group stops executing; a new calendar starts a new one', async () => {
    const calendars = openCalendars(desk, 3);
    await registered(3);
    calendars.lives.forEach((live) => live.unsubscribe());
    await registered(0);
    const before = subscriptionExecutions();
    await book(at(9, 14));
    await settle();
    expect(subscriptionExecutions() - before).toBe(0);
    expect(calendars.lives.every((live) => live.received.length === 0)).toBe(true);

    const reopened = openCalendars(desk, 2);
    await registered(2);
    const visit = await book(at(9, 16));
    await waitAll(reopened.lives, 1);
    expect(subscriptionExecutions() - before).toBe(1);
    expect(reopened.lives.map((live) => live.received[0]?.data?.calendarChanged.id)).toEqual([visit.id, visit.id]);
    await closeAll(calendars, reopened);
  });

  it('live time off is shared the same way', async () => {
    const calendars = openCalendars(
      desk,
      5,
      'subscription { timeOffChanged { id providerId startsAt endsAt reason removed } }',
    );
    await registered(5);
    const before = subscriptionExecutions();
    const added = await desk.request(
      `mutation ($p: ID!, $input: TimeOffInput!) { addTimeOff(providerId: $p, input: $input) { id } }`,
      {
        p: fx.staff.clinician,
        input: { startsAt: '2031-03-03T15:00:00.000Z', endsAt: '2031-03-03T23:00:00.000Z', reason: 'Training' },
      },
    );
    const { id } = (added.data as any).addTimeOff;
    await waitAll(calendars.lives, 1);
    expect(subscriptionExecutions() - before).toBe(1);
    expect(calendars.lives.map((live) => live.received[0]?.data?.timeOffChanged.id)).toEqual(
      calendars.lives.map(() => id),
    );
    await closeAll(calendars);
  });
});

(testRedisUrl ? describe : describe.skip)('two API instances (Redis; set REDIS_URL to run)', () => {
  const instances = twoInstancesViaRedis();

  it('each instance executes an event once for its own calendars', async () => {
    const deskOnA = await signedIn(instances.a.url, fx.emails.frontDesk);
    const onA = openCalendars(deskOnA, 3, LIVE_CALENDAR, instances.a.url);
    const onB = openCalendars(deskOnA, 4, LIVE_CALENDAR, instances.b.url);
    await registered(7);
    const before = subscriptionExecutions();
    const visit = await book(at(12, 14), deskOnA);
    await waitAll([...onA.lives, ...onB.lives], 1);
    expect(subscriptionExecutions() - before).toBe(2); // both instances run in this process
    for (const live of [...onA.lives, ...onB.lives]) expect(live.received[0]?.data?.calendarChanged.id).toBe(visit.id);
    await closeAll(onA, onB);
  });
});
