// Learning sets in a real browser: an admin forms sets from the page (watching the search's progress),
// checks them and confirms; a member then sees their set and a first meeting on their home page. axe-core
// checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn, sqlOn } from './harness.mjs'

const session = useDemoServerAndBrowser()
const sql = (statement) => sqlOn(session, statement)
const signInAs = (email, role) => signInOn(session, email, role)

test('an admin forms learning sets from the page and confirms them, and a member sees their set', async () => {
  const admin = await signInAs('sets.admin@demo-council.example', 'admin')
  await admin.goto(`${session.server.base}/admin/learning-sets`)
  await admin.getByRole('link', { name: 'Form learning sets' }).click()
  await admin.getByRole('heading', { name: 'Form learning sets' }).waitFor()
  await checkAccessibility(admin)
  // A name forgotten: the problem is said and what was chosen is kept.
  await admin.locator('input[name="cycle"]').first().check()
  await admin.getByRole('button', { name: 'Form and save the sets' }).click()
  await admin.getByText('Give the learning sets a name').first().waitFor()
  assert.ok(await admin.locator('input[name="cycle"]').first().isChecked())
  await checkAccessibility(admin)

  await admin.getByLabel('Name').fill('Spring action learning')
  // Submitted from a script, which reads the progress shown at once (the page is replaced when the sets come).
  const progress = await admin.evaluate(() => {
    const form = document.querySelector('form[data-set-search-progress]')
    form.requestSubmit()
    const shown = form.querySelector('[data-progress]')
    return shown.hidden ? 'hidden' : shown.querySelector('[data-progress-left]').textContent
  })
  assert.match(progress, /^About \d+ seconds? left\.$/)
  await admin.getByRole('heading', { name: 'Spring action learning' }).waitFor({ timeout: 30000 })
  await admin.getByRole('heading', { name: 'Set 1', exact: true }).waitFor()
  await checkAccessibility(admin)
  await admin.getByRole('button', { name: 'Confirm the sets and tell the members' }).click()
  await admin.getByText('The sets are confirmed.').waitFor()
  await checkAccessibility(admin)

  const plan = sql("SELECT id FROM learning_set_plans WHERE name = 'Spring action learning'")
  const email = sql(`SELECT p.email FROM learning_set_members m JOIN people p ON p.id = m.person_id WHERE m.plan_id = ${plan} ` +
    'ORDER BY m.person_id LIMIT 1')
  const told = sql(`SELECT COUNT(*) FROM outbox WHERE kind = 'learning-set' AND to_email = '${email}'`)
  assert.equal(told, '1', 'the member was emailed once')
  const member = await signInAs(email, 'participant')
  await member.getByRole('heading', { name: 'Your learning set' }).waitFor()
  await member.getByRole('heading', { name: /Spring action learning, set/ }).waitFor()
  await member.getByText('A suggested first meeting').click()
  await member.getByText('One member brings a live problem').waitFor()
  await checkAccessibility(member)
})
