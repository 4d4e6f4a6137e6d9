// The pulse in a real browser: an admin reviews its dates and the programme view; a rater answers with the
// keyboard alone through their private link; a subject reads what the demo's closed round found. axe-core
// checks each page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { useDemoServerAndBrowser, checkAccessibility, signInAs as signInOn, sqlOn } from './harness.mjs'

const session = useDemoServerAndBrowser()
const sql = (statement) => sqlOn(session, statement)
const signInAs = (email, role) => signInOn(session, email, role)

test('an admin reviews the pulse dates of the published cycle and saves them', async () => {
  const cycle = sql("SELECT id FROM cycles WHERE state = 'published' ORDER BY id LIMIT 1")
  const page = await signInAs('pulse.admin@demo-council.example', 'admin')
  await page.goto(`${session.server.base}/admin/cycles/${cycle}`)
  await page.getByRole('link', { name: 'Set the dates of the pulse after this cycle' }).click()
  await page.getByRole('heading', { name: 'The pulse after this cycle' }).waitFor()
  await page.getByText('Closed: its results are shown').waitFor()
  await checkAccessibility(page)
  await page.getByRole('button', { name: 'Save the dates' }).click()
  await page.getByText("The pulse's dates are saved.").waitFor()
  // The programme view puts the closed round together.
  await page.goto(`${session.server.base}/admin/cycles/${cycle}`)
  await page.getByRole('link', { name: 'Development after the reports' }).click()
  await page.getByRole('heading', { name: 'Development after the reports' }).waitFor()
  await page.getByText('Change seen in round 1, by attribute').waitFor()
  await checkAccessibility(page)
})

test('a rater answers the pulse with the keyboard alone, in one page', async () => {
  // Round 2 opens today for one subject, with a link whose token the test knows.
  const [cycle, subject] = sql("SELECT i.cycle_id, i.person_id FROM pulse_items i WHERE i.round = 1 ORDER BY i.person_id LIMIT 1").split('|')
  const token = 'T'.repeat(43)
  const hash = createHash('sha256').update(token).digest('hex')
  sql(`UPDATE pulse_rounds SET opens_on = date('now'), closes_on = date('now', '+13 day') WHERE cycle_id = ${cycle} AND round = 2`)
  sql(`INSERT INTO pulse_items (cycle_id, round, person_id, position, attribute_id, focus) SELECT cycle_id, 2, person_id, position, attribute_id, focus FROM pulse_items WHERE cycle_id = ${cycle} AND round = 1 AND person_id = ${subject}`)
  sql(`INSERT INTO pulse_invitations (cycle_id, round, subject_id, rater_group, rater_email, rater_name, token_hash) VALUES (${cycle}, 2, ${subject}, 'peer', 'keyboard.rater@demo-council.example', 'Keyboard Rater', '${hash}')`)
  const areas = Number(sql(`SELECT COUNT(*) FROM pulse_items WHERE cycle_id = ${cycle} AND round = 2 AND person_id = ${subject}`))

  const page = await (await session.browser.newContext()).newPage()
  await page.goto(`${session.server.base}/p/${token}`)
  await page.getByRole('heading', { name: /changed since their feedback\?/ }).waitFor()
  await checkAccessibility(page)
  const focused = () => page.evaluate(() => {
    const e = document.activeElement
    return `${e.tagName} ${e.getAttribute('type') || ''} ${e.getAttribute('name') || ''} ${e.textContent.trim()}`
  })
  async function tabTo (pattern) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab')
      if (pattern.test(await focused())) return
    }
    throw new Error(`could not reach ${pattern} with Tab`)
  }
  // Sending nothing: every area says what to choose, and the page still passes axe.
  await tabTo(/^BUTTON submit .*Send/)
  await page.keyboard.press('Enter')
  await page.getByText('There is a problem').waitFor()
  await checkAccessibility(page)
  // Each area: into the group, then down to "More effective" (the sixth choice).
  for (let a = 0; a < areas; a++) {
    await tabTo(/^INPUT radio change-/)
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown')
  }
  await tabTo(/^TEXTAREA .*feedforward/)
  await page.keyboard.type('Keep asking the quieter people first.')
  await tabTo(/^BUTTON submit .*Send/)
  await page.keyboard.press('Enter')
  await page.getByText('your answer is in').waitFor()
  await checkAccessibility(page)
  const chosen = await page.locator('input[type=radio][value="2"]:checked').count()
  assert.equal(chosen, areas, 'every area was answered from the keyboard')
  assert.equal(sql(`SELECT feedforward FROM pulse_invitations WHERE token_hash = '${hash}'`), 'Keep asking the quieter people first.')
})

test("a subject reads what the demo's closed round found", async () => {
  const email = sql("SELECT p.email FROM pulse_items i JOIN people p ON p.id = i.person_id WHERE i.round = 1 " +
    'GROUP BY p.id HAVING (SELECT COUNT(*) FROM pulse_invitations v WHERE v.subject_id = p.id AND v.round = 1 AND v.answered_at IS NOT NULL) >= 4 ' +
    'ORDER BY p.id LIMIT 1')
  assert.ok(email, 'the demo has a subject with enough pulse answers')
  const cycle = sql("SELECT id FROM cycles WHERE state = 'published' ORDER BY id LIMIT 1")
  const page = await signInAs(email, 'participant')
  await page.goto(`${session.server.base}/me/cycles/${cycle}/plan`)
  await page.getByRole('link', { name: 'Your pulse: has anything changed?' }).click()
  await page.getByRole('heading', { name: 'Your pulse: has anything changed?' }).waitFor()
  await page.getByText('Change seen, by area').waitFor()
  await page.getByText(/Focus areas minus the others, person by person/).waitFor()
  await checkAccessibility(page)
})
