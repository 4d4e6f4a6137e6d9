// Progressive enhancement only: every page works without this script.
import { initAll } from '/assets/govuk-frontend.min.js'

// GOV.UK Frontend styles its scripted components only when the page says scripts run.
document.body.classList.add('govuk-frontend-supported')
initAll()
