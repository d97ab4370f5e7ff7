import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, screenshot, signIn } from './browser';

/**
 * Each app, as its people use it: sign in through the app's own page and see its first screen
 * with the demo practice's data. Screenshots land in e2e/screenshots/ for a human look.
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterEach(() => page.close());

it('the front desk signs in and finds a patient by name', async () => {
  await signIn(page, 'frontdesk', 'frontdesk@riverbend.test');
  await page.getByRole('heading', { name: 'Patients' }).waitFor();
  await page
    .getByLabel(/search/i)
    .first()
    .fill('Johnson');
  await page
    .getByRole('cell', { name: /Johnson/ })
    .first()
    .waitFor();
  await screenshot(page, 'frontdesk-patients');
});

it('a clinician signs in and sees their own patients', async () => {
  await signIn(page, 'clinician', 'clinician@riverbend.test');
  await page.getByRole('heading', { name: 'My day' }).waitFor();
  await page.getByRole('link', { name: 'My patients' }).click();
  await page.getByRole('heading', { name: 'My patients' }).waitFor();
  await page.getByText(/Avery/).first().waitFor();
  await screenshot(page, 'clinician-my-patients');
});

it('a biller signs in and sees patient accounts with insurance', async () => {
  await signIn(page, 'billing', 'biller@riverbend.test');
  await page.getByRole('heading', { name: 'Patient accounts' }).waitFor();
  await page
    .getByText(/Blue Cross|Aetna|UnitedHealthcare|Medicare|Medicaid/)
    .first()
    .waitFor();
  await screenshot(page, 'billing-accounts');
});

it('a patient signs in to the portal and sees their own profile', async () => {
  await signIn(page, 'portal', 'patient@riverbend.test');
  await page.getByRole('heading', { name: 'My profile' }).waitFor();
  await page.getByText(/Avery/).first().waitFor();
  await screenshot(page, 'portal-profile');
});

it('a biller is turned away from the clinician workspace and pointed to the billing workbench', async () => {
  await signIn(page, 'clinician', 'biller@riverbend.test');
  await page
    .getByText(/Clinician workspace/)
    .first()
    .waitFor();
  const link = page.getByRole('link', { name: /Billing workbench/ });
  await link.waitFor();
  expect(await link.getAttribute('href')).toContain('/billing/');
  expect(await page.getByRole('heading', { name: 'My patients' }).count()).toBe(0);
  await screenshot(page, 'clinician-wrong-role');
});

it("a wrong password shows the server's message and stays on the sign-in page", async () => {
  await page.goto(`${BASE_URL}/frontdesk/`);
  await page.getByLabel('Email').fill('frontdesk@riverbend.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(/Sign-in failed/).waitFor();
});

it("the practice manager sets the practice's own reliable-change norms for the PHQ-9, then puts the default back", async () => {
  await signIn(page, 'frontdesk', 'manager@riverbend.test');
  await page.getByRole('link', { name: 'Practice' }).first().click();
  await page.getByRole('tab', { name: 'Outcome measure norms' }).click();
  const phq9 = page.getByRole('table', { name: 'Reliable change norms' }).getByRole('row').filter({ hasText: 'PHQ-9' });
  await phq9.getByText('6.1 points').waitFor();

  await phq9.getByRole('button', { name: 'Edit norms for PHQ-9' }).click();
  const form = page.getByRole('form', { name: 'Norms for PHQ-9' });
  await form.getByRole('textbox', { name: 'SD of baseline totals' }).fill('7');
  await form.getByRole('textbox', { name: 'Reliability' }).fill('0.8');
  await form.getByRole('button', { name: 'Save norms' }).click();
  // 1.96 × 7 × √(2 × 0.2) = 8.68
  await phq9.getByText('8.7 points').waitFor({ timeout: 10_000 });
  await phq9.getByText('Practice', { exact: true }).waitFor();
  await screenshot(page, 'frontdesk-practice-norms');

  await phq9.getByRole('button', { name: 'Use the default norms for PHQ-9' }).click();
  await phq9.getByText('6.1 points').waitFor({ timeout: 10_000 });
  await phq9.getByText('Default', { exact: true }).waitFor();
});
