{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <p class="govuk-body">{{EXPLANATION}}</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#DATE_ERROR}} govuk-form-group--error{{/DATE_ERROR}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="closes-hint{{#DATE_ERROR}} closes-error{{/DATE_ERROR}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">New closing date</legend>
          <div id="closes-hint" class="govuk-hint">It closes at the end of that day. For example, {{EXAMPLE}}</div>
          {{#DATE_ERROR}}<p id="closes-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DATE_ERROR}}
          <div class="govuk-date-input" id="closes">
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="closes-day">Day</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="closes-day" name="closes-day" type="text" inputmode="numeric" value="{{DAY}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="closes-month">Month</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="closes-month" name="closes-month" type="text" inputmode="numeric" value="{{MONTH}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="closes-year">Year</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-4{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="closes-year" name="closes-year" type="text" inputmode="numeric" value="{{YEAR}}">
              </div>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">{{LABEL}}</button>
        <a class="govuk-link" href="{{BACK}}">Cancel and go back to the cycle</a>
      </div>
    </form>
  </div>
</div>
