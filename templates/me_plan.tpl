{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{MESSAGE}}</p>
      </div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#NO_PLAN}}<p class="govuk-body">A plan turns your feedback into a few things you will try. Choose one to three areas, say in your own words what you want to be doing differently, and pick experiences and small daily actions from the framework. Only you can see it until you choose to share it with your line manager.</p>
    {{#SUGGESTIONS}}<p class="govuk-body">Your report suggests starting with:</p>
    <ul class="govuk-list govuk-list--bullet">{{#SUGGESTED}}<li>{{NAME}}</li>{{/SUGGESTED}}</ul>{{/SUGGESTIONS}}
    {{#NONE_SUGGESTED}}<p class="govuk-body">Your report had too few answers from others to suggest areas, so choose the ones that matter most to you and your work.</p>{{/NONE_SUGGESTED}}
    <div class="govuk-button-group">
      <a class="govuk-button" data-module="govuk-button" href="{{EDIT}}">Start your plan</a>
      <a class="govuk-link" href="{{REPORT}}">Read your report again</a>
    </div>{{/NO_PLAN}}

    {{#READER}}<p class="govuk-body">{{NAME}} has shared this plan with you as their line manager. It is theirs: talk it through with them rather than changing it.</p>{{/READER}}
    {{#PLAN}}{{#AREA}}<h2 class="govuk-heading-m">{{NAME}}</h2>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Goal</dt>
        <dd class="govuk-summary-list__value leadline-preserve-lines">{{GOAL}}</dd>
      </div>
      {{#WHY}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Why this area</dt>
        <dd class="govuk-summary-list__value leadline-preserve-lines">{{TEXT}}</dd>
      </div>{{/WHY}}
      {{#HAS_STRETCH}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Stretch experiences</dt>
        <dd class="govuk-summary-list__value"><ul class="govuk-list govuk-list--bullet">{{#STRETCH}}<li>{{TEXT}}{{#EFFORT}} <span class="govuk-body-s">({{WORDS}})</span>{{/EFFORT}}</li>{{/STRETCH}}</ul></dd>
      </div>{{/HAS_STRETCH}}
      {{#HAS_MICRO}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Micro-actions</dt>
        <dd class="govuk-summary-list__value"><ul class="govuk-list govuk-list--bullet">{{#MICRO}}<li>{{TEXT}}{{#EFFORT}} <span class="govuk-body-s">({{WORDS}})</span>{{/EFFORT}}</li>{{/MICRO}}</ul></dd>
      </div>{{/HAS_MICRO}}
      {{#REVIEW}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Look back by</dt>
        <dd class="govuk-summary-list__value">{{DATE}}</dd>
      </div>{{/REVIEW}}
      {{#HELPERS}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Who helps</dt>
        <dd class="govuk-summary-list__value">{{TEXT}}</dd>
      </div>{{/HELPERS}}
    </dl>{{/AREA}}
    {{#OWNER}}<p class="govuk-body"><a class="govuk-link" href="{{EDIT}}">Change your plan</a></p>
    <p class="govuk-body"><a class="govuk-link" href="{{PULSE}}">Your pulse: has anything changed?</a> Months after your report, the people who rated you are asked whether they have seen a difference.</p>{{/OWNER}}

    {{#HABITS}}<h2 class="govuk-heading-m" id="habits">Micro-actions as habits</h2>
    {{#THIS_WEEK}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">This week (from Monday {{DATE}})</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Micro-action</th>
        <th scope="col" class="govuk-table__header">So far</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#ITEM}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{TEXT}}</td>
          <td class="govuk-table__cell">{{STATE}}{{#ANSWER}}
            <form method="post" action="{{ACTION}}" class="leadline-inline-form" novalidate>
              <input type="hidden" name="csrf" value="{{CSRF}}">
              <input type="hidden" name="action" value="{{TEXT}}">
              <button type="submit" name="did" value="yes" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Did it<span class="govuk-visually-hidden">: {{TEXT}}</span></button>
              <button type="submit" name="did" value="no" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Not yet<span class="govuk-visually-hidden">: {{TEXT}}</span></button>
            </form>{{/ANSWER}}</td>
        </tr>
        {{/ITEM}}
      </tbody>
    </table>{{/THIS_WEEK}}
    {{#TALLIES}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Weeks so far</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Micro-action</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Weeks tried</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Weeks done</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#TALLY}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{TEXT}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{WEEKS}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{DONE}}</td>
        </tr>
        {{/TALLY}}
      </tbody>
    </table>{{/TALLIES}}
    {{#PICK_FORM}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#PICK_ERROR}} govuk-form-group--error{{/PICK_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="picks-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Micro-actions to try each week</legend>
          <div id="picks-hint" class="govuk-hint">Small things, tried often, become habits. Your choice carries on from week to week until you change it.</div>
          {{#PICK_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PICK_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small">
            {{#OPTION}}<div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="{{ID}}" name="picks" type="checkbox" value="{{TEXT}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="{{ID}}">{{TEXT}}</label>
            </div>
            {{/OPTION}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Save the micro-actions to try</button>
    </form>{{/PICK_FORM}}
    {{#NUDGES_ON}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="nudges" value="off">
      <p class="govuk-body">Each Monday you get an email listing them, with a private link to say which you did.
      <button type="submit" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Stop the weekly email</button></p>
    </form>{{/NUDGES_ON}}
    {{#NUDGES_OFF}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="nudges" value="on">
      <p class="govuk-body">You have turned off the weekly email.
      <button type="submit" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Send it again</button></p>
    </form>{{/NUDGES_OFF}}{{/HABITS}}

    {{#SHARING}}<h2 class="govuk-heading-m" id="sharing">Who can see it</h2>
    {{#NO_MANAGER}}<p class="govuk-body">Only you. The people directory has no line manager for you, so there is no one to share it with; your HR team can add them.</p>{{/NO_MANAGER}}
    {{#PRIVATE}}<p class="govuk-body">Only you. Sharing it lets {{MANAGER}} read the plan and your check-ins, so they can support you; you can stop sharing at any time.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="share" value="yes">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Share with {{MANAGER}}</button>
    </form>{{/PRIVATE}}
    {{#SHARED}}<p class="govuk-body">You and {{MANAGER}}, your line manager: shared on {{SINCE}}.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="share" value="no">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Stop sharing</button>
    </form>{{/SHARED}}
    {{#MENTOR_PRIVATE}}<p class="govuk-body">Your mentor, {{MENTOR}}, cannot see it. Sharing it lets them read the plan and your check-ins.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="share" value="yes">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Share with {{MENTOR}}</button>
    </form>{{/MENTOR_PRIVATE}}
    {{#MENTOR_SHARED}}<p class="govuk-body">Your mentor, {{MENTOR}}, can read it.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="share" value="no">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Stop sharing with {{MENTOR}}</button>
    </form>{{/MENTOR_SHARED}}{{/SHARING}}

    {{#CHECK_IN_FORM}}<h2 class="govuk-heading-m" id="check-in">Record what you did</h2>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#ABOUT_ERROR}} govuk-form-group--error{{/ABOUT_ERROR}}">
        <label class="govuk-label" for="about">Which part of your plan</label>
        {{#ABOUT_ERROR}}<p id="about-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ABOUT_ERROR}}
        <select class="govuk-select" id="about" name="about">
          {{#ABOUT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
          {{/ABOUT}}
        </select>
      </div>
      <div class="govuk-form-group{{#DAY_ERROR}} govuk-form-group--error{{/DAY_ERROR}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="on-hint{{#DAY_ERROR}} on-error{{/DAY_ERROR}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">When</legend>
          <div id="on-hint" class="govuk-hint">Leave it empty for today.</div>
          {{#DAY_ERROR}}<p id="on-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DAY_ERROR}}
          <div class="govuk-date-input" id="on">
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="on-day">Day</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DAY_ERROR}} govuk-input--error{{/DAY_ERROR}}" id="on-day" name="on-day" type="text" inputmode="numeric" value="{{DAY}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="on-month">Month</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DAY_ERROR}} govuk-input--error{{/DAY_ERROR}}" id="on-month" name="on-month" type="text" inputmode="numeric" value="{{MONTH}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="on-year">Year</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-4{{#DAY_ERROR}} govuk-input--error{{/DAY_ERROR}}" id="on-year" name="on-year" type="text" inputmode="numeric" value="{{YEAR}}">
            </div></div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#DID_ERROR}} govuk-form-group--error{{/DID_ERROR}}">
        <label class="govuk-label govuk-label--s" for="did">What you did</label>
        {{#DID_ERROR}}<p id="did-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DID_ERROR}}
        <textarea class="govuk-textarea{{#DID_ERROR}} govuk-textarea--error{{/DID_ERROR}}" id="did" name="did" rows="3">{{DID:pre_escape}}</textarea>
      </div>
      <div class="govuk-form-group{{#LEARNED_ERROR}} govuk-form-group--error{{/LEARNED_ERROR}}">
        <label class="govuk-label govuk-label--s" for="learned">What you learned (optional)</label>
        {{#LEARNED_ERROR}}<p id="learned-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/LEARNED_ERROR}}
        <textarea class="govuk-textarea{{#LEARNED_ERROR}} govuk-textarea--error{{/LEARNED_ERROR}}" id="learned" name="learned" rows="3">{{LEARNED:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save check-in</button>
    </form>{{/CHECK_IN_FORM}}

    <h2 class="govuk-heading-m" id="timeline">Timeline</h2>
    <ol class="govuk-list leadline-timeline">
      {{#EVENT}}<li class="leadline-timeline__event">
        <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{{TITLE}}</h3>
        <p class="govuk-body-s govuk-!-margin-bottom-1"><time datetime="{{ISO}}">{{DATE}}</time></p>
        {{#DID}}<p class="govuk-body leadline-preserve-lines govuk-!-margin-bottom-1">{{TEXT}}</p>{{/DID}}
        {{#LEARNED}}<p class="govuk-body leadline-preserve-lines"><strong>Learned:</strong> {{TEXT}}</p>{{/LEARNED}}
      </li>
      {{/EVENT}}
    </ol>{{/PLAN}}
  </div>
</div>
