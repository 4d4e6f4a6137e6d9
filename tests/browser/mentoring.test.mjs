// Mentoring in a real browser: an admin confirms the matching from the page, and a mentee then sees their
// mentor and why on their home page. axe-core checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn, sqlOn } from './harness.mjs'

const session = useDemoServerAndBrowser()
const sql = (statement) => sqlOn(session, statement)
const signInAs = (email, role) => signInOn(session, email, role)

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
