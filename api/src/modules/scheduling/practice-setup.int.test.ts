import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, firstErrorExtensions, type GraphQLClient, signedIn } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

/** The manager's setup (facilities, rooms, financial policy, types) and group attendance. */
let server: TestServer;
let fx: PracticeFixture;
let manager: GraphQLClient;
let desk: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'setup');
  manager = await signedIn(server.url, fx.emails.manager);
  desk = await signedIn(server.url, fx.emails.frontDesk);
});
afterAll(() => server.close());

const FACILITY = {
  name: 'Lakeside Office',
  addressLine1: '12 Shore Rd',
  city: 'Madison',
  state: 'WI',
  postalCode: '53703',
  phone: '608-555-0100',
  timeZone: 'America/Chicago',
  placeOfServiceCode: '11',
};
const CREATE_FACILITY = `mutation ($input: FacilityInput!) { createFacility(input: $input) { id name timeZone rooms { name } } }`;
const ADD_ROOM = `mutation ($facilityId: ID!, $name: String!) { addRoom(facilityId: $facilityId, name: $name) { id name } }`;

describe('facilities and rooms', () => {
  it('a manager opens a facility, adds rooms and renames one; names stay unique per facility', async () => {
    const created = await manager.request(CREATE_FACILITY, { input: FACILITY });
    expect(created.errors).toBeUndefined();
    const facility = (created.data as any).createFacility;
    expect(facility).toMatchObject({ name: 'Lakeside Office', rooms: [] });

    const room = (await manager.request(ADD_ROOM, { facilityId: facility.id, name: 'Blue room' })).data as any;
    expect((await manager.request(ADD_ROOM, { facilityId: facility.id, name: 'Green room' })).errors).toBeUndefined();
    const duplicate = await manager.request(ADD_ROOM, { facilityId: facility.id, name: ' blue ROOM ' });
    expect(firstErrorExtensions(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROOM_NAME_INVALID' });
    // The same name at another facility is fine.
    expect((await manager.request(ADD_ROOM, { facilityId: fx.facilityId, name: 'Blue room' })).errors).toBeUndefined();

    const renamed = await manager.request(
      `mutation ($id: ID!, $name: String!) { renameRoom(id: $id, name: $name) { name } }`,
      { id: room.addRoom.id, name: 'Quiet room' },
    );
    expect((renamed.data as any).renameRoom.name).toBe('Quiet room');

    const updated = await manager.request(
      `mutation ($id: ID!, $input: FacilityInput!) { updateFacility(id: $id, input: $input) { phone rooms { name } } }`,
      { id: facility.id, input: { ...FACILITY, phone: '608-555-0199' } },
    );
    expect((updated.data as any).updateFacility).toEqual({
      phone: '608-555-0199',
      rooms: [{ name: 'Green room' }, { name: 'Quiet room' }],
    });
  });

  it('refuses an unknown time zone and a bad state code', async () => {
    const zone = await manager.request(CREATE_FACILITY, { input: { ...FACILITY, timeZone: 'Mars/Olympus' } });
    expect(firstErrorExtensions(zone)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIME_ZONE_INVALID' });
    const state = await manager.request(CREATE_FACILITY, { input: { ...FACILITY, state: 'Wisconsin' } });
    expect(errorCodes(state)).toEqual(['BAD_USER_INPUT']);
  });

  it('the front desk cannot change facilities, rooms or the financial policy', async () => {
    expect(errorCodes(await desk.request(CREATE_FACILITY, { input: FACILITY }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await desk.request(ADD_ROOM, { facilityId: fx.facilityId, name: 'Closet' }))).toEqual([
      'FORBIDDEN',
    ]);
    const settings = await desk.request(
      `mutation { updatePracticeSettings(input: { lateCancelWindowHours: 1, lateCancelFeeCents: 0, noShowFeeCents: 0, reminderHoursBefore: 2 }) { noShowFeeCents } }`,
    );
    expect(errorCodes(settings)).toEqual(['FORBIDDEN']);
  });
});

describe('financial policy', () => {
  it('fees and the reminder lead time set by the manager apply to the next cancellation', async () => {
    const updated = await manager.request(
      `mutation ($input: PracticeSettingsInput!) { updatePracticeSettings(input: $input) { lateCancelWindowHours lateCancelFeeCents noShowFeeCents reminderHoursBefore } }`,
      { input: { lateCancelWindowHours: 48, lateCancelFeeCents: 4000, noShowFeeCents: 9000, reminderHoursBefore: 36 } },
    );
    expect(updated.errors).toBeUndefined();
    const read = await desk.request(
      '{ practiceSettings { lateCancelWindowHours lateCancelFeeCents noShowFeeCents reminderHoursBefore } }',
    );
    expect((read.data as any).practiceSettings).toEqual({
      lateCancelWindowHours: 48,
      lateCancelFeeCents: 4000,
      noShowFeeCents: 9000,
      reminderHoursBefore: 36,
    });
    const negative = await manager.request(
      `mutation { updatePracticeSettings(input: { lateCancelWindowHours: 24, lateCancelFeeCents: -1, noShowFeeCents: 0, reminderHoursBefore: 24 }) { noShowFeeCents } }`,
    );
    expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);

    // 30 hours ahead is inside the new 48-hour window: late, with the new fee.
    const startsAt = new Date(Date.now() + 30 * 3_600_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const booked = await desk.request(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }`,
      {
        input: {
          providerId: fx.staff.supervisor,
          facilityId: fx.facilityId,
          appointmentTypeId: fx.appointmentTypeId,
          patientIds: [fx.associatePatientId],
          startsAt: startsAt.toISOString(),
        },
      },
    );
    expect(booked.errors).toBeUndefined();
    const { id, version } = (booked.data as any).bookAppointment;
    const cancelled = await desk.request(
      `mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { status } }`,
      { id, input: { version, reason: 'Sick' } },
    );
    expect((cancelled.data as any).cancelAppointment.status).toBe('LATE_CANCELLED');
    const ledger = await desk.request(
      `query ($id: ID!) { patientLedger(patientId: $id) { amountCents description appointmentId } }`,
      { id: fx.associatePatientId },
    );
    expect((ledger.data as any).patientLedger).toContainEqual({
      amountCents: 4000,
      description: 'Late cancellation fee',
      appointmentId: id,
    });
  });
});

describe('appointment types', () => {
  it('settings see retired types; booking lists only active ones', async () => {
    const created = await manager.request(
      `mutation ($input: AppointmentTypeInput!) { createAppointmentType(input: $input) { id } }`,
      { input: { name: `Retired ${randomUUID().slice(0, 6)}`, defaultMinutes: 30, color: '#888888', active: false } },
    );
    const id = (created.data as any).createAppointmentType.id;
    const active = await desk.request('{ appointmentTypes { id } }');
    expect((active.data as any).appointmentTypes.map((t: any) => t.id)).not.toContain(id);
    const all = await manager.request('{ appointmentTypes(includeInactive: true) { id active } }');
    expect((all.data as any).appointmentTypes).toContainEqual({ id, active: false });
  });
});

describe('group attendance', () => {
  const VIEW = 'id version status attendees { patientId attendance }';

  it('marks one member absent with the no-show fee; completing the session keeps the mark', async () => {
    const booked = await desk.request(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${VIEW} } }`,
      {
        input: {
          providerId: fx.staff.clinician,
          facilityId: fx.facilityId,
          roomId: fx.roomIds[1],
          appointmentTypeId: fx.groupTypeId,
          patientIds: [fx.patientId, fx.otherPatientId],
          startsAt: '2031-09-02T15:00:00.000Z',
        },
      },
    );
    expect(booked.errors).toBeUndefined();
    const group = (booked.data as any).bookAppointment;
    const SET = `mutation ($a: ID!, $p: ID!, $att: Attendance!, $v: Int!, $waive: Boolean!) {
      setAttendance(appointmentId: $a, patientId: $p, attendance: $att, version: $v, waiveFee: $waive) { ${VIEW} } }`;

    const marked = await desk.request(SET, {
      a: group.id,
      p: fx.otherPatientId,
      att: 'NO_SHOW',
      v: group.version,
      waive: false,
    });
    expect(marked.errors).toBeUndefined();
    const after = (marked.data as any).setAttendance;
    expect(after.version).toBeGreaterThan(group.version);
    expect(after.attendees).toContainEqual({ patientId: fx.otherPatientId, attendance: 'NO_SHOW' });

    const stale = await desk.request(SET, {
      a: group.id,
      p: fx.patientId,
      att: 'ATTENDED',
      v: group.version,
      waive: false,
    });
    expect(firstErrorExtensions(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const stranger = await desk.request(SET, {
      a: group.id,
      p: fx.associatePatientId,
      att: 'ATTENDED',
      v: after.version,
      waive: false,
    });
    expect(firstErrorExtensions(stranger)).toMatchObject({ code: 'NOT_FOUND' });

    const ledger = async (patientId: string) =>
      (
        (
          await desk.request(`query ($id: ID!) { patientLedger(patientId: $id) { description appointmentId } }`, {
            id: patientId,
          })
        ).data as any
      ).patientLedger.filter((e: any) => e.appointmentId === group.id);
    expect(await ledger(fx.otherPatientId)).toEqual([{ description: 'No-show fee', appointmentId: group.id }]);
    expect(await ledger(fx.patientId)).toEqual([]);

    let version = after.version;
    for (const status of ['ARRIVED', 'IN_SESSION', 'COMPLETED']) {
      const changed = await desk.request(
        `mutation ($id: ID!, $v: Int!, $s: AppointmentStatus!) { setAppointmentStatus(id: $id, version: $v, status: $s) { ${VIEW} } }`,
        { id: group.id, v: version, s: status },
      );
      expect(changed.errors).toBeUndefined();
      version = (changed.data as any).setAppointmentStatus.version;
      if (status === 'COMPLETED') {
        expect((changed.data as any).setAppointmentStatus.attendees).toEqual(
          expect.arrayContaining([
            { patientId: fx.patientId, attendance: 'ATTENDED' },
            { patientId: fx.otherPatientId, attendance: 'NO_SHOW' },
          ]),
        );
      }
    }
  });

  it('a biller cannot mark attendance', async () => {
    const biller = await signedIn(server.url, fx.emails.biller);
    const response = await biller.request(
      `mutation { setAttendance(appointmentId: "${randomUUID()}", patientId: "${fx.patientId}", attendance: ATTENDED, version: 1) { id } }`,
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
