// A whole organisation's 360 in a real browser, on a demo council of 5,000 people: an admin creates a cycle
// whose rater lists line managers approve, adds 2,000 subjects by pasting their addresses, opens it,
// narrows progress to subjects who asked too few and chases them; then a line manager approves a list.
// axe-core checks every page these tests reach.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { useDemoServerAndBrowser, checkAccessibility } from './harness.mjs'

const session = useDemoServerAndBrowser({ people: 5000 })

// The sign-in link printed by `leadline users add`, as a path on the running server.
function signInPath (email, role) {
  const added = execFileSync(process.env.LEADLINE_BIN, ['users', 'add', '--db', session.server.database, '--email',
    email, '--role', role, '--base-url', 'http://base.invalid'], { encoding: 'utf8' })
  return added.split('\n').find((line) => line.includes('/sign-in/')).trim().replace('http://base.invalid', '')
}

async function signIn (path, password) {
  const page = await (await session.browser.newContext()).newPage()
  await page.goto(`${session.server.base}${path}`)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByLabel('Type the password again').fill(password)
  await page.getByRole('button', { name: 'Save password and sign in' }).click()
  return page
}

test('an HR admin runs a 360 for 2,000 subjects and a line manager approves a rater list', async () => {
  const page = await signIn(session.server.adminPath, 'a long and memorable passphrase')
  await page.getByRole('heading', { name: 'Feedback cycles' }).waitFor()

  await page.getByRole('button', { name: 'Create a cycle' }).click()
  await page.getByLabel('Name').fill('Whole council 2027')
  await page.getByLabel('Leadership in Action').check()
  const opens = page.getByRole('group', { name: 'Opens on' })
  await opens.getByLabel('Day').fill('1')
  await opens.getByLabel('Month').fill('2')
  await opens.getByLabel('Year').fill('2027')
  const closes = page.getByRole('group', { name: 'Closes on' })
  await closes.getByLabel('Day').fill('26')
  await closes.getByLabel('Month').fill('2')
  await closes.getByLabel('Year').fill('2027')
  await page.getByLabel('Yes, their line manager (or the HR team)').check()
  await page.getByRole('button', { name: 'Create cycle' }).click()
  await page.getByText('The cycle is created as a draft').waitFor()

  // 2,000 people from the directory as HR would have them in a spreadsheet: their addresses, pasted.
  const directory = (await (await page.request.get(`${session.server.base}/admin/people.csv`)).text()).trim().split('\r\n')
  const columns = directory[0].split(',')
  const rows = directory.slice(1).map((line) => line.split(','))
  const email = columns.indexOf('email')
  const manager = columns.indexOf('manager_email')
  const chosen = rows.slice(0, 2000).map((row) => row[email])
  await page.getByRole('link', { name: 'choose a unit, or paste a list of email addresses' }).click()
  await page.getByRole('heading', { name: 'Add several subjects' }).waitFor()
  await checkAccessibility(page)
  // One address mistyped: nothing is added, the line is named, and the list is kept to correct.
  await page.getByLabel('Email addresses').fill(chosen.slice(0, 1999).join('\n') + '\nnobody@nowhere.example')
  await page.getByRole('button', { name: 'Continue with these addresses' }).click()
  await page.getByText('1 address cannot be added; nobody was added').first().waitFor()
  assert.ok(await page.getByRole('cell', { name: 'nobody@nowhere.example' }).isVisible())
  assert.ok(await page.getByRole('cell', { name: '2000', exact: true }).isVisible(), 'the line is named')
  await checkAccessibility(page)
  const typed = await page.getByLabel('Email addresses').inputValue()
  await page.getByLabel('Email addresses').fill(typed.replace('nobody@nowhere.example', chosen[1999]))
  await page.getByRole('button', { name: 'Continue with these addresses' }).click()
  await page.getByRole('heading', { name: 'Add 2,000 people as subjects?' }).waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: 'Add 2,000 people' }).click()
  await page.getByText('The subjects are added').waitFor()
  assert.ok(await page.getByText(/^2000 subjects;/).isVisible(), 'the cycle counts its 2,000 subjects')
  await checkAccessibility(page)

  // Opened early, after a warning.
  await page.getByRole('button', { name: 'Open the cycle' }).click()
  await page.getByRole('button', { name: /^Open the cycle now/ }).click()
  await page.getByText('The cycle is open').waitFor()

  // Narrowed to subjects who have asked too few raters, then chased.
  await page.getByRole('link', { name: /^Too few asked \(\d+\)$/ }).click()
  await page.getByRole('heading', { name: 'Progress' }).waitFor()
  assert.match(await page.getByRole('strong').filter({ hasText: /^Too few asked/ }).innerText(), /Too few asked \(\d+\)/)
  await checkAccessibility(page)
  await page.getByRole('link', { name: 'See who to chase' }).click()
  await page.getByRole('heading', { name: 'Who to chase' }).waitFor()
  // Nobody is nudged while their welcome email still waits; once the mail relay has taken the outbox (as
  // `leadline outbox send` does), everyone still choosing can be.
  assert.ok(await page.getByText(/0 can be nudged now/).isVisible())
  execFileSync('sqlite3', [session.server.database, 'UPDATE outbox SET sent_at = created_at WHERE sent_at IS NULL'])
  await page.reload()
  await page.getByRole('button', { name: /^Nudge \d+ subjects?$/ }).click()
  await page.getByText('Nudges are in the outbox').waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: /^Remind \d+ raters?$/ }).click()
  await page.getByText('Reminders are in the outbox').waitFor()
  await checkAccessibility(page)

  // A line manager who is not a subject signs in; one of their team's lists waits for them.
  const subject = rows.slice(0, 2000).find((row) => row[manager] && !chosen.includes(row[manager]))
  const manages = await signIn(signInPath(subject[manager], 'line-manager'), 'a line manager passphrase')
  await manages.getByRole('heading', { name: 'Your feedback' }).waitFor()
  await manages.getByRole('link', { name: /rater lists? waits? for your approval/ }).click()
  await manages.getByRole('heading', { name: 'Rater lists to approve' }).waitFor()
  await checkAccessibility(manages)
  const name = rows.find((row) => row[email] === subject[email])[columns.indexOf('name')]
  const approve = manages.getByRole('button', { name: `Approve ${name}'s list` })
  const waiting = await approve.count()
  await approve.first().click()
  await manages.getByText('The list is approved').waitFor()
  await checkAccessibility(manages)
  assert.equal(await approve.count(), waiting - 1, 'it waits no more')
})
