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

// Forming learning sets searches for a time fixed by how many take part (the server's rule, sent with the
// form), so while the page waits for the answer, a bar can show honestly how long is left.
for (const form of document.querySelectorAll('form[data-set-search-progress]')) {
  form.addEventListener('submit', () => {
    const chosen = form.querySelector('input[name="cycle"]:checked')
    if (!chosen) return
    let seconds = Number(chosen.dataset.seconds)
    if (chosen.value === 'list') {
      const listed = form.querySelector('#people').value.split('\n').filter((line) => line.trim()).length
      seconds = Math.ceil(Math.min(Number(form.dataset.mostSeconds),
        Number(form.dataset.baseSeconds) + listed / Number(form.dataset.peopleASecond)))
    }
    const shown = form.querySelector('[data-progress]')
    const bar = shown.querySelector('progress')
    const left = shown.querySelector('[data-progress-left]')
    const started = Date.now()
    shown.hidden = false
    const tick = () => {
      const elapsed = (Date.now() - started) / 1000
      bar.value = Math.min(100, Math.round((100 * elapsed) / seconds))
      const remaining = Math.ceil(seconds - elapsed)
      left.textContent = elapsed < seconds
        ? `About ${remaining} second${remaining === 1 ? '' : 's'} left.`
        : 'Saving the sets.'
    }
    tick()
    setInterval(tick, 250)
  })
}
