// A rater's journey in a real browser: whole questionnaire, leaving and resuming, keyboard only.
// axe-core checks every page these tests reach.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useDemoServerAndBrowser, accessibilityViolations } from './harness.mjs'

const session = useDemoServerAndBrowser()
const checkedPages = new Set()

async function newPage () {
  const context = await session.browser.newContext()
  const page = await context.newPage()
  // Every distinct page (by its heading) is checked for accessibility once.
  page.checkAccessibility = async () => {
    const key = (await page.title()).replace(/^Error: /, 'Error ')
    if (checkedPages.has(key)) return
    checkedPages.add(key)
    const violations = await accessibilityViolations(page)
    assert.deepEqual(violations, [], `accessibility problems on "${key}"`)
  }
  return page
}

// Chooses the given answer for every question on the current attribute page.
async function answerPage (page, label) {
  for (const group of await page.locator('fieldset').all()) {
    await group.getByLabel(label, { exact: true }).check()
  }
}

test('a rater completes the whole questionnaire and sends it', async () => {
  const page = await newPage()
  await page.goto(`${session.server.base}/r/${session.server.tokens.colleague}`)
  await page.checkAccessibility()
  await page.getByRole('button', { name: 'Start now' }).click()
  for (let n = 1; n <= 8; n++) {
    await assert.doesNotReject(page.getByText(`${n} of 8`).waitFor())
    await page.checkAccessibility()
    await answerPage(page, n === 3 ? 'I have not seen this' : 'Usually')
    if (n === 1) await page.getByLabel('What is a strength here (optional)').fill('Explains the why, every time.')
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  await page.getByRole('heading', { name: 'Check your answers before sending' }).waitFor()
  await page.checkAccessibility()
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await page.getByRole('heading', { name: 'Feedback sent' }).waitFor()
  await page.checkAccessibility()
})

test('an unanswered question is reported and what was chosen is kept', async () => {
  const page = await newPage()
  await page.goto(`${session.server.base}/r/${session.server.tokens.self}/a/1`)
  await page.locator('fieldset').first().getByLabel('Often', { exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByText('There is a problem').waitFor()
  await page.checkAccessibility()
  assert.equal(await page.locator('fieldset').first().getByLabel('Often', { exact: true }).isChecked(), true)
  assert.match(await page.title(), /^Error: /)
})

test('a rater leaves halfway and resumes where they stopped', async () => {
  const page = await newPage()
  await page.goto(`${session.server.base}/r/${session.server.tokens.halfway}`)
  await page.getByRole('button', { name: 'Continue where you stopped' }).click()
  await page.getByText('3 of 8').waitFor()
  await answerPage(page, 'Sometimes')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByText('4 of 8').waitFor()
  await page.locator('fieldset').first().getByLabel('Rarely', { exact: true }).check()
  await page.getByRole('button', { name: 'Save and come back later' }).click()
  await page.getByText('Your answers are saved').waitFor()
  await page.checkAccessibility()

  const later = await newPage()
  await later.goto(`${session.server.base}/r/${session.server.tokens.halfway}`)
  await later.getByRole('button', { name: 'Continue where you stopped' }).click()
  await later.getByText('4 of 8').waitFor()
  assert.equal(await later.locator('fieldset').first().getByLabel('Rarely', { exact: true }).isChecked(), true)
})

test('the rater journey works with the keyboard alone', async () => {
  const page = await newPage()
  await page.goto(`${session.server.base}/r/${session.server.tokens.self}`)
  const focused = () => page.evaluate(() => {
    const e = document.activeElement
    return `${e.tagName} ${e.getAttribute('type') || ''} ${e.textContent.trim()}`
  })
  async function tabTo (pattern) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      if (pattern.test(await focused())) return
    }
    throw new Error(`could not reach ${pattern} with Tab`)
  }
  await tabTo(/^A .*Start now|^A .*Continue where you stopped/)
  await page.keyboard.press('Enter')
  await page.getByText('1 of 8').waitFor()
  const groups = await page.locator('fieldset').count()
  for (let g = 0; g < groups; g++) {
    await tabTo(/^INPUT radio/)
    await page.keyboard.press('Space')
  }
  await tabTo(/^BUTTON submit Continue/)
  await page.keyboard.press('Enter')
  await page.getByText('2 of 8').waitFor()
  await page.goto(`${session.server.base}/r/${session.server.tokens.self}/a/1`)
  const checked = await page.locator('input[type=radio]:checked').count()
  assert.equal(checked, groups, 'every question on page 1 was answered from the keyboard')
})

test('the accessibility check itself finds problems on a broken page', async () => {
  const page = await newPage()
  await page.setContent('<html><body><img src="x.png"><input type="text"><a href="/"></a></body></html>')
  const violations = await accessibilityViolations(page)
  assert.ok(violations.length >= 3, `expected problems, got ${violations.join('; ')}`)
})
