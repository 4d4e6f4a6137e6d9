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
    <h1 class="govuk-heading-l">The pulse after this cycle</h1>
    <p class="govuk-body">Up to three rounds of a short survey ask each subject's raters whether the subject has changed in their development plan's focus areas. On its opening day a round emails everyone who rated a subject with a plan; subjects see results once it closes, and only when enough answered. The cycle closed on {{CLOSED_ON}}.</p>
    {{#SUGGESTED}}<div class="govuk-inset-text">No dates are set yet. These are suggestions: 3, 6 and 12 months after the cycle closed, two weeks each. Nothing is sent until you save them.</div>{{/SUGGESTED}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#ROUND}}<h2 class="govuk-heading-m">Round {{NUMBER}}</h2>
      <p class="govuk-body">{{STATE}}</p>
      {{#COUNTS}}<p class="govuk-body">It asked about {{SUBJECTS}} subjects with a plan: {{INVITED}} raters have a link, and {{ANSWERED}} have answered.</p>{{/COUNTS}}
      {{#DATE}}<div class="govuk-form-group{{#ERROR_CLASS}} govuk-form-group--error{{/ERROR_CLASS}}">
        <fieldset class="govuk-fieldset" role="group"{{#ERROR}} aria-describedby="{{PREFIX}}-error"{{/ERROR}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Round {{NUMBER}}: {{LEGEND}}</legend>
          {{#ERROR}}<p id="{{PREFIX}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="govuk-date-input" id="{{PREFIX}}">
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-day">Day</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="{{PREFIX}}-day" name="{{PREFIX}}-day" type="text" inputmode="numeric" value="{{DAY}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-month">Month</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="{{PREFIX}}-month" name="{{PREFIX}}-month" type="text" inputmode="numeric" value="{{MONTH}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-year">Year</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-4" id="{{PREFIX}}-year" name="{{PREFIX}}-year" type="text" inputmode="numeric" value="{{YEAR}}">
            </div></div>
          </div>
        </fieldset>
      </div>
      {{/DATE}}{{/ROUND}}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save the dates</button>
        <a class="govuk-link" href="{{BACK}}">Back to the cycle</a>
      </div>
    </form>
    <h2 class="govuk-heading-m">Withdraw someone from a subject's pulse</h2>
    <p class="govuk-body">For someone asked by mistake, or who has left: their link for the round open now stops working, exactly as an unknown link does, and anything they answered is not counted. Rounds still to come ask everyone who rated the subject, so withdraw them again once a round opens.</p>
    <form method="post" action="{{WITHDRAW_ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#WITHDRAW_ERROR_CLASS}} govuk-form-group--error{{/WITHDRAW_ERROR_CLASS}}">
        <label class="govuk-label" for="withdraw-subject">The subject's email address</label>
        {{#WITHDRAW_ERROR}}<p id="withdraw-subject-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/WITHDRAW_ERROR}}
        <input class="govuk-input" id="withdraw-subject" name="subject" type="email" autocomplete="off" spellcheck="false" value="{{WITHDRAW_SUBJECT}}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="withdraw-rater">The rater's email address</label>
        <input class="govuk-input" id="withdraw-rater" name="rater" type="email" autocomplete="off" spellcheck="false" value="{{WITHDRAW_RATER}}">
      </div>
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Withdraw them</button>
    </form>
  </div>
</div>
