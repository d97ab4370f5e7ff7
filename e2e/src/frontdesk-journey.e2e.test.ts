import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, screenshot, signIn } from './browser';

/**
 * A front-desk morning, end to end in one browser, as the issue describes it: register a new
 * patient with insurance, a card photo and signed consents; book a weekly series for them; be
 * told when another booking would double-book the provider; check the patient in, take the copay
 * and send the portal invitation. Visits are booked for this evening at Riverbend Austin (Central
 * time), so they are on today's arrivals board without colliding with the seeded day.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

const PROVIDER = 'Dana Reyes, LCSW';
const FACILITY_ZONE = 'America/Chicago';
// Letters only, different per run: the duplicate check finds no one like this patient.
const LAST_NAME = `Quill${Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const FIRST_NAME = 'Harper';
const FULL_NAME = `${FIRST_NAME} ${LAST_NAME}`;
// The arrivals test books 22:00-23:00; this series starts at 20:xx.
const START = `20:${String(Math.floor(Math.random() * 6) * 5).padStart(2, '0')}`;

/** A 1x1 PNG: what a phone photo of a card is, as far as the upload's checks go. */
const CARD_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function facilityToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: FACILITY_ZONE }).format(new Date());
}

/** Today if it is a weekday, else the Monday after: a day the demo schedule fills. */
function busyDay(): string {
  const day = new Date(`${facilityToday()}T12:00:00Z`);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function next(label: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: label, exact: typeof label === 'string' }).click();
}

it('registers a new patient with insurance, a card photo and signed consents', async () => {
  await signIn(page, 'frontdesk', 'frontdesk@riverbend.test');
  await page.getByRole('heading', { name: 'Patients' }).waitFor();
  await page.getByRole('button', { name: 'New patient' }).click();
  await page.getByRole('heading', { name: 'New patient' }).waitFor();

  await page.getByLabel('Legal first name').fill(FIRST_NAME);
  await page.getByLabel('Legal last name').fill(LAST_NAME);
  await page.getByLabel('Date of birth').fill('1990-03-14');
  await page.getByLabel('Sex assigned at birth').selectOption('FEMALE');
  await page.getByLabel('Preferred language').first().fill('Spanish');
  await screenshot(page, 'frontdesk-intake-who');
  await next('Next');
  await next('Continue');

  await page.getByLabel('Mobile phone').fill('512-555-0142');
  await page.getByRole('textbox', { name: 'Email' }).fill(`${LAST_NAME.toLowerCase()}@example.com`);
  await page.getByLabel('Email reminders').check();
  await next('Next');
  await next('Create patient');

  // Insurance: the primary policy, $25 copay.
  const policy = page.getByRole('form', { name: 'Insurance policy' });
  await policy.waitFor();
  await policy.getByLabel('Insurer').selectOption({ index: 1 });
  await policy.getByLabel('Member id').fill('XQ7781234');
  await policy.getByLabel('Copay per visit').fill('25');
  await policy.getByRole('button', { name: 'Save primary policy' }).click();
  await next('Continue to card photos');

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Upload front of card' }).click(),
  ]);
  await chooser.setFiles({ name: 'card-front.png', mimeType: 'image/png', buffer: CARD_PNG });
  await page.getByRole('img', { name: 'Front of card on file' }).waitFor();
  await next('Continue to consents');

  const consents = page.getByRole('form', { name: 'Consents' });
  for (const title of ['Consent to treatment', 'Notice of privacy practices (HIPAA)', 'Financial policy']) {
    await consents.getByLabel(`${title}: read and agreed`).check();
  }
  await consents.getByLabel('Typed signature').fill(FULL_NAME);
  await screenshot(page, 'frontdesk-intake-consents');
  await consents.getByRole('button', { name: 'Sign 3 forms' }).click();
  await consents.getByLabel('Consent to treatment: read and agreed').waitFor({ state: 'detached' });
  await next('Finish');

  await page.getByRole('link', { name: 'Open profile' }).click();
  await page.getByRole('heading', { name: new RegExp(LAST_NAME) }).waitFor();
  await page.getByText('XQ7781234').first().waitFor();
});

it('books a weekly series for the new patient, and refuses to double-book the provider', async () => {
  await page.getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('heading', { name: 'Calendar' }).waitFor();
  await page.getByLabel('Go to date').fill(facilityToday());

  await page.getByRole('button', { name: 'New appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await dialog.getByLabel('Patient').fill(LAST_NAME);
  await page
    .getByRole('option', { name: new RegExp(LAST_NAME) })
    .first()
    .click();
  await dialog.getByLabel('Appointment type').selectOption({ label: 'Psychotherapy 45 min (45 min)' });
  await dialog.getByLabel('Provider').selectOption({ label: PROVIDER });
  await dialog.getByLabel('Date').fill(facilityToday());
  await dialog.getByLabel('Start time').fill(START);
  await dialog.getByLabel('Repeats').selectOption({ index: 1 });
  await dialog.getByLabel('Number of visits').fill('4');
  await dialog.getByText(/^4 visits, the last on /).waitFor();
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  // The evening is outside Dana's hours: booking it takes a reason.
  await dialog.getByText("It is outside the provider's working hours at this facility.").waitFor();
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await dialog.getByLabel('Reason').fill('Works days; evening sessions agreed with Dana.');
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Someone else at the same time with the same provider: refused, with the visit in the way.
  await page.getByRole('button', { name: 'New appointment' }).click();
  await dialog.getByLabel('Patient').fill('Johnson');
  await page
    .getByRole('option', { name: /Johnson, Avery/ })
    .first()
    .click();
  await dialog.getByLabel('Appointment type').selectOption({ label: 'Psychotherapy 45 min (45 min)' });
  await dialog.getByLabel('Provider').selectOption({ label: PROVIDER });
  await dialog.getByLabel('Date').fill(facilityToday());
  await dialog.getByLabel('Start time').fill(START);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog
    .getByRole('alert')
    .getByText(/Dana Reyes, LCSW already has an appointment/)
    .waitFor();
  await screenshot(page, 'frontdesk-journey-conflict');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.getByLabel('Go to date').fill(busyDay());
  await page.locator('section[aria-label="Schedule"][aria-busy="false"]').waitFor();
  await page.locator('section[aria-label="Schedule"] .rbc-event').first().waitFor();
  await screenshot(page, 'frontdesk-calendar-by-provider');
  await page.getByRole('toolbar', { name: 'Calendar controls' }).getByText('Rooms', { exact: true }).click();
  await page.locator('section[aria-label="Schedule"][aria-busy="false"]').waitFor();
  await page.locator('section[aria-label="Schedule"] .rbc-event').first().waitFor();
  await screenshot(page, 'frontdesk-calendar-by-room');
});

it('checks the patient in, takes the copay and sends the portal invitation', async () => {
  await page.getByRole('link', { name: 'Arrivals' }).click();
  await page.getByRole('heading', { name: 'Arrivals' }).waitFor();
  const row = page.getByTestId('arrival-row').filter({ hasText: LAST_NAME });
  await row.getByRole('button', { name: new RegExp(`Check in .*${LAST_NAME}`) }).click();
  await row.getByText('Arrived').waitFor();
  await row.getByTestId('copay-due').getByText('$25.00').waitFor();

  await row.getByRole('button', { name: new RegExp(`Collect from .*${LAST_NAME}`) }).click();
  const payment = page.getByRole('dialog');
  await payment.getByText('Cash', { exact: true }).click();
  await payment.getByRole('button', { name: 'Collect' }).click();
  await page.getByRole('link', { name: 'Receipt' }).waitFor();
  await row.getByTestId('copay-due').getByText('$0.00').waitFor();
  await screenshot(page, 'frontdesk-arrivals');

  await page.getByRole('link', { name: 'Patients' }).click();
  await page
    .getByLabel(/search/i)
    .first()
    .fill(LAST_NAME);
  await page
    .getByRole('cell', { name: new RegExp(LAST_NAME) })
    .first()
    .click();
  await page.getByRole('heading', { name: new RegExp(LAST_NAME) }).waitFor();
  await page.getByRole('button', { name: 'Invite to portal' }).click();
  await page.getByRole('button', { name: 'Resend invitation' }).waitFor();
  await screenshot(page, 'frontdesk-profile');

  // The invitation really went out: the outbox (no SMTP in this run) holds it.
  const outbox = await page.request.get(`${BASE_URL}/outbox`);
  expect(await outbox.text()).toContain(`${LAST_NAME.toLowerCase()}@example.com`);
});
