// A subject builds a development plan from their report in a real browser, checks in, and shares it;
// their line manager then reads it. axe-core checks each page, including the form showing its problems.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn } from './harness.mjs'

const session = useDemoServerAndBrowser()

// Signs in as this person and waits for their home page.
async function signInAs (email, role) {
  const page = await signInOn(session, email, role)
  await page.getByRole('heading', { name: 'Your feedback' }).waitFor()
  return page
}

test('a subject builds a plan from their report, checks in and shares it with their line manager', async () => {
  // A subject of the published cycle with a line manager and no plan yet.
  const [subjectEmail, subjectName, managerEmail, managerName] = execFileSync('sqlite3', ['-separator', '|',
    session.server.database,
    'SELECT p.email, p.name, m.email, m.name FROM cycle_subjects cs JOIN cycles c ON c.id = cs.cycle_id ' +
    "JOIN people p ON p.id = cs.person_id JOIN people m ON m.id = p.line_manager_id WHERE c.state = 'published' " +
    'AND NOT EXISTS (SELECT 1 FROM development_plans d WHERE d.cycle_id = c.id AND d.person_id = p.id) ' +
    'ORDER BY p.id LIMIT 1'], { encoding: 'utf8' }).trim().split('|')
  assert.ok(subjectEmail, 'the demo has a subject without a plan')

  const page = await signInAs(subjectEmail, 'participant')
  await page.getByRole('link', { name: 'Your development plan' }).first().click()
  await page.getByRole('heading', { name: 'Your development plan' }).waitFor()
  await page.getByText('Your report suggests starting with:').waitFor()
  await checkAccessibility(page)

  await page.getByRole('link', { name: 'Start your plan' }).click()
  await page.getByRole('heading', { name: 'Start your development plan' }).waitFor()
  await checkAccessibility(page)
  const area = await page.locator('input[name="focus"]:checked').first().getAttribute('value')
  assert.ok(area, "the report's first suggestion is ticked")
  // Its fields show under it; with nothing written the form says what to fix and keeps what was chosen.
  await page.locator(`input[name="micro-${area}"]`).first().check()
  await page.getByRole('button', { name: 'Save your plan' }).click()
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  assert.ok(await page.locator(`input[name="micro-${area}"]`).first().isChecked(), 'the choice is kept')
  // Every suggestion starts ticked: this subject keeps the first and unticks the others.
  const ticked = await page.locator('input[name="focus"]:checked').evaluateAll((boxes) => boxes.map((box) => box.id))
  for (const id of ticked.slice(1)) await page.locator(`#${id}`).uncheck()
  await page.locator(`#goal-${area}`).fill('In the meetings I chair, others speak before I do.')
  await page.getByRole('button', { name: 'Save your plan' }).click()
  await page.getByText('Your plan is saved.').waitFor()
  await page.getByText('In the meetings I chair, others speak before I do.').waitFor()
  await checkAccessibility(page)

  await page.getByLabel('What you did').fill('Asked for views before giving mine at Monday\'s meeting.')
  await page.getByLabel('What you learned (optional)').fill('Two people spoke who rarely do.')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await page.getByText('Your check-in is saved.').waitFor()
  await page.getByText('Two people spoke who rarely do.').waitFor()

  await page.getByRole('button', { name: `Share with ${managerName}` }).click()
  await page.getByText('Your line manager can now read your plan.').waitFor()
  await checkAccessibility(page)

  const manager = await signInAs(managerEmail, 'line-manager')
  await manager.getByRole('heading', { name: 'Development plans shared with you' }).waitFor()
  await manager.locator('a[href*="/plans/"]', { hasText: subjectName }).click()
  await manager.getByRole('heading', { name: `${subjectName}'s development plan` }).waitFor()
  await manager.getByText('In the meetings I chair, others speak before I do.').waitFor()
  assert.equal(await manager.getByRole('button', { name: 'Save check-in' }).count(), 0, 'the manager only reads')
  await checkAccessibility(manager)
})
