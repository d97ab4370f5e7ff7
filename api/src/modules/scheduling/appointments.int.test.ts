import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import type { GraphQLClient } from '../../test/graphql-client';
import { errorCodes, firstErrorExtensions, type GraphQLResponse, signedIn } from '../../test/graphql-client';
import { collect, subscriptionClient } from '../../test/subscription-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
let desk: GraphQLClient;

const as = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'scheduling');
  desk = await as(fx.emails.frontDesk);
});
afterAll(() => server.close());

const VIEW = `id version startsAt endsAt status roomId roomName providerId providerName color appointmentTypeName
  cancelReason overriddenWarnings overrideReason seriesId recurrence attendees { patientId displayName attendance }`;
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${VIEW} } }`;
const RESCHEDULE = `mutation ($id: ID!, $input: RescheduleAppointmentInput!) { rescheduleAppointment(id: $id, input: $input) { ${VIEW} } }`;
const SET_STATUS = `mutation ($id: ID!, $version: Int!, $status: AppointmentStatus!) { setAppointmentStatus(id: $id, version: $version, status: $status) { ${VIEW} } }`;
const CANCEL = `mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { ${VIEW} } }`;
const CALENDAR = `query ($from: DateTimeISO!, $to: DateTimeISO!, $facilityId: ID, $providerIds: [ID!], $roomIds: [ID!]) {
  calendar(from: $from, to: $to, facilityId: $facilityId, providerIds: $providerIds, roomIds: $roomIds) { ${VIEW} } }`;

/** 2027-03-01 is a Monday; the fixture facility is in America/Chicago (UTC-6 then). */
const at = (day: number, hourUtc: number, minute = 0) =>
  new Date(Date.UTC(2027, 2, day, hourUtc, minute)).toISOString();

function booking(overrides: Record<string, unknown> = {}) {
  return {
    providerId: fx.staff.clinician,
    facilityId: fx.facilityId,
    roomId: fx.roomIds[0],
    appointmentTypeId: fx.appointmentTypeId,
    patientIds: [fx.patientId],
    startsAt: at(1, 16),
    ...overrides,
  };
}

async function book(input: Record<string, unknown>, client = desk): Promise<GraphQLResponse> {
  return client.request(BOOK, { input });
}

function bookedOk(response: GraphQLResponse): Record<string, any> {
  expect(response.errors).toBeUndefined();
  return (response.data as any).bookAppointment;
}

const extensions = firstErrorExtensions;

describe('booking', () => {
  it('puts the appointment on the calendar with provider, room, type and patient', async () => {
    const booked = bookedOk(await book(booking({ startsAt: at(1, 14) })));
    expect(booked).toMatchObject({
      status: 'SCHEDULED',
      startsAt: at(1, 14),
      endsAt: at(1, 14, 50),
      roomName: 'Room 1',
      providerName: 'clinician Tester, LCSW',
      appointmentTypeName: 'Psychotherapy',
      attendees: [
        { patientId: fx.patientId, displayName: expect.stringMatching(/^Paula Fixture/), attendance: 'EXPECTED' },
      ],
    });
    const calendar = await desk.request(CALENDAR, { from: at(1, 0), to: at(2, 6), facilityId: fx.facilityId });
    expect(calendar.errors).toBeUndefined();
    expect((calendar.data as any).calendar.map((a: any) => a.id)).toContain(booked.id);
  });

  it('refuses to double-book a provider and names the appointment in the way', async () => {
    const first = bookedOk(await book(booking({ startsAt: at(2, 16) })));
    const second = await book(
      booking({ startsAt: at(2, 16, 30), roomId: fx.roomIds[1], patientIds: [fx.otherPatientId] }),
    );
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(extensions(second)).toMatchObject({
      reason: 'PROVIDER_BUSY',
      conflictingAppointmentId: first.id,
      conflictStartsAt: at(2, 16),
      conflictEndsAt: at(2, 16, 50),
    });
    expect(second.errors![0]!.message).not.toMatch(/Paula|Fixture/);
  });

  it('refuses to double-book a room', async () => {
    const first = bookedOk(await book(booking({ startsAt: at(3, 16) })));
    const second = await book(
      booking({ startsAt: at(3, 16, 10), providerId: fx.staff.otherClinician, patientIds: [fx.otherPatientId] }),
    );
    expect(extensions(second)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ROOM_BUSY',
      conflictingAppointmentId: first.id,
    });
  });

  it('lets back-to-back appointments touch', async () => {
    bookedOk(await book(booking({ startsAt: at(4, 15), minutes: 60 })));
    bookedOk(await book(booking({ startsAt: at(4, 16), patientIds: [fx.otherPatientId] })));
  });

  it('50 simultaneous bookings of one slot: exactly one wins, 49 get CONFLICT, nothing half-written', async () => {
    const startsAt = at(5, 18);
    const clients = await Promise.all(Array.from({ length: 5 }, () => as(fx.emails.frontDesk)));
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book(
          booking({ startsAt, roomId: null, patientIds: [i % 2 ? fx.patientId : fx.otherPatientId] }),
          clients[i % 5],
        ),
      ),
    );
    const won = responses.filter((r) => !r.errors);
    const lost = responses.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const response of lost)
      expect(extensions(response)).toMatchObject({ code: 'CONFLICT', reason: 'PROVIDER_BUSY' });
    const rows = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ appointments: string; attendees: string }[]>(
        `select count(distinct a.id) as appointments, count(at.id) as attendees
           from appointment a left join appointment_attendee at on at.appointment_id = a.id
          where a.practice_id = ? and a.starts_at = ?`,
        [fx.practiceId, startsAt],
      );
    expect(rows[0]).toEqual({ appointments: '1', attendees: '1' });
  });

  it('refuses a non-group type with several patients, and an unknown patient', async () => {
    const several = await book(booking({ startsAt: at(8, 14), patientIds: [fx.patientId, fx.otherPatientId] }));
    expect(extensions(several)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONE_ATTENDEE_ONLY' });
    const unknown = await book(booking({ startsAt: at(8, 14), patientIds: [randomUUID()] }));
    expect(extensions(unknown)).toMatchObject({ code: 'NOT_FOUND', reason: 'PATIENT_NOT_FOUND' });
  });

  it('books a group with several patients', async () => {
    const group = bookedOk(
      await book(
        booking({
          startsAt: at(8, 20),
          appointmentTypeId: fx.groupTypeId,
          roomId: fx.roomIds[1],
          patientIds: [fx.patientId, fx.otherPatientId],
        }),
      ),
    );
    expect(group.attendees).toHaveLength(2);
    expect(group.endsAt).toBe(at(8, 21, 30));
  });
});

describe('warnings staff may override with a reason', () => {
  it('a patient already booked elsewhere at that time', async () => {
    bookedOk(await book(booking({ startsAt: at(9, 16), roomId: null })));
    const input = booking({ startsAt: at(9, 16, 30), providerId: fx.staff.otherClinician, roomId: null });
    const refused = await book(input);
    expect(extensions(refused)).toMatchObject({
      code: 'CONFLICT',
      reason: 'WARNINGS_NEED_OVERRIDE',
      warnings: ['PATIENT_DOUBLE_BOOKED'],
    });
    const overridden = bookedOk(
      await book({ ...input, override: { warnings: ['PATIENT_DOUBLE_BOOKED'], reason: 'Joint session, agreed' } }),
    );
    expect(overridden).toMatchObject({
      overriddenWarnings: ['PATIENT_DOUBLE_BOOKED'],
      overrideReason: 'Joint session, agreed',
    });
    const audit = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ fields: string[] }[]>(
        `select fields from audit_event where practice_id = ? and entity_type = 'Appointment' and entity_id = ? and action = 'CREATE'`,
        [fx.practiceId, overridden.id],
      );
    expect(audit[0]?.fields).toEqual(expect.arrayContaining(['overriddenWarnings', 'overrideReason']));
  });

  it('outside working hours and during time off', async () => {
    const em = server.orm.em.fork();
    await em.getConnection().execute(
      `insert into working_hours (id, practice_id, created_at, updated_at, provider_id, facility_id, weekday, start_time, end_time)
       values (?, ?, now(), now(), ?, ?, 3, '09:00', '17:00')`,
      [randomUUID(), fx.practiceId, fx.staff.supervisor, fx.facilityId],
    );
    await em.getConnection().execute(
      `insert into time_off (id, practice_id, created_at, updated_at, provider_id, starts_at, ends_at, reason)
       values (?, ?, now(), now(), ?, ?, ?, 'Conference')`,
      [randomUUID(), fx.practiceId, fx.staff.supervisor, at(10, 20), at(10, 23)],
    );
    const supervisor = { providerId: fx.staff.supervisor, roomId: null };
    // Wednesday 2027-03-10: 10:00 Chicago is inside hours; 18:00 is not; 15:00 is inside the time off.
    bookedOk(await book(booking({ ...supervisor, startsAt: at(10, 16) })));
    expect(extensions(await book(booking({ ...supervisor, startsAt: at(11, 0) })))).toMatchObject({
      warnings: ['OUTSIDE_WORKING_HOURS'],
    });
    expect(extensions(await book(booking({ ...supervisor, startsAt: at(10, 21) })))).toMatchObject({
      warnings: ['DURING_TIME_OFF'],
    });
  });

  it('insurance not in force on the day', async () => {
    // The fixture policy starts 2026-01-01.
    const refused = await book(booking({ startsAt: new Date(Date.UTC(2025, 11, 1, 16)).toISOString() }));
    expect(extensions(refused)).toMatchObject({ warnings: ['INSURANCE_EXPIRED'] });
  });

  it('an override needs a reason', async () => {
    const response = await book(
      booking({ startsAt: at(12, 16), override: { warnings: ['PATIENT_DOUBLE_BOOKED'], reason: '' } }),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('changing an appointment', () => {
  it('moves and resizes, and refuses a stale version or a busy slot', async () => {
    const moving = bookedOk(await book(booking({ startsAt: at(15, 14) })));
    const blocker = bookedOk(await book(booking({ startsAt: at(15, 18), patientIds: [fx.otherPatientId] })));
    const moved = await desk.request(RESCHEDULE, {
      id: moving.id,
      input: { version: moving.version, startsAt: at(15, 15), minutes: 80 },
    });
    expect(moved.errors).toBeUndefined();
    expect((moved.data as any).rescheduleAppointment).toMatchObject({ startsAt: at(15, 15), endsAt: at(15, 16, 20) });
    const stale = await desk.request(RESCHEDULE, {
      id: moving.id,
      input: { version: moving.version, startsAt: at(15, 16), minutes: 50 },
    });
    expect(extensions(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const current = (moved.data as any).rescheduleAppointment;
    const busy = await desk.request(RESCHEDULE, {
      id: moving.id,
      input: { version: current.version, startsAt: at(15, 17, 30), minutes: 50 },
    });
    expect(extensions(busy)).toMatchObject({ reason: 'PROVIDER_BUSY', conflictingAppointmentId: blocker.id });
  });

  it('checks in, completes, and refuses going back from completed', async () => {
    const visit = bookedOk(await book(booking({ startsAt: at(16, 14) })));
    const arrived = await desk.request(SET_STATUS, { id: visit.id, version: visit.version, status: 'ARRIVED' });
    expect((arrived.data as any).setAppointmentStatus.status).toBe('ARRIVED');
    const clinician = await as(fx.emails.clinician);
    const done = await clinician.request(SET_STATUS, {
      id: visit.id,
      version: (arrived.data as any).setAppointmentStatus.version,
      status: 'COMPLETED',
    });
    expect((done.data as any).setAppointmentStatus).toMatchObject({
      status: 'COMPLETED',
      attendees: [{ attendance: 'ATTENDED' }],
    });
    const back = await desk.request(SET_STATUS, {
      id: visit.id,
      version: (done.data as any).setAppointmentStatus.version,
      status: 'SCHEDULED',
    });
    expect(extensions(back)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATUS_CHANGE_NOT_ALLOWED' });
  });

  it('cancelling frees the slot; reinstating into a taken slot is refused', async () => {
    const visit = bookedOk(await book(booking({ startsAt: at(17, 14) })));
    const cancelled = await desk.request(CANCEL, {
      id: visit.id,
      input: { version: visit.version, reason: 'Patient is ill', late: true },
    });
    expect((cancelled.data as any).cancelAppointment).toMatchObject({
      status: 'LATE_CANCELLED',
      cancelReason: 'Patient is ill',
      attendees: [{ attendance: 'CANCELLED' }],
    });
    bookedOk(await book(booking({ startsAt: at(17, 14), patientIds: [fx.otherPatientId] })));
    const reinstated = await desk.request(SET_STATUS, {
      id: visit.id,
      version: (cancelled.data as any).cancelAppointment.version,
      status: 'SCHEDULED',
    });
    expect(extensions(reinstated)).toMatchObject({ code: 'CONFLICT', reason: 'PROVIDER_BUSY' });
  });
});

describe('recurring appointments', () => {
  const series = (overrides: Record<string, unknown> = {}) =>
    booking({
      providerId: fx.staff.associate,
      patientIds: [fx.associatePatientId],
      roomId: null,
      // Tuesday 2027-03-02, 10:00 in Chicago (CST, UTC-6); daylight time starts 2027-03-14.
      startsAt: '2027-03-02T16:00:00.000Z',
      recurrence: { frequency: 'WEEKLY', count: 3 },
      ...overrides,
    });
  const inSeries = async (seriesId: string) =>
    (
      (await desk.request(CALENDAR, { from: at(1, 0), to: at(31, 0), providerIds: [fx.staff.associate] })).data as any
    ).calendar.filter((a: any) => a.seriesId === seriesId);

  it('books every visit at the same local time, refuses if any collides, and edits by scope', async () => {
    const blocker = bookedOk(
      await book(series({ startsAt: '2027-03-09T16:00:00.000Z', recurrence: null, minutes: 30 })),
    );
    const refused = await book(series());
    expect(extensions(refused)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROVIDER_BUSY',
      seriesConflicts: [{ startsAt: '2027-03-09T16:00:00.000Z', conflictingAppointmentId: blocker.id }],
    });
    await desk.request(CANCEL, {
      id: blocker.id,
      input: { version: blocker.version, reason: 'Moved to series', late: false },
    });

    const first = bookedOk(await book(series()));
    expect(first.recurrence).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=3');
    const visits = await inSeries(first.seriesId);
    // 10:00 local each week: 16:00Z before the clocks change, 15:00Z after.
    expect(visits.map((v: any) => v.startsAt)).toEqual([
      '2027-03-02T16:00:00.000Z',
      '2027-03-09T16:00:00.000Z',
      '2027-03-16T15:00:00.000Z',
    ]);

    const second = visits[1];
    const moved = await desk.request(RESCHEDULE, {
      id: second.id,
      input: {
        version: second.version,
        startsAt: '2027-03-09T17:00:00.000Z',
        minutes: 50,
        scope: 'THIS_AND_FOLLOWING',
      },
    });
    expect(moved.errors).toBeUndefined();
    expect((await inSeries(first.seriesId)).map((v: any) => v.startsAt)).toEqual([
      '2027-03-02T16:00:00.000Z',
      '2027-03-09T17:00:00.000Z',
      '2027-03-16T16:00:00.000Z',
    ]);

    const cancelled = await desk.request(CANCEL, {
      id: first.id,
      input: { version: first.version, reason: 'Patient moving away', late: false, scope: 'ALL' },
    });
    expect(cancelled.errors).toBeUndefined();
    expect((await inSeries(first.seriesId)).map((v: any) => v.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
  });

  it('needs a count or an until date', async () => {
    const response = await book(series({ startsAt: '2027-05-04T15:00:00.000Z', recurrence: { frequency: 'WEEKLY' } }));
    expect(extensions(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RECURRENCE_END_REQUIRED' });
  });
});

describe('finding the next free slot', () => {
  const OPEN_SLOTS = `query ($f: ID!, $t: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $p: [ID!], $r: ID) {
    openSlots(facilityId: $f, appointmentTypeId: $t, from: $from, to: $to, providerIds: $p, roomId: $r, first: 20) {
      providerId providerName startsAt endsAt } }`;

  it('is working hours minus appointments, time off and the room', async () => {
    const em = server.orm.em.fork();
    // Monday 2027-03-29, Chicago is on daylight time (UTC-5): hours 09:00-12:00 local = 14:00-17:00Z.
    await em.getConnection().execute(
      `insert into working_hours (id, practice_id, created_at, updated_at, provider_id, facility_id, weekday, start_time, end_time)
       values (?, ?, now(), now(), ?, ?, 1, '09:00', '12:00')`,
      [randomUUID(), fx.practiceId, fx.staff.prescriber, fx.facilityId],
    );
    await em.getConnection().execute(
      `insert into time_off (id, practice_id, created_at, updated_at, provider_id, starts_at, ends_at)
       values (?, ?, now(), now(), ?, '2027-03-29T16:30:00Z', '2027-03-29T17:00:00Z')`,
      [randomUUID(), fx.practiceId, fx.staff.prescriber],
    );
    bookedOk(
      await book(booking({ providerId: fx.staff.prescriber, roomId: null, startsAt: '2027-03-29T15:00:00.000Z' })),
    );
    const variables = {
      f: fx.facilityId,
      t: fx.appointmentTypeId,
      from: '2027-03-29T00:00:00Z',
      to: '2027-03-30T06:00:00Z',
      p: [fx.staff.prescriber],
    };
    const open = await desk.request(OPEN_SLOTS, variables);
    expect(open.errors).toBeUndefined();
    // 09:00-09:50 fits; 09:15 onwards runs into the 10:00 visit; after it, 11:00 runs into the time off.
    expect((open.data as any).openSlots).toEqual([
      {
        providerId: fx.staff.prescriber,
        providerName: 'prescriber Tester, MD',
        startsAt: '2027-03-29T14:00:00.000Z',
        endsAt: '2027-03-29T14:50:00.000Z',
      },
    ]);
    bookedOk(
      await book(
        booking({ roomId: fx.roomIds[1], patientIds: [fx.otherPatientId], startsAt: '2027-03-29T14:00:00.000Z' }),
      ),
    );
    const withRoom = await desk.request(OPEN_SLOTS, { ...variables, r: fx.roomIds[1] });
    expect((withRoom.data as any).openSlots).toEqual([]);
  });
});

describe('who may do what', () => {
  it('a biller reads the calendar but may not book', async () => {
    const biller = await as(fx.emails.biller);
    expect(errorCodes(await book(booking({ startsAt: at(22, 14) }), biller))).toEqual(['FORBIDDEN']);
    const calendar = await biller.request(CALENDAR, { from: at(1, 0), to: at(20, 0), facilityId: fx.facilityId });
    expect(calendar.errors).toBeUndefined();
  });

  it('a patient may not read the calendar', async () => {
    const patient = await as(fx.emails.patient);
    const response = await patient.request(CALENDAR, { from: at(1, 0), to: at(20, 0) });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it("a clinician sees other providers' appointments without their patients' names", async () => {
    // The associate's patient: this clinician has no appointment with her (an appointment would
    // put her on their care team).
    bookedOk(
      await book(
        booking({ startsAt: at(23, 14), providerId: fx.staff.otherClinician, patientIds: [fx.associatePatientId] }),
      ),
    );
    const clinician = await as(fx.emails.clinician);
    const response = await clinician.request(CALENDAR, {
      from: at(23, 0),
      to: at(24, 0),
      providerIds: [fx.staff.otherClinician],
    });
    const [entry] = (response.data as any).calendar;
    expect(entry.providerId).toBe(fx.staff.otherClinician);
    expect(entry.attendees[0].displayName).toBeNull();
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('another practice sees nothing of this one', async () => {
    const other = await createPracticeFixture(server.orm, 'scheduling-other');
    const outsider = await as(other.emails.frontDesk);
    const visit = bookedOk(await book(booking({ startsAt: at(24, 14) })));
    const calendar = await outsider.request(CALENDAR, { from: at(24, 0), to: at(25, 0), facilityId: fx.facilityId });
    expect((calendar.data as any).calendar).toEqual([]);
    const byId = await outsider.request(`query ($id: ID!) { appointment(id: $id) { id } }`, { id: visit.id });
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    const intoOurs = await book(booking({ startsAt: at(24, 16) }), outsider);
    expect(extensions(intoOurs)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('live calendar', () => {
  it('a booking made at one desk reaches another open calendar, shaped and permission-checked', async () => {
    const other = await as(fx.emails.frontDesk);
    const ws = subscriptionClient(server.url, other.sessionCookie);
    const live = collect(
      ws,
      `subscription ($facilityId: ID!) { calendarChanged(facilityId: $facilityId) { ${VIEW} } }`,
      { facilityId: fx.facilityId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const visit = bookedOk(await book(booking({ startsAt: at(25, 14) })));
    await live.waitFor(1, 1000);
    expect(live.received[0]?.data?.calendarChanged).toMatchObject({
      id: visit.id,
      startsAt: at(25, 14),
      status: 'SCHEDULED',
      attendees: [{ displayName: expect.stringMatching(/^Paula/) }],
    });
    live.unsubscribe();
    await ws.dispose();
  });

  it('a patient cannot open a live calendar', async () => {
    const patient = await as(fx.emails.patient);
    const ws = subscriptionClient(server.url, patient.sessionCookie);
    const live = collect(ws, `subscription ($f: ID!) { calendarChanged(facilityId: $f) { id } }`, { f: fx.facilityId });
    await live.waitFor(1, 2000);
    const codes = [live.failure, ...live.received.flatMap((r) => r.errors ?? [])]
      .flat()
      .map((e: any) => e?.extensions?.code ?? e?.[0]?.extensions?.code);
    expect(codes).toContain('FORBIDDEN');
    await ws.dispose();
  });
});
