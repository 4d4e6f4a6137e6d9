// An admin's journey in a real browser: first sign-in by link, create a cycle, see progress, read the
// organisation heatmap, sign out.
// axe-core checks every page these tests reach, including pages showing errors.
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
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

  // A draft's settings can still change; here its rater lists are to be approved by line managers.
  await page.getByRole('link', { name: 'Change the settings or dates' }).click()
  await page.getByRole('heading', { name: "Change the cycle's settings" }).waitFor()
  assert.equal(await page.getByLabel('Name').inputValue(), 'Senior leaders 2027', 'the saved settings fill the form')
  await checkAccessibility(page)
  await page.getByLabel('Yes, their line manager (or the HR team)').check()
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.getByText("The cycle's settings are saved").waitFor()
  assert.ok(await page.getByText("Each subject's line manager, or the HR team").isVisible())

  await page.getByRole('link', { name: 'Cycles' }).click()
  await page.getByRole('link', { name: 'Team leaders 360, winter 2026' }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()
  assert.ok(await page.getByText(/Under 3/).first().isVisible(), 'groups under their minimum are flagged')
  await checkAccessibility(page)

  // Narrowed to one department, furthest behind first; the choices stay chosen.
  await page.getByLabel('Unit (and the units below it)').selectOption('Adult Social Care')
  await page.getByLabel('Order').selectOption('standing')
  await page.getByRole('button', { name: 'Show subjects' }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()
  assert.match(await page.getByLabel('Unit (and the units below it)').inputValue(), /^Adult Social Care$/)
  assert.equal(await page.getByLabel('Order').inputValue(), 'standing')
  await checkAccessibility(page)

  // Chasing: subjects still choosing get a nudge; the page says when.
  await page.getByRole('link', { name: 'See who to chase' }).click()
  await page.getByRole('heading', { name: 'Who to chase' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: /^Nudge \d+ subjects?$/ }).click()
  await page.getByText('Nudges are in the outbox').waitFor()
  assert.ok(await page.getByText(/an email is waiting to be sent/).first().isVisible(), 'when each was nudged')
  await checkAccessibility(page)
  await page.getByRole('link', { name: 'Back to the cycle' }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()

  // One subject's raters; withdrawing one asks first, and going back changes nothing.
  await page.locator('table.govuk-table tbody th a.govuk-link').first().click()
  await page.getByRole('table', { name: 'Who was asked' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: /^Withdraw/ }).first().click()
  await page.getByText('Their answers cannot be brought back.').waitFor()
  await checkAccessibility(page)
  await page.getByRole('link', { name: 'Cancel and go back to the cycle' }).click()
  await page.getByRole('table', { name: 'Who was asked' }).waitFor()
  await page.getByRole('link', { name: 'Back to the cycle' }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()

  // Closing early asks first; the closed cycle reopens with a later closing date; publishing asks first.
  await page.getByRole('button', { name: 'Close the cycle' }).click()
  await page.getByRole('heading', { name: 'Close the cycle before its closing date?' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: 'Close the cycle now' }).click()
  await page.getByText('The cycle is closed').waitFor()
  await page.getByRole('link', { name: 'Reopen the cycle with a new closing date' }).click()
  await page.getByRole('heading', { name: 'Reopen the cycle' }).waitFor()
  await checkAccessibility(page)
  const closing = page.getByRole('group', { name: 'New closing date' })
  await closing.getByLabel('Day').fill('31')
  await closing.getByLabel('Month').fill('2')
  await closing.getByLabel('Year').fill('2027')
  await page.getByRole('button', { name: 'Reopen the cycle until this date' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  assert.equal(await closing.getByLabel('Month').inputValue(), '2', 'what was typed is kept')
  await closing.getByLabel('Day').fill('26')
  await page.getByRole('button', { name: 'Reopen the cycle until this date' }).click()
  await page.getByText('The closing date is changed').waitFor()
  assert.ok(await page.getByText('26 February 2027').first().isVisible(), 'the new closing date is shown')
  await page.getByRole('button', { name: 'Close the cycle' }).click()
  await page.getByRole('button', { name: 'Close the cycle now' }).click()
  await page.getByRole('button', { name: 'Publish the reports' }).click()
  await page.getByRole('heading', { name: 'Publish the reports?' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: 'Publish the reports' }).click()
  await page.getByText('The reports are published').waitFor()
  await checkAccessibility(page)

  // Every report of the newly published cycle, as one ZIP to keep.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download every report (ZIP)' }).click()
  ])
  assert.match(download.suggestedFilename(), /^reports-cycle-\d+\.zip$/)
  const zip = readFileSync(await download.path())
  assert.equal(zip.subarray(0, 4).toString('binary'), 'PK\x03\x04', 'a ZIP file')
  assert.ok(zip.includes('figures.csv'), 'with the figures')

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

  // The organisation's details: a problem is shown beside what was typed, then they are saved.
  await page.getByRole('link', { name: 'Organisation' }).click()
  await page.getByRole('heading', { name: 'Your organisation' }).waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Name of your organisation').fill('')
  await page.getByLabel('Web address of your privacy notice (optional)').fill('council.example/privacy')
  await page.getByRole('button', { name: 'Save details' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  assert.equal(await page.getByLabel('Web address of your privacy notice (optional)').inputValue(),
    'council.example/privacy', 'what was typed is kept')
  await page.getByLabel('Name of your organisation').fill('Northshire County Council')
  await page.getByLabel('Web address of your privacy notice (optional)').fill('https://northshire.example/privacy')
  await page.getByRole('button', { name: 'Save details' }).click()
  await page.getByText("Your organisation's details are saved").waitFor()
  await checkAccessibility(page)

  // The outbox: a message sent by hand is marked so, and its text goes.
  await page.getByRole('link', { name: 'Outbox' }).click()
  await page.getByRole('heading', { name: 'Outbox' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: /^Mark as sent/ }).first().click()
  await page.getByText('The message is marked as sent').waitFor()
  await checkAccessibility(page)

  // People: a file with a broken line is refused line by line; the corrected file shows its changes first.
  await page.getByRole('link', { name: 'People' }).click()
  await page.getByRole('heading', { name: 'People', exact: true }).waitFor()
  await checkAccessibility(page)
  const header = 'email,name,unit_path,grade,profession,region,manager_email\n'
  const upload = async (text) => {
    await page.getByLabel('People file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(text) })
    await page.getByRole('button', { name: 'Check the file' }).click()
  }
  await upload(header + 'nia.starter@demo-council.example,Nia Starter,Housing/Repairs,EO,Policy,North,\nnot-an-email,Broken Line,Housing,EO,Policy,North,\n')
  await page.getByText('The file has 1 problem').first().waitFor()
  assert.ok(await page.getByRole('cell', { name: 'email', exact: true }).isVisible(), 'the column is named')
  await checkAccessibility(page)

  // The whole directory as downloaded, less one person who manages nobody, and with one new starter.
  const directory = await (await page.request.get(`${session.server.base}/admin/people.csv`)).text()
  const lines = directory.trim().split('\r\n')
  const leaver = lines.slice(1).find((line) => !directory.includes(',' + line.split(',')[0] + '\r\n'))
  const everyone = lines.filter((line) => line !== leaver).join('\r\n') +
    '\r\nnia.starter@demo-council.example,Nia Starter,Housing/Repairs,EO,Policy,North,\r\n'
  await page.getByLabel('Everyone who works here').check()
  await upload(everyone)
  await page.getByRole('heading', { name: 'Check the changes before you save them' }).waitFor()
  assert.ok(await page.getByText('1 person is not in the file and will be marked as having left').isVisible())
  assert.ok(await page.getByRole('cell', { name: leaver.split(',')[0] }).isVisible(), 'the leaver is named')
  await checkAccessibility(page)
  await page.getByRole('button', { name: 'Save these changes' }).click()
  await page.getByText('The people directory is updated: 1 joined, 1 marked as having left.').waitFor()
  await checkAccessibility(page)

  // Accounts: an HR viewer is invited; the link goes by email, and the account's page says so.
  await page.getByRole('link', { name: 'Accounts' }).click()
  await page.getByRole('heading', { name: 'Accounts' }).waitFor()
  await checkAccessibility(page)
  await page.getByLabel('Email address').fill('people.analyst@demo-council.example')
  await page.getByLabel('HR viewer').check()
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await page.getByText('The invitation is on its way').waitFor()
  await checkAccessibility(page)

  // What was done is in the audit log.
  await page.getByRole('link', { name: 'Audit log' }).click()
  await page.getByRole('heading', { name: 'Audit log' }).waitFor()
  assert.ok(await page.getByRole('cell', { name: 'Marks a waiting email sent by hand' }).first().isVisible())
  await checkAccessibility(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByText('You have signed out.').waitFor()
  await checkAccessibility(page)
  await page.goto(`${session.server.base}/admin`)
  await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor()
})
