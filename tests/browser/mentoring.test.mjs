// Mentoring in a real browser: an admin confirms the matching from the page, and a mentee then sees their
// mentor and why on their home page. axe-core checks each page.
import { test } from 'node:test'
import { execFileSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility } from './harness.mjs'

const session = useDemoServerAndBrowser()

function sql (statement) {
  return execFileSync('sqlite3', ['-separator', '|', session.server.database, statement], { encoding: 'utf8' }).trim()
}

async function signInAs (email, role) {
  const added = execFileSync(process.env.LEADLINE_BIN, ['users', 'add', '--db', session.server.database, '--email',
    email, '--role', role, '--base-url', session.server.base], { encoding: 'utf8' })
  const link = added.split('\n').find((line) => line.includes('/sign-in/')).trim()
  const page = await (await session.browser.newContext()).newPage()
  await page.goto(link)
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase')
  await page.getByLabel('Type the password again').fill('a long enough passphrase')
  await page.getByRole('button', { name: 'Save password and sign in' }).click()
  return page
}

test('an admin confirms the mentoring pairs and a mentee sees their mentor', async () => {
  const cycle = sql("SELECT id FROM cycles WHERE state = 'published' ORDER BY id LIMIT 1")
  const admin = await signInAs('mentoring.admin@demo-council.example', 'admin')
  await admin.goto(`${session.server.base}/admin/cycles/${cycle}`)
  await admin.getByRole('link', { name: 'Mentor matching' }).click()
  await admin.getByRole('heading', { name: 'Mentor matching' }).waitFor()
  await checkAccessibility(admin)
  await admin.getByRole('button', { name: 'Confirm these pairs and tell people' }).click()
  await admin.getByText('pairs confirmed').waitFor()
  await checkAccessibility(admin)

  const [email, mentorName] = sql('SELECT e.email, m.name FROM mentor_pairs p JOIN people e ON e.id = p.mentee_id ' +
    `JOIN people m ON m.id = p.mentor_id WHERE p.cycle_id = ${cycle} ORDER BY p.mentee_id LIMIT 1`).split('|')
  assert.ok(email, 'the confirmed matching has pairs')
  const mentee = await signInAs(email, 'participant')
  await mentee.getByRole('heading', { name: 'Mentoring' }).waitFor()
  await mentee.getByText(mentorName).first().waitFor()
  await checkAccessibility(mentee)
})
