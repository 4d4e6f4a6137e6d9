// An admin's journey in a real browser: first sign-in by link, create a cycle, see progress, read the
// organisation heatmap, sign out.
// axe-core checks every page these tests reach, including pages showing errors.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility } from './harness.mjs'

const session = useDemoServerAndBrowser()

test('an admin signs in by link, creates a cycle, sees progress and signs out', async () => {
  const page = await (await session.browser.newContext()).newPage()
  await page.goto(`${session.server.base}${session.server.adminPath}`)
  await page.getByRole('heading', { name: 'Choose a password' }).waitFor()
  await checkAccessibility(page)

  // A password that is too short is explained, and nothing is lost.
  await page.getByLabel('Password', { exact: true }).fill('too short')
  await page.getByLabel('Type the password again').fill('too short')
  await page.getByRole('button', { name: 'Save password and sign in' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Password', { exact: true }).fill('a long and memorable passphrase')
  await page.getByLabel('Type the password again').fill('a long and memorable passphrase')
  await page.getByRole('button', { name: 'Save password and sign in' }).click()

  await page.getByRole('heading', { name: 'Feedback cycles' }).waitFor()
  await checkAccessibility(page)

  await page.getByRole('button', { name: 'Create a cycle' }).click()
  await page.getByRole('heading', { name: 'Create a feedback cycle' }).waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Name').fill('Senior leaders 2027')
  await page.getByRole('button', { name: 'Create cycle' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  assert.equal(await page.getByLabel('Name').inputValue(), 'Senior leaders 2027', 'what was typed is kept')

  await page.getByLabel('Leadership in Action').check()
  const opens = page.getByRole('group', { name: 'Opens on' })
  await opens.getByLabel('Day').fill('1')
  await opens.getByLabel('Month').fill('3')
  await opens.getByLabel('Year').fill('2027')
  const closes = page.getByRole('group', { name: 'Closes on' })
  await closes.getByLabel('Day').fill('29')
  await closes.getByLabel('Month').fill('3')
  await closes.getByLabel('Year').fill('2027')
  await page.getByRole('button', { name: 'Create cycle' }).click()
  await page.getByText('The cycle is created as a draft').waitFor()
  await checkAccessibility(page)

  await page.getByRole('link', { name: 'Cycles' }).click()
  await page.getByRole('link', { name: 'Team leaders 360, winter 2026' }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()
  assert.ok(await page.getByText(/Under 3/).first().isVisible(), 'groups under their minimum are flagged')
  await checkAccessibility(page)

  // The published cycle's organisation heatmap, with a minimum that is too small, then a good one.
  await page.getByRole('link', { name: 'Cycles' }).click()
  await page.getByRole('link', { name: 'Leadership 360, autumn 2026' }).click()
  await page.getByRole('link', { name: 'Organisation heatmap' }).click()
  await page.getByRole('heading', { name: 'Organisation heatmap' }).waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Fewest people behind a figure').fill('2')
  await page.getByRole('button', { name: 'Show' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Fewest people behind a figure').fill('6')
  await page.getByRole('button', { name: 'Show' }).click()
  await page.getByText('at least 6 people').waitFor()
  assert.ok(await page.getByRole('rowheader', { name: 'Whole organisation' }).isVisible())

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByText('You have signed out.').waitFor()
  await checkAccessibility(page)
  await page.goto(`${session.server.base}/admin`)
  await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor()
})
