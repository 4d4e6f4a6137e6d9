// Starts a demo Leadline server and a headless Chromium for browser tests, and runs axe-core on pages.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { before, after } from 'node:test'
import assert from 'node:assert/strict'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const binary = process.env.LEADLINE_BIN
const staticFolder = process.env.LEADLINE_STATIC

// A demo database served on a free port; returns its address, rater links and a stop function.
// people: the size of the demo organisation.
export async function startDemoServer ({ people = 80 } = {}) {
  if (!binary) throw new Error('LEADLINE_BIN must name the leadline binary')
  const folder = mkdtempSync(join(tmpdir(), 'leadline-browser-'))
  const database = join(folder, 'demo.db')
  const summary = execFileSync(binary, ['demo', '--db', database, '--people', String(people), '--seed', '3'], { encoding: 'utf8' })
  const link = (label) => summary.split('\n').find((line) => line.includes(label)).trim().split(/\s+/).pop()
  const tokens = {
    self: link('self-assessment').split('/r/')[1],
    colleague: link('colleague').split('/r/')[1],
    halfway: link('half answered').split('/r/')[1]
  }
  const added = execFileSync(binary, ['users', 'add', '--db', database, '--email', 'hr.admin@demo.leadline.example',
    '--role', 'admin', '--base-url', 'http://base.invalid'], { encoding: 'utf8' })
  const adminPath = added.split('\n').find((line) => line.includes('/sign-in/')).trim().replace('http://base.invalid', '')
  const args = ['serve', '--db', database, '--port', '0']
  if (staticFolder) args.push('--static', staticFolder)
  const server = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const base = await new Promise((resolve, reject) => {
    let output = ''
    server.stdout.on('data', (chunk) => {
      output += chunk
      const found = output.match(/running on (http:\/\/[0-9.:]+)\//)
      if (found) resolve(found[1])
    })
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)))
  })
  // The open cycle's first subject (from the demo's summary) and a colleague they have not asked yet.
  const subjectEmail = summary.match(/Participant in the open cycle: .* <([^>]+)>/)[1]
  const [colleagueName, colleagueEmail] = execFileSync('sqlite3', ['-separator', '|', database,
    `SELECT name, email FROM people WHERE email <> '${subjectEmail}' AND id NOT IN (SELECT n.rater_person_id FROM ` +
    `nominations n JOIN people s ON s.id = n.subject_id WHERE s.email = '${subjectEmail}' AND n.rater_person_id ` +
    'IS NOT NULL) ORDER BY id LIMIT 1'], { encoding: 'utf8' }).trim().split('|')
  return {
    base,
    tokens,
    adminPath,
    database,
    subjectEmail,
    colleagueName,
    colleagueEmail,
    async stop () {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.on('exit', resolve))
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

export async function launchBrowser () {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

// Runs axe-core on the page and returns violations of WCAG 2.0/2.1/2.2 A and AA rules.
export async function accessibilityViolations (page) {
  // evaluate() runs through the DevTools protocol, so the page's CSP (no inline script) still holds.
  await page.evaluate(axeSource)
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }))
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

// Registers, for the calling test file, a demo server and a browser started before its tests and stopped
// after them; the returned object holds them once started.
export function useDemoServerAndBrowser (options = {}) {
  const session = { server: undefined, browser: undefined }
  before(async () => {
    session.server = await startDemoServer(options)
    session.browser = await launchBrowser()
  })
  after(async () => {
    await session.browser?.close()
    await session.server?.stop()
  })
  return session
}

// Fails the test when axe-core finds a WCAG A or AA problem on the page.
export async function checkAccessibility (page) {
  const violations = await accessibilityViolations(page)
  assert.deepEqual(violations, [], `accessibility problems on "${await page.title()}"`)
}

// Runs one SQL statement on the demo server's database with the sqlite3 shell; returns its output, fields
// separated by "|".
export function sqlOn (session, statement) {
  return execFileSync('sqlite3', ['-separator', '|', session.server.database, statement], { encoding: 'utf8' }).trim()
}

// Signs someone in through a fresh one-time link (an account is made for them with this role), choosing a
// password, in a new browser context; returns the page they land on.
export async function signInAs (session, email, role) {
  const added = execFileSync(process.env.LEADLINE_BIN, ['users', 'add', '--db', session.server.database, '--email',
    email, '--role', role, '--base-url', session.server.base], { encoding: 'utf8' })
  const link = added.split('\n').find((line) => line.includes('/sign-in/')).trim()
  const page = await (await session.browser.newContext()).newPage()
  await page.goto(link)
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase')
  await page.getByLabel('Type the password again').fill('a long enough passphrase')
  await page.getByRole('button', { name: 'Save password and sign in' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in/'))
  return page
}
