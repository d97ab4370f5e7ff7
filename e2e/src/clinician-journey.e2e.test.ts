import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, localDate, wallInstant } from './api';
import { BASE_URL, launchBrowser, screenshot, signIn } from './browser';

/**
 * The clinician's day as a clinician lives it: a patient arrives, the note is written from quick
 * picks and text and signed, and the charge appears with 90834 and no documentation error; a
 * PHQ-9 is assigned and completed on the in-clinic page with item 9 above 0, and the alert
 * reaches the clinician's open "my day" live, where it is acknowledged with a documented action.
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

interface CaseloadPatient {
  id: string;
  legalFirstName: string;
  legalLastName: string;
}

/** Patients of Dana Reyes (the demo clinician) other than the two the demo data already flags. */
async function reyesPatients(page: Page): Promise<CaseloadPatient[]> {
  const data = await api<{ patients: { nodes: CaseloadPatient[] } }>(
    page,
    'query { patients(first: 40) { nodes { id legalFirstName legalLastName } } }',
  );
  return data.patients.nodes.filter((p) => p.legalLastName !== 'Johnson');
}

it('documents an arrived patient’s session and hands billing a clean 90834 charge', async () => {
  const clinician = await newPage();
  await signIn(clinician, 'clinician', 'clinician@riverbend.test');
  await clinician.getByRole('heading', { name: 'My day' }).waitFor();
  const patient = (await reyesPatients(clinician))[0]!;

  // The front desk books a 50-minute session for today (evening: never in the seeded day, nor at the
  // times other browser tests book Dana Reyes) and checks the patient in.
  const desk = await newPage();
  await signIn(desk, 'frontdesk', 'frontdesk@riverbend.test');
  await desk.getByRole('link', { name: 'Patients' }).first().waitFor();
  const setup = await api<{
    facilities: { id: string; timeZone: string }[];
    staff: { id: string; displayName: string }[];
    appointmentTypes: { id: string; defaultCptCode: string | null; telehealth: boolean }[];
  }>(
    desk,
    'query { facilities { id timeZone } staff { id displayName } appointmentTypes { id defaultCptCode telehealth } }',
  );
  const facility = setup.facilities[0]!;
  const reyes = setup.staff.find((s) => s.displayName.startsWith('Dana Reyes'))!;
  const type = setup.appointmentTypes.find((t) => t.defaultCptCode === '90834' && !t.telehealth)!;
  const today = localDate(facility.timeZone);
  const minute = 30 + Math.floor(Math.random() * 5) * 5;
  const booked = await api<{ bookAppointment: { id: string; version: number } }>(
    desk,
    'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }',
    {
      input: {
        appointmentTypeId: type.id,
        facilityId: facility.id,
        providerId: reyes.id,
        patientIds: [patient.id],
        startsAt: wallInstant(today, 18, minute, facility.timeZone),
        minutes: 50,
        override: {
          warnings: ['OUTSIDE_WORKING_HOURS', 'INSURANCE_EXPIRED', 'NO_TELEHEALTH_CONSENT', 'PATIENT_DOUBLE_BOOKED'],
          reason: 'e2e',
        },
      },
    },
  );
  await api(
    desk,
    'mutation ($id: ID!, $v: Int!) { setAppointmentStatus(id: $id, version: $v, status: ARRIVED) { id } }',
    {
      id: booked.bookAppointment.id,
      v: booked.bookAppointment.version,
    },
  );

  // My day shows the arrival live; the clinician starts the note from it.
  const row = clinician.getByRole('row').filter({ hasText: patient.legalLastName }).filter({ hasText: 'Arrived' });
  await row.waitFor({ timeout: 10_000 });
  // Times on the facility's clock, not the browser's (UTC here).
  expect(await row.textContent()).toContain(`6:${minute} PM`);
  await screenshot(clinician, 'clinician-my-day');
  await row.getByRole('button', { name: 'Start note' }).click();
  await clinician.getByRole('heading', { name: 'Progress note' }).waitFor();
  expect(await clinician.getByLabel(/Session start/).inputValue()).toBe(`18:${minute}`);

  await clinician.getByText('Anxiety or worry', { exact: true }).click();
  await clinician
    .getByRole('textbox', { name: 'Presenting concerns' })
    .fill('Worry about a new job; sleeping poorly this week.');
  await clinician
    .getByRole('radiogroup', { name: /Suicidal ideation/ })
    .getByRole('radio', { name: 'Denied' })
    .check();
  await clinician
    .getByRole('radiogroup', { name: /Homicidal ideation/ })
    .getByRole('radio', { name: 'Denied' })
    .check();
  await clinician.getByText('Cognitive behavioral therapy', { exact: true }).click();
  await clinician.getByText('Engaged and receptive', { exact: true }).click();
  await clinician
    .getByRole('textbox', { name: 'Assessment', exact: true })
    .fill('Anxiety tied to the job change; good engagement with CBT.');
  await clinician
    .getByRole('textbox', { name: 'Plan', exact: true })
    .fill('Weekly CBT; worry log before next session.');
  await clinician.getByText(/Saved \d/).waitFor({ timeout: 10_000 });
  await screenshot(clinician, 'clinician-note-editor');

  // The follow-up, booked from the note on the same calendar: a weekday next week at noon, facility time.
  let later = Date.parse(`${today}T12:00:00Z`) + 7 * 86_400_000;
  while ([0, 6].includes(new Date(later).getUTCDay())) later += 86_400_000;
  const nextWeek = new Date(later).toISOString().slice(0, 10);
  // Entered and confirmed on the facility's clock, whatever zone the browser is in (UTC here).
  await clinician.getByRole('button', { name: 'Schedule follow-up' }).click();
  await clinician.getByLabel('Follow-up date').fill(nextWeek);
  await clinician.getByLabel('Follow-up time').fill('12:00');
  await clinician.getByRole('button', { name: 'Book follow-up' }).click();
  await clinician
    .getByRole('status')
    .filter({ hasText: /Booked .*12:00 PM/ })
    .first()
    .waitFor({ timeout: 10_000 });
  const { patient: withFollowUp } = await api<{ patient: { upcomingAppointments: { startsAt: string }[] } }>(
    desk,
    'query ($id: ID!) { patient(id: $id) { upcomingAppointments { startsAt } } }',
    { id: patient.id },
  );
  expect(withFollowUp.upcomingAppointments.map((a) => Date.parse(a.startsAt))).toContain(
    Date.parse(wallInstant(nextWeek, 12, 0, facility.timeZone)),
  );

  await clinician.getByRole('button', { name: 'Sign note' }).click();
  await clinician.getByLabel('Charge status: Ready').waitFor({ timeout: 10_000 });
  await clinician.getByRole('table', { name: 'Charge lines' }).getByText('90834').waitFor();
  expect(await clinician.getByRole('list', { name: 'Documentation findings' }).count()).toBe(0);
  await screenshot(clinician, 'clinician-signed-note');
});

it('raises a live safety alert when a PHQ-9 completed in clinic has item 9 above 0', async () => {
  // The clinician's workspace stays open on "my day" while the tablet is in the patient's hands.
  const workspace = await newPage();
  await signIn(workspace, 'clinician', 'clinician@riverbend.test');
  await workspace.getByRole('heading', { name: 'My day' }).waitFor();
  const patient = (await reyesPatients(workspace))[1]!;
  const name = `${patient.legalLastName}, ${patient.legalFirstName}`;

  const tablet = await newPage();
  await signIn(tablet, 'clinician', 'clinician@riverbend.test');
  await tablet.getByRole('heading', { name: 'My day' }).waitFor();
  await tablet.goto(`${BASE_URL}/clinician/patients/${patient.id}?tab=measures`);
  await tablet.getByRole('button', { name: 'Assign measure' }).click();
  const assign = tablet.getByRole('region', { name: 'Assign measure' });
  await assign.getByLabel('Instrument').click();
  await tablet.getByRole('option', { name: 'PHQ-9' }).click();
  await assign.getByLabel('Schedule').click();
  await tablet.getByRole('option', { name: 'Once' }).click();
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await tablet.getByRole('link', { name: 'Administer PHQ-9 in clinic' }).click();

  // The tablet page: only the questions. Every answer "Several days" (1), item 9 included.
  const groups = tablet.getByRole('radiogroup');
  await groups.first().waitFor();
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(1).check();
  expect(await tablet.getByRole('navigation').count()).toBe(0);
  await screenshot(tablet, 'clinician-in-clinic-phq9');
  await tablet.getByRole('button', { name: 'Submit' }).click();
  await tablet.getByRole('heading', { name: 'Thank you — please hand the tablet back' }).waitFor();

  // The open workspace gets the alert live (no reload), and "my day" lists it until acknowledged.
  await workspace
    .getByRole('alert')
    .filter({ hasText: `Safety alert: ${name}` })
    .waitFor({ timeout: 5_000 });
  await workspace.getByRole('button', { name: `Acknowledge safety alert for ${name}` }).click();
  const dialog = workspace.getByRole('dialog');
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Save acknowledgement' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await workspace.getByRole('button', { name: `Acknowledge safety alert for ${name}` }).waitFor({ state: 'detached' });
  await screenshot(workspace, 'clinician-after-acknowledgement');
});

it('starts a group note from my day: one shared part, a note for each member', async () => {
  const clinician = await newPage();
  await signIn(clinician, 'clinician', 'clinician@riverbend.test');
  await clinician.getByRole('heading', { name: 'My day' }).waitFor();
  const members = (await reyesPatients(clinician)).slice(2, 5);

  const desk = await newPage();
  await signIn(desk, 'frontdesk', 'frontdesk@riverbend.test');
  await desk.getByRole('link', { name: 'Patients' }).first().waitFor();
  const setup = await api<{
    facilities: { id: string; timeZone: string }[];
    staff: { id: string; displayName: string }[];
    appointmentTypes: { id: string; group: boolean }[];
  }>(desk, 'query { facilities { id timeZone } staff { id displayName } appointmentTypes { id group } }');
  const facility = setup.facilities[0]!;
  const today = localDate(facility.timeZone);
  await api(desk, 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
    input: {
      appointmentTypeId: setup.appointmentTypes.find((t) => t.group)!.id,
      facilityId: facility.id,
      providerId: setup.staff.find((s) => s.displayName.startsWith('Dana Reyes'))!.id,
      patientIds: members.map((m) => m.id),
      startsAt: wallInstant(today, 17, 5 + Math.floor(Math.random() * 5) * 5, facility.timeZone),
      minutes: 60,
      override: {
        warnings: ['OUTSIDE_WORKING_HOURS', 'INSURANCE_EXPIRED', 'NO_TELEHEALTH_CONSENT', 'PATIENT_DOUBLE_BOOKED'],
        reason: 'e2e',
      },
    },
  });

  await clinician.getByRole('button', { name: 'Start group note' }).waitFor({ timeout: 10_000 });
  await clinician.getByRole('button', { name: 'Start group note' }).click();
  await clinician.getByRole('heading', { name: 'Group note' }).waitFor();
  await expect(clinician.getByRole('link', { name: /^Open member note for / }).count()).resolves.toBe(3);
  await clinician.getByRole('textbox', { name: 'Group topic' }).fill('Sleep hygiene and worry time');
  await clinician.getByText(/Saved \d/).waitFor({ timeout: 10_000 });
  await screenshot(clinician, 'clinician-group-note');

  // A member's own note holds their part; the session and the signature belong to the group note.
  await clinician
    .getByRole('link', { name: /^Open member note for / })
    .first()
    .click();
  await clinician.getByRole('heading', { name: 'Progress note' }).waitFor();
  await clinician.getByRole('link', { name: 'group note' }).waitFor();
  expect(await clinician.getByRole('button', { name: 'Sign note' }).count()).toBe(0);
  expect(await clinician.getByLabel('Session start').count()).toBe(0);
});

it('throws away what was not meant to be: an unsigned prescription and a draft plan revision', async () => {
  const prescriber = await newPage();
  await signIn(prescriber, 'clinician', 'prescriber@riverbend.test');
  await prescriber.getByRole('link', { name: 'My patients' }).first().click();
  const firstPatient = prescriber.getByRole('table', { name: 'My patients' }).getByRole('link').first();
  await firstPatient.waitFor({ timeout: 10_000 });
  const chartPath = await firstPatient.getAttribute('href');
  await prescriber.goto(`${BASE_URL}/clinician${chartPath!.replace(/^\/clinician/, '')}?tab=medications`);

  // Write and screen a prescription, then decide against it: the draft is deleted and the form starts over.
  await prescriber.getByRole('button', { name: 'Prescribe' }).click();
  await prescriber.getByRole('textbox', { name: 'Drug' }).fill('sertraline');
  await prescriber.getByRole('textbox', { name: 'Strength' }).fill('50 mg');
  await prescriber.getByRole('textbox', { name: 'Quantity' }).fill('30');
  await prescriber.getByRole('textbox', { name: 'Directions (sig)' }).fill('Take one tablet by mouth every morning');
  await prescriber.getByRole('textbox', { name: 'Pharmacy name' }).fill('Main Street Pharmacy');
  await prescriber.getByRole('textbox', { name: 'Pharmacy NCPDP ID' }).fill('1234567');
  await prescriber.getByRole('button', { name: 'Check interactions' }).click();
  await prescriber.getByRole('button', { name: 'Sign prescription' }).waitFor({ timeout: 10_000 });
  await prescriber.getByRole('button', { name: 'Discard prescription' }).click();
  await prescriber.getByRole('dialog', { name: 'Discard prescription' }).waitFor();
  await prescriber.waitForTimeout(300); // the popover's fade-in, for the screenshot only
  await screenshot(prescriber, 'clinician-discard-prescription');
  await prescriber
    .getByRole('dialog', { name: 'Discard prescription' })
    .getByRole('button', { name: 'Discard prescription' })
    .click();
  await prescriber.getByText('Prescription discarded.').waitFor({ timeout: 10_000 });
  expect(await prescriber.getByRole('textbox', { name: 'Drug' }).inputValue()).toBe('');

  // A draft revision of the treatment plan (saved through the API: its content does not matter here).
  const patientId = chartPath!.split('/').pop()!;
  await api(
    prescriber,
    `mutation ($id: ID!, $input: SaveTreatmentPlanDraftInput!) {
       saveTreatmentPlanDraft(patientId: $id, input: $input) { id } }`,
    { id: patientId, input: { content: { problems: [{ text: 'Sleeps four hours a night', goals: [] }] } } },
  ).catch(() => undefined); // a draft already open serves as well
  await prescriber.goto(`${BASE_URL}/clinician/patients/${patientId}?tab=plan`);
  await prescriber.getByRole('button', { name: 'Discard draft' }).click();
  await prescriber
    .getByRole('dialog', { name: 'Discard draft' })
    .getByRole('button', { name: 'Discard draft' })
    .click();
  await prescriber.getByText('Draft plan discarded.').waitFor({ timeout: 10_000 });
  expect(await prescriber.getByRole('button', { name: 'Discard draft' }).count()).toBe(0);
});
