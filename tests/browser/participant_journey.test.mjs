// A participant's journey in a real browser: sign in by link, read last cycle's report, find a colleague in the directory, ask
// them for feedback, ask a partner by email, and open the self-assessment. axe-core checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { useDemoServerAndBrowser, checkAccessibility } from './harness.mjs'

const session = useDemoServerAndBrowser()

test('a participant nominates raters and opens their self-assessment', async () => {
  const added = execFileSync(process.env.LEADLINE_BIN, ['users', 'add', '--db', session.server.database, '--email',
    session.server.subjectEmail, '--role', 'participant', '--base-url', session.server.base], { encoding: 'utf8' })
  const link = added.split('\n').find((line) => line.includes('/sign-in/')).trim()
  const page = await (await session.browser.newContext()).newPage()
  await page.goto(link)
  await page.getByLabel('Password', { exact: true }).fill('my own long passphrase')
  await page.getByLabel('Type the password again').fill('my own long passphrase')
  await page.getByRole('button', { name: 'Save password and sign in' }).click()
  await page.getByRole('heading', { name: 'Your feedback' }).waitFor()
  await checkAccessibility(page)

  // Their report from the published cycle: the chart, its table, and where to focus.
  await page.getByRole('link', { name: 'Read your report' }).click()
  await page.getByRole('heading', { name: /360 feedback report/ }).waitFor()
  assert.ok(await page.getByRole('img', { name: /others' mean/ }).isVisible(), 'the chart is there and named')
  assert.ok(await page.getByRole('table', { name: 'Scores by attribute' }).isVisible())
  await page.getByRole('heading', { name: 'Where to focus' }).waitFor()
  await checkAccessibility(page)
  // On paper (or a PDF from the browser's print), every section is there and none of the site's chrome.
  await page.emulateMedia({ media: 'print' })
  assert.ok(!(await page.getByRole('navigation', { name: 'Your pages' }).isVisible()), 'no navigation printed')
  assert.ok(!(await page.getByRole('button', { name: 'Sign out' }).isVisible()), 'no sign-out button printed')
  assert.ok(await page.getByRole('table', { name: /scores by rater group/ }).first().isVisible(),
    'the sections by rater group print though closed on screen')
  await page.emulateMedia({ media: 'screen' })
  assert.ok(!(await page.getByRole('table', { name: /scores by rater group/ }).first().isVisible()),
    'and stay closed on screen')
  await page.getByRole('link', { name: 'Back', exact: true }).click()
  await page.getByRole('heading', { name: 'Your feedback' }).waitFor()

  await page.getByRole('link', { name: 'Team leaders 360, winter 2026' }).click()
  await page.getByRole('heading', { name: 'Who you have asked' }).waitFor()
  await checkAccessibility(page)

  // Find a colleague by name and ask them as a peer.
  await page.getByLabel('Search the people directory by name or email').fill(session.server.colleagueName.split(' ')[1])
  await page.getByRole('button', { name: 'Search' }).click()
  await checkAccessibility(page)
  await page.getByRole('link', { name: `ask ${session.server.colleagueName}` }).first().click()
  assert.equal(await page.getByLabel('Their email address').inputValue(), session.server.colleagueEmail)
  await page.getByLabel('A peer: someone I work alongside').check()
  await page.getByRole('button', { name: 'Ask for feedback' }).click()
  await page.getByText('Your request is saved').waitFor()
  await checkAccessibility(page)

  // A partner outside the organisation, by email; a mistake first.
  await page.getByLabel('Their email address').fill('chair@charity.example')
  await page.getByRole('button', { name: 'Ask for feedback' }).click()
  await page.getByText('Say who they are to you').first().waitFor()
  await checkAccessibility(page)
  assert.equal(await page.getByLabel('Their email address').inputValue(), 'chair@charity.example')
  await page.getByLabel('A partner from another organisation').check()
  await page.getByRole('button', { name: 'Ask for feedback' }).click()
  await page.getByText('Your request is saved').waitFor()
  assert.ok(await page.getByText('chair@charity.example').isVisible())

  // The page where line managers approve rater lists: nothing waits for this participant.
  await page.goto(`${session.server.base}/me/approvals`)
  await page.getByText('No lists are waiting for you').waitFor()
  await checkAccessibility(page)
  await page.goBack()

  await page.getByRole('button', { name: 'Rate yourself' }).click()
  await page.getByRole('heading', { name: 'Your self-assessment' }).waitFor()
})
