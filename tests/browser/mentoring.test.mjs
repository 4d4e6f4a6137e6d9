// Mentoring in a real browser: someone says what they want from mentoring on their own page, an admin changes
// a pair on the matching page (seeing what it costs) and confirms, and a mentee then sees their mentor and why
// on their home page. axe-core checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn, sqlOn } from './harness.mjs'

const session = useDemoServerAndBrowser()
const sql = (statement) => sqlOn(session, statement)
const signInAs = (email, role) => signInOn(session, email, role)

test('someone says on their own page that they would like a mentor, and in what', async () => {
  const cycle = sql("SELECT id FROM cycles WHERE state = 'published' ORDER BY id LIMIT 1")
  const email = sql(`SELECT p.email FROM people p JOIN cycle_subjects s ON s.person_id = p.id WHERE s.cycle_id = ${cycle} ` +
    'ORDER BY p.id DESC LIMIT 1')
  const person = await signInAs(email, 'participant')
  await person.getByRole('link', { name: /Say whether you would like a mentor/ }).click()
  await person.getByRole('heading', { name: 'Mentoring', exact: true }).waitFor()
  await checkAccessibility(person)
  // Nothing chosen: the form says what is missing and keeps the capacity typed.
  await person.getByLabel('How many people could you mentor?').fill('12')
  await person.getByRole('button', { name: 'Save' }).click()
  await person.getByText('Say whether you would like a mentor').first().waitFor()
  assert.equal(await person.getByLabel('How many people could you mentor?').inputValue(), '12')
  await checkAccessibility(person)
  await person.getByLabel('Yes').check()
  await person.locator('input[name="develop"]').first().check()
  await person.getByLabel('How many people could you mentor?').fill('1')
  await person.getByRole('button', { name: 'Save' }).click()
  await person.getByText('Saved.').waitFor()
  const kept = sql(`SELECT wants_mentor || ':' || capacity FROM mentoring_choices WHERE cycle_id = ${cycle}`)
  assert.equal(kept, '1:1')
})

test('an admin changes a pair, sees what it costs, confirms, and a mentee sees their mentor', async () => {
  const cycle = sql("SELECT id FROM cycles WHERE state = 'published' ORDER BY id LIMIT 1")
  const admin = await signInAs('mentoring.admin@demo-council.example', 'admin')
  await admin.goto(`${session.server.base}/admin/cycles/${cycle}`)
  await admin.getByRole('link', { name: 'Mentor matching' }).click()
  await admin.getByRole('heading', { name: 'Mentor matching' }).waitFor()
  await checkAccessibility(admin)
  await admin.getByRole('link', { name: /^Change/ }).first().click()
  await admin.getByRole('heading', { name: /Another mentor for/ }).waitFor()
  await checkAccessibility(admin)
  const choices = admin.locator('input[name="keep"][type="radio"]')
  assert.ok(await choices.count() >= 2, 'more than one mentor to choose from')
  const other = (await choices.first().isChecked()) ? choices.nth(1) : choices.first()
  await other.check()
  await admin.getByRole('button', { name: 'Use this mentor' }).click()
  await admin.getByText('You chose 1 of these pairs yourself').waitFor()
  await admin.getByText('Your choice').first().waitFor()
  await checkAccessibility(admin)
  await admin.getByRole('button', { name: 'Confirm these pairs and tell people' }).click()
  await admin.getByText('pairs confirmed').waitFor()
  await checkAccessibility(admin)

  const [email, mentorName] = sql('SELECT e.email, m.name FROM mentor_pairs p JOIN people e ON e.id = p.mentee_id ' +
    `JOIN people m ON m.id = p.mentor_id WHERE p.cycle_id = ${cycle} ORDER BY p.mentee_id LIMIT 1`).split('|')
  assert.ok(email, 'the confirmed matching has pairs')
  const mentee = await signInAs(email, 'participant')
  await mentee.getByRole('heading', { name: 'Mentoring', exact: true }).waitFor()
  await mentee.getByText(mentorName).first().waitFor()
  await checkAccessibility(mentee)
})
