// A talent review in a real browser: a line manager rates a person on each indicator, is told when a level
// has no evidence, and proposes a box by choosing; the calibration meeting's chair moves a placement,
// is refused without a reason, and records it with one; the fairness page shows its figures. axe-core
// checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn, sqlOn } from './harness.mjs'

const session = useDemoServerAndBrowser()
const sql = (statement) => sqlOn(session, statement)
const signInAs = (email, role) => signInOn(session, email, role)

test('a line manager assesses with evidence and proposes a box by keyboard', async () => {
  const review = sql("SELECT id FROM talent_reviews WHERE stage = 'assessing' ORDER BY id LIMIT 1")
  const [managerEmail, name] = sql('SELECT m.email, p.name FROM talent_review_people t JOIN people p ON p.id = t.person_id ' +
    `JOIN people m ON m.id = t.line_manager_id WHERE t.review_id = ${review} ORDER BY t.person_id LIMIT 1`).split('|')
  const manager = await signInAs(managerEmail, 'line-manager')
  await manager.goto(`${session.server.base}/me/talent`)
  await manager.getByRole('heading', { name: 'Talent reviews' }).waitFor()
  await checkAccessibility(manager)
  await manager.getByRole('link', { name, exact: true }).click()
  await manager.getByRole('heading', { name, exact: true }).waitFor()
  await checkAccessibility(manager)

  // A level with too little evidence is refused; what was typed stays.
  await manager.locator('#level-performance').check()
  await manager.getByLabel('Evidence for Performance').fill('Good.')
  await manager.getByRole('button', { name: 'Save' }).click()
  await manager.getByRole('link', { name: /Performance/ }).first().waitFor()
  assert.equal(await manager.getByLabel('Evidence for Performance').inputValue(), 'Good.')
  await checkAccessibility(manager)

  await manager.getByLabel('Evidence for Performance').fill('Led the winter plan across three teams and met every target in it.')
  // The placement is chosen by keyboard: focus the first box and move with the arrow keys.
  await manager.locator('#placement').focus()
  await manager.keyboard.press('ArrowDown')
  await manager.getByRole('button', { name: 'Save' }).click()
  await manager.getByText('Saved.').waitFor()
  await checkAccessibility(manager)
  const proposed = sql(`SELECT proposed_status FROM talent_review_people WHERE review_id = ${review} ` +
    `AND person_id = (SELECT id FROM people WHERE name = '${name.replace(/'/g, "''")}' LIMIT 1)`)
  assert.equal(proposed, 'placed')
})

test('the meeting moves a placement only with a reason, and the fairness page shows its figures', async () => {
  const review = sql("SELECT id FROM talent_reviews WHERE stage = 'calibrating' ORDER BY id LIMIT 1")
  const admin = await signInAs('talent.admin@demo-council.example', 'admin')
  await admin.goto(`${session.server.base}/admin/talent`)
  await admin.getByRole('heading', { name: 'Talent reviews' }).waitFor()
  await checkAccessibility(admin)
  await admin.goto(`${session.server.base}/admin/talent/${review}`)
  await admin.getByRole('heading', { name: 'The 9-box now' }).waitFor()
  await checkAccessibility(admin)
  // The meeting narrows the list to one line manager's people, placement first.
  await admin.getByLabel('Line manager').selectOption({ index: 1 })
  await admin.getByLabel('Sort by').selectOption('box')
  await admin.getByRole('button', { name: 'Show' }).click()
  await admin.getByText(/Showing \d+ of \d+ people/).waitFor()
  await admin.locator('tbody th a').first().click()
  await admin.getByRole('heading', { name: 'Move in the meeting' }).waitFor()
  await checkAccessibility(admin)

  const options = admin.locator('input[name="placement"]')
  const other = (await options.first().isChecked()) ? options.nth(1) : options.first()
  await other.check()
  await admin.getByLabel('Proposed by').selectOption({ index: 1 })
  await admin.getByRole('button', { name: 'Record the move' }).click()
  await admin.locator('.govuk-error-summary').waitFor()
  await checkAccessibility(admin)
  await admin.getByLabel('Reason').fill('Two reviewers describe delivery beyond the current role this year.')
  await admin.getByRole('button', { name: 'Record the move' }).click()
  await admin.getByText('The move is recorded with its reason.').waitFor()
  const reason = sql(`SELECT reason FROM talent_moves WHERE review_id = ${review} ORDER BY id DESC LIMIT 1`)
  assert.equal(reason, 'Two reviewers describe delivery beyond the current role this year.')

  await admin.getByRole('link', { name: /Fairness by group/ }).click()
  await admin.getByRole('heading', { name: 'Fairness and drift' }).waitFor()
  await admin.getByRole('heading', { name: 'Sex' }).waitFor()
  await admin.getByRole('heading', { name: 'Drift to the middle, by line manager' }).waitFor()
  await checkAccessibility(admin)
})

test('an admin adds someone a closed review placed to a pool and finds them by indicator', async () => {
  const review = sql("SELECT id FROM talent_reviews WHERE stage = 'closed' ORDER BY id LIMIT 1")
  const person = sql(`SELECT t.person_id FROM talent_review_people t WHERE t.review_id = ${review} ` +
    "AND t.now_status = 'placed' AND t.person_id NOT IN (SELECT person_id FROM talent_pool_members) " +
    'ORDER BY t.person_id LIMIT 1')
  const name = sql(`SELECT name FROM people WHERE id = ${person}`)
  const admin = await signInAs('talent.pools@demo-council.example', 'admin')
  await admin.goto(`${session.server.base}/admin/talent/${review}/people/${person}`)
  await admin.getByRole('link', { name: 'Add them to a talent pool, or renew their place' }).click()
  await admin.getByRole('heading', { name: `Add ${name} to a pool` }).waitFor()
  await checkAccessibility(admin)

  // A date that is not a date is refused and what was typed stays.
  await admin.getByLabel('Future Leaders Scheme').check()
  await admin.getByLabel('Day').fill('31')
  await admin.getByLabel('Month').fill('2')
  await admin.getByLabel('Year').fill('2028')
  await admin.getByRole('button', { name: 'Add to the pool' }).click()
  await admin.locator('.govuk-error-summary').waitFor()
  assert.equal(await admin.getByLabel('Year').inputValue(), '2028')
  await checkAccessibility(admin)
  await admin.getByLabel('Day').fill('29')
  await admin.getByRole('button', { name: 'Add to the pool' }).click()
  await admin.getByRole('heading', { name: 'Talent pools' }).waitFor()
  await admin.getByRole('link', { name, exact: true }).waitFor()
  await checkAccessibility(admin)

  await admin.getByLabel('Indicator').selectOption({ index: 1 })
  await admin.getByRole('button', { name: 'Search' }).click()
  await admin.getByRole('heading', { name: 'Find people in pools' }).waitFor()
  assert.notEqual(await admin.getByLabel('Indicator').inputValue(), '')
})
