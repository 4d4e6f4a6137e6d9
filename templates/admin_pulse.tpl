{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">The pulse's dates are saved.</p>
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
  </div>
</div>
