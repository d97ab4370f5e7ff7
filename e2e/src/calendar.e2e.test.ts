import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './browser';

/**
 * The front desk calendar, as receptionists use it: book from an empty slot, be told when the
 * provider is busy, book outside hours with a reason, and see another desk's booking appear
 * live. Each test uses its own week two years ahead (the seed fills the weeks around today),
 * at Riverbend Austin (Central time), where Dana Reyes works weekdays 08:00–17:00. The recurring
 * test books weeks 4 to 7 and checks week 8 is empty; the free-times test uses week 9, time off week 10.
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

const PROVIDER = 'Dana Reyes, LCSW';
const PATIENT_SEARCH = 'Johnson';
const PATIENT = /Johnson, Avery/;

/** A Wednesday about two years ahead, plus `weeks` weeks: "2028-11-29". */
function futureWednesday(weeks: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 730 + weeks * 7);
  day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

async function openPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

/** Signs in, opens the calendar from the navigation and goes to the given day (day view, by provider). */
async function openCalendarOn(page: Page, day: string): Promise<void> {
  await signIn(page, 'frontdesk', 'frontdesk@riverbend.test');
  await page.getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('heading', { name: 'Calendar' }).waitFor();
  await page.getByLabel('Go to date').fill(day);
  await scheduleReady(page);
}

async function scheduleReady(page: Page): Promise<void> {
  await page.locator('section[aria-label="Schedule"][aria-busy="false"]').waitFor();
  await page.locator(`[data-column="${PROVIDER}"]`).first().waitFor();
}

/**
 * Clicks an empty slot as a person would: at its place on screen (appointments are drawn in a
 * layer above the slots, and the calendar reads the click from the column).
 */
async function clickSlot(page: Page, column: string, slot: string): Promise<void> {
  const target = page.locator(`[data-column="${column}"][data-slot="${slot}"]`);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`slot ${column} ${slot} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Fills the booking dialog: the demo patient, an appointment type and optionally a length. */
async function fillBooking(page: Page, type: string, minutes?: number): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await dialog.waitFor();
  await dialog.getByLabel('Patient').fill(PATIENT_SEARCH);
  await page.getByRole('option', { name: PATIENT }).first().click();
  await dialog.getByLabel('Appointment type').selectOption({ label: type });
  if (minutes) await dialog.getByLabel('Length (minutes)').fill(String(minutes));
  return dialog;
}

/** "Wednesday, January 3, 2029": the day view's heading for "2029-01-03". */
function dayHeading(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Jumps to another day and waits until that day, with its appointments, is on screen. */
async function goToDay(page: Page, day: string): Promise<void> {
  await page.getByLabel('Go to date').fill(day);
  // The heading changes in the same render that asks for the day's week, so once it shows the
  // new day, a schedule that is no longer busy holds that week's appointments.
  await page.getByRole('heading', { name: dayHeading(day) }).waitFor();
  await scheduleReady(page);
}

function appointment(page: Page, name: RegExp): Locator {
  return page.locator('section[aria-label="Schedule"]').getByRole('button', { name });
}

it('books an appointment from an empty slot and shows it on the calendar', async () => {
  const page = await openPage();
  const day = futureWednesday(0);
  await openCalendarOn(page, day);

  await clickSlot(page, PROVIDER, `${day}T10:00`);
  const dialog = await fillBooking(page, 'Psychotherapy 45 min (45 min)');
  // The column and slot clicked are already filled in.
  expect(await dialog.getByLabel('Provider').inputValue()).not.toBe('');
  expect(await dialog.getByLabel('Start time').inputValue()).toBe('10:00');
  expect(await dialog.getByLabel('Length (minutes)').inputValue()).toBe('45');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const booked = appointment(page, /10:00\s*Avery Johnson/);
  await booked.waitFor();
  await screenshot(page, 'frontdesk-calendar-booked');

  // The side panel: check the patient in.
  await booked.click();
  const panel = page.getByRole('dialog', { name: 'Appointment' });
  await panel.getByRole('button', { name: 'Check in' }).click();
  await panel.getByText('Arrived', { exact: true }).waitFor();
  await page.locator('section[aria-label="Schedule"]').getByRole('img', { name: 'Arrived' }).first().waitFor();
});

it("shows the conflict, with its time, when the provider's slot overlaps another appointment", async () => {
  const page = await openPage();
  const day = futureWednesday(1);
  await openCalendarOn(page, day);

  await clickSlot(page, PROVIDER, `${day}T10:00`);
  const first = await fillBooking(page, 'Psychotherapy 45 min (45 min)');
  await first.getByRole('button', { name: 'Book appointment' }).click();
  await first.waitFor({ state: 'hidden' });
  await appointment(page, /10:00\s*Avery Johnson/).waitFor();

  // 9:30 for an hour runs into the 10:00 visit.
  await clickSlot(page, PROVIDER, `${day}T09:30`);
  const second = await fillBooking(page, 'Psychotherapy 53 min (55 min)', 60);
  await second.getByRole('button', { name: 'Book appointment' }).click();
  const alert = second.getByRole('alert');
  await alert.getByText(/Dana Reyes, LCSW already has an appointment .*10:00\s*–\s*10:45\s*AM/).waitFor();
  await screenshot(page, 'frontdesk-calendar-conflict');
  // Nothing was booked: the dialog stays open for another time.
  expect(await second.isVisible()).toBe(true);
});

it('books outside working hours only with a reason', async () => {
  const page = await openPage();
  const day = futureWednesday(2);
  await openCalendarOn(page, day);

  await clickSlot(page, PROVIDER, `${day}T16:00`);
  const dialog = await fillBooking(page, 'Psychotherapy 53 min (55 min)');
  // 17:30 is after Dana's 17:00 end at this facility.
  await dialog.getByLabel('Start time').fill('17:30');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog.getByText("It is outside the provider's working hours at this facility.").waitFor();
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await dialog.getByText(/Say why/).waitFor();
  await dialog.getByLabel('Reason').fill('Patient can only come after work; Dana agreed.');
  await screenshot(page, 'frontdesk-calendar-override');
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await appointment(page, /5:30\s*Avery Johnson/).waitFor();
});

it("another desk's booking appears without a reload", async () => {
  const day = futureWednesday(3);
  const watcher = await openPage();
  const booker = await openPage();
  await openCalendarOn(watcher, day);
  await openCalendarOn(booker, day);
  // Nothing at 11:00 yet in either browser.
  expect(await appointment(watcher, /11:00\s*Avery Johnson/).count()).toBe(0);

  await clickSlot(booker, PROVIDER, `${day}T11:00`);
  const dialog = await fillBooking(booker, 'Psychotherapy 45 min (45 min)');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const started = Date.now();
  await appointment(watcher, /11:00\s*Avery Johnson/).waitFor({ timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
  await screenshot(watcher, 'frontdesk-calendar-live');
});

it("another desk's time off appears without a reload", async () => {
  const day = futureWednesday(10);
  const watcher = await openPage();
  const booker = await openPage();
  await openCalendarOn(watcher, day);
  await openCalendarOn(booker, day);

  await booker.getByRole('button', { name: 'Time off', exact: true }).click();
  const form = booker.getByRole('dialog', { name: 'Time off' }).getByRole('form', { name: 'Add time off' });
  await form.getByLabel('Provider').selectOption({ label: PROVIDER });
  await form.getByLabel('First day').fill(day);
  await form.getByLabel('Last day').fill(day);
  await form.getByLabel('Reason').fill('Board exam');
  await form.getByRole('button', { name: 'Add time off' }).click();

  await watcher.getByRole('button', { name: /Time off — Board exam/ }).waitFor({ timeout: 5_000 });
  await screenshot(watcher, 'frontdesk-calendar-time-off-live');
});

it('books a weekly series of four visits and shows each of them on the calendar', async () => {
  const page = await openPage();
  const first = futureWednesday(4);
  await openCalendarOn(page, first);

  await clickSlot(page, PROVIDER, `${first}T10:00`);
  const dialog = await fillBooking(page, 'Psychotherapy 45 min (45 min)');
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly on Wednesday' });
  await dialog.getByLabel('Number of visits').fill('4');
  // The form previews the series before it is booked.
  await dialog.getByText(/^4 visits, the last on /).waitFor();
  await screenshot(page, 'frontdesk-calendar-recurring-form');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // One visit on each of the four Wednesdays, each marked as part of a series.
  for (let week = 0; week < 4; week++) {
    await goToDay(page, futureWednesday(4 + week));
    const visit = appointment(page, /10:00\s*Avery Johnson/);
    await visit.waitFor();
    expect(await visit.getByRole('img', { name: 'Recurring' }).count()).toBe(1);
  }
  // And none on the fifth.
  await goToDay(page, futureWednesday(8));
  expect(await appointment(page, /10:00\s*Avery Johnson/).count()).toBe(0);
});

it('offers the next free times when the provider is busy, and books the one picked', async () => {
  const page = await openPage();
  const day = futureWednesday(9);
  await openCalendarOn(page, day);

  await clickSlot(page, PROVIDER, `${day}T10:00`);
  const first = await fillBooking(page, 'Psychotherapy 45 min (45 min)');
  await first.getByRole('button', { name: 'Book appointment' }).click();
  await first.waitFor({ state: 'hidden' });
  await appointment(page, /10:00\s*Avery Johnson/).waitFor();

  // Another visit asked for at 10:00, which is taken.
  await clickSlot(page, PROVIDER, `${day}T09:00`);
  const second = await fillBooking(page, 'Psychotherapy 45 min (45 min)');
  await second.getByLabel('Start time').fill('10:00');
  await second.getByRole('button', { name: 'Book appointment' }).click();
  const alert = second.getByRole('alert');
  await alert.getByText(/Dana Reyes, LCSW already has an appointment .*10:00\s*–\s*10:45\s*AM/).waitFor();
  // The provider's next free times for the same type and length, from the time asked for.
  const freeTimes = alert.getByRole('button', { name: /^Use .* with Dana Reyes, LCSW$/ });
  await freeTimes.first().waitFor();
  expect(await freeTimes.count()).toBeGreaterThanOrEqual(3);
  expect(await freeTimes.first().getAttribute('aria-label')).toMatch(/10:45\s*–\s*11:30\s*AM/);
  await screenshot(page, 'frontdesk-calendar-conflict-free-times');

  // One click fills the time in; the booking then goes through.
  await freeTimes.first().click();
  expect(await second.getByLabel('Start time').inputValue()).toBe('10:45');
  await second.getByRole('button', { name: 'Book appointment' }).click();
  await second.waitFor({ state: 'hidden' });
  await appointment(page, /10:45\s*Avery Johnson/).waitFor();
});
