import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { GraphQLClient } from '../../test/graphql-client';
import { startSmtpSink } from '../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let fx: PracticeFixture;
let desk: GraphQLClient;
const consented = `paula.${randomUUID().slice(0, 8)}@example.com`;
const notConsented = `oscar.${randomUUID().slice(0, 8)}@example.com`;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ smtpUrl: smtp.url, worker: true });
  fx = await createPracticeFixture(server.orm, 'reminders');
  desk = new GraphQLClient(server.url);
  await desk.login(fx.emails.frontDesk);
  const sql = server.orm.em.fork().getConnection();
  await sql.execute(`update patient set email = ?, reminder_channels = '{EMAIL}' where id = ?`, [
    consented,
    fx.patientId,
  ]);
  await sql.execute(`update patient set email = ? where id = ?`, [notConsented, fx.otherPatientId]);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }`;
const inHours = (hours: number) => new Date(Math.ceil(Date.now() / 3_600_000 + hours) * 3_600_000).toISOString();

async function book(patientId: string, providerId: string, hours: number) {
  const response = await desk.request(BOOK, {
    input: {
      providerId,
      facilityId: fx.facilityId,
      appointmentTypeId: fx.appointmentTypeId,
      patientIds: [patientId],
      startsAt: inHours(hours),
      override: { warnings: ['OUTSIDE_WORKING_HOURS', 'INSURANCE_EXPIRED'], reason: 'Test' },
    },
  });
  expect(response.errors).toBeUndefined();
  return (response.data as any).bookAppointment as { id: string; version: number };
}

const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('sends one reminder per visit, only on channels the patient agreed to, however often the scan runs', async () => {
  const visit = await book(fx.patientId, fx.staff.clinician, 3);
  const cancelled = await book(fx.patientId, fx.staff.otherClinician, 5);
  await desk.request(
    'mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { status } }',
    { id: cancelled.id, input: { version: cancelled.version, reason: 'Not needed', waiveFee: true } },
  );
  await book(fx.otherPatientId, fx.staff.associate, 4);

  // The cron scan runs every minute; run it now, three times over, as duplicate schedulers would.
  await Promise.all([1, 2, 3].map(() => server.worker!.addJob('scan-due-reminders', {})));
  for (let i = 0; i < 100 && mailsTo(consented).length === 0; i++) await settle(100);
  await settle(1500);
  await server.worker!.addJob('scan-due-reminders', {});
  await settle(1500);

  const mails = mailsTo(consented);
  expect(mails).toHaveLength(1);
  const body = mails[0]!.raw.replace(/=\r?\n/g, '');
  expect(body).toMatch(/Appointment reminder from/);
  expect(body).toMatch(/appointment with clinician Tester, LCSW on/);
  expect(mailsTo(notConsented)).toHaveLength(0);
  const log = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ appointment_id: string }[]>(`select appointment_id from notification_log where patient_id = ?`, [
      fx.patientId,
    ]);
  expect(log).toEqual([{ appointment_id: visit.id }]);
});

it("emails a minor's reminder to the parent or guardian", async () => {
  const guardian = `guardian.${randomUUID().slice(0, 8)}@example.com`;
  await server.orm.em
    .fork()
    .getConnection()
    .execute(
      `update patient set date_of_birth = current_date - interval '12 years', email = null, reminder_channels = '{EMAIL}',
              guarantor_name = 'Marta Ruiz', guarantor_relationship = 'Mother', guarantor_email = ?
        where id = ?`,
      [guardian, fx.associatePatientId],
    );
  await book(fx.associatePatientId, fx.staff.supervisor, 2);
  await server.worker!.addJob('scan-due-reminders', {});
  for (let i = 0; i < 100 && mailsTo(guardian).length === 0; i++) await settle(100);
  const mails = mailsTo(guardian);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.raw.replace(/=\r?\n/g, '')).toMatch(
    /Hello Marta Ruiz, this is a reminder of \w+'s appointment with/,
  );
});
