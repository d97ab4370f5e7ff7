import type { Browser, BrowserContext } from 'playwright-core';
import { api, localDate, wallInstant } from './api';
import { launchBrowser, screenshot, signIn } from './browser';

/**
 * The front desk's arrivals list: a visit booked for today (late evening, so it never collides
 * with the seeded day) is checked in and its copay taken by card, with a receipt to print.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

interface Setup {
  facilities: { id: string; name: string; timeZone: string }[];
  staff: { id: string; roles: string[]; active: boolean }[];
  appointmentTypes: { id: string; telehealth: boolean; group: boolean }[];
  patients: { nodes: { id: string; legalLastName: string }[] };
}

it('checks a patient in and collects the copay by card', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, 'frontdesk', 'frontdesk@riverbend.test');
  await page.getByRole('link', { name: 'Patients' }).first().waitFor();

  const setup = await api<Setup>(
    page,
    `query { facilities { id name timeZone } staff { id roles active }
       appointmentTypes { id telehealth group } patients(search: "Johnson", first: 1) { nodes { id legalLastName } } }`,
  );
  const facility = setup.facilities[0]!;
  const provider = setup.staff.find((s) => s.active && s.roles.includes('CLINICIAN'))!;
  const type = setup.appointmentTypes.find((t) => !t.telehealth && !t.group)!;
  const patient = setup.patients.nodes[0]!;
  const today = localDate(facility.timeZone);
  const minute = Math.floor(Math.random() * 12) * 5;
  await api(page, `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`, {
    input: {
      appointmentTypeId: type.id,
      facilityId: facility.id,
      providerId: provider.id,
      patientIds: [patient.id],
      startsAt: wallInstant(today, 22, minute, facility.timeZone),
      minutes: 5,
      override: {
        warnings: ['OUTSIDE_WORKING_HOURS', 'INSURANCE_EXPIRED', 'NO_TELEHEALTH_CONSENT', 'PATIENT_DOUBLE_BOOKED'],
        reason: 'e2e',
      },
    },
  });

  await page.getByRole('link', { name: 'Arrivals' }).click();
  await page.getByRole('heading', { name: 'Arrivals' }).waitFor();
  const row = page.getByTestId('arrival-row').filter({ hasText: patient.legalLastName }).last();
  await row.getByRole('button', { name: new RegExp(`Check in .*${patient.legalLastName}`) }).click();
  await row.getByText('Arrived').waitFor();
  await row.getByRole('button', { name: /Undo check-in/ }).waitFor();

  await row.getByRole('button', { name: new RegExp(`Collect from .*${patient.legalLastName}`) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Card', { exact: true }).click();
  await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
  await dialog.getByLabel('Expiry').fill('12/34');
  await dialog.getByRole('button', { name: 'Collect' }).click();
  await page.getByRole('link', { name: 'Receipt' }).waitFor();
  await row.getByTestId('copay-due').getByText('$0.00').waitFor();
  await screenshot(page, 'arrivals');
});
