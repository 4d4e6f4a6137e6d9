// Progressive enhancement only: every page works without this script.
import { initAll } from '/assets/govuk-frontend.min.js'

// GOV.UK Frontend styles its scripted components only when the page says scripts run.
document.body.classList.add('govuk-frontend-supported')
initAll()

// A report prints whole: sections closed on screen open for printing, then close again.
let openedForPrint = []
window.addEventListener('beforeprint', () => {
  openedForPrint = [...document.querySelectorAll('details:not([open])')]
  openedForPrint.forEach((details) => { details.open = true })
})
window.addEventListener('afterprint', () => {
  openedForPrint.forEach((details) => { details.open = false })
  openedForPrint = []
})
