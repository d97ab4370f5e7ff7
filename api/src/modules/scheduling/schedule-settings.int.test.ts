import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import type { GraphQLClient } from '../../test/graphql-client';
import { errorCodes, firstErrorExtensions, signedIn } from '../../test/graphql-client';
import { collect, subscriptionClient } from '../../test/subscription-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
let manager: GraphQLClient;
let desk: GraphQLClient;

const as = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'settings');
  manager = await as(fx.emails.manager);
  desk = await as(fx.emails.frontDesk);
});
afterAll(() => server.close());

const extensions = firstErrorExtensions;

const CREATE_TYPE = `mutation ($input: AppointmentTypeInput!) {
  createAppointmentType(input: $input) { id name defaultMinutes color defaultCptCode telehealth group active } }`;
const SET_HOURS = `mutation ($p: ID!, $f: ID!, $hours: WeeklyHoursInput!) {
  setWorkingHours(providerId: $p, facilityId: $f, hours: $hours) { weekday startTime endTime providerId facilityId } }`;

it('the manager adds an appointment type; the front desk may not', async () => {
  const input = { name: 'Couples therapy', defaultMinutes: 60, color: '#be4bdb', defaultCptCode: '90847' };
  const created = await manager.request(CREATE_TYPE, { input });
  expect((created.data as any).createAppointmentType).toMatchObject({ ...input, telehealth: false, active: true });
  expect(errorCodes(await desk.request(CREATE_TYPE, { input }))).toEqual(['FORBIDDEN']);
  const types = await desk.request('{ appointmentTypes { name } }');
  expect((types.data as any).appointmentTypes.map((t: any) => t.name)).toContain('Couples therapy');
  const badColour = await manager.request(CREATE_TYPE, { input: { ...input, color: 'purple' } });
  expect(errorCodes(badColour)).toEqual(['BAD_USER_INPUT']);
});

it("the manager sets a clinician's weekly hours, which the slot search then uses", async () => {
  const hours = {
    blocks: [
      { weekday: 2, startTime: '13:00', endTime: '17:00' },
      { weekday: 2, startTime: '09:00', endTime: '12:00' },
    ],
  };
  const set = await manager.request(SET_HOURS, { p: fx.staff.clinician, f: fx.facilityId, hours });
  expect((set.data as any).setWorkingHours.map((h: any) => `${h.weekday} ${h.startTime}-${h.endTime}`)).toEqual([
    '2 09:00-12:00',
    '2 13:00-17:00',
  ]);
  const slots = await desk.request(
    `query ($f: ID!, $t: ID!, $p: [ID!]) { openSlots(facilityId: $f, appointmentTypeId: $t, providerIds: $p,
      from: "2027-09-07T00:00:00Z", to: "2027-09-08T00:00:00Z", first: 1) { startsAt } }`,
    { f: fx.facilityId, t: fx.appointmentTypeId, p: [fx.staff.clinician] },
  );
  // Tuesday 2027-09-07, 09:00 in Chicago (UTC-5).
  expect((slots.data as any).openSlots).toEqual([{ startsAt: '2027-09-07T14:00:00.000Z' }]);
  const overlapping = await manager.request(SET_HOURS, {
    p: fx.staff.clinician,
    f: fx.facilityId,
    hours: {
      blocks: [
        { weekday: 1, startTime: '09:00', endTime: '12:00' },
        { weekday: 1, startTime: '11:00', endTime: '13:00' },
      ],
    },
  });
  expect(extensions(overlapping)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HOURS_INVALID' });
  expect(errorCodes(await desk.request(SET_HOURS, { p: fx.staff.clinician, f: fx.facilityId, hours }))).toEqual([
    'FORBIDDEN',
  ]);
});

it('the front desk records and removes time off', async () => {
  const added = await desk.request(
    `mutation ($p: ID!, $input: TimeOffInput!) { addTimeOff(providerId: $p, input: $input) { id providerId reason } }`,
    {
      p: fx.staff.clinician,
      input: { startsAt: '2027-10-04T13:00:00Z', endsAt: '2027-10-08T23:00:00Z', reason: 'Conference' },
    },
  );
  const timeOff = (added.data as any).addTimeOff;
  expect(timeOff).toMatchObject({ providerId: fx.staff.clinician, reason: 'Conference' });
  const listed = await desk.request(`{ timeOff(from: "2027-10-01T00:00:00Z", to: "2027-10-31T00:00:00Z") { id } }`);
  expect((listed.data as any).timeOff).toEqual([{ id: timeOff.id }]);
  const removed = await desk.request('mutation ($id: ID!) { removeTimeOff(id: $id) }', { id: timeOff.id });
  expect((removed.data as any).removeTimeOff).toBe(true);
});

it('time off added or removed at one desk reaches every open calendar of the practice', async () => {
  const watcher = await as(fx.emails.frontDesk);
  const ws = subscriptionClient(server.url, watcher.sessionCookie);
  const live = collect(ws, 'subscription { timeOffChanged { id providerId startsAt endsAt reason removed } }', {});
  await new Promise((resolve) => setTimeout(resolve, 300));
  const input = { startsAt: '2031-02-03T15:00:00.000Z', endsAt: '2031-02-03T23:00:00.000Z', reason: 'Training' };
  const added = await desk.request(
    `mutation ($p: ID!, $input: TimeOffInput!) { addTimeOff(providerId: $p, input: $input) { id } }`,
    { p: fx.staff.clinician, input },
  );
  const { id } = (added.data as any).addTimeOff;
  await desk.request(`mutation ($id: ID!) { removeTimeOff(id: $id) }`, { id });
  await live.waitFor(2, 2000);
  expect(live.received.map((message) => message.data?.timeOffChanged)).toEqual([
    { id, providerId: fx.staff.clinician, ...input, removed: false },
    { id, providerId: fx.staff.clinician, ...input, removed: true },
  ]);
  live.unsubscribe();
  await ws.dispose();
});
