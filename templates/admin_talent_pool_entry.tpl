{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="{{BACK_HREF}}">Back to {{NAME}}</a>
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">Add {{NAME}} to a pool</h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Placement in this review</dt><dd class="govuk-summary-list__value">{{PLACEMENT}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">In pools now</dt><dd class="govuk-summary-list__value">{{#PLACE}}<p class="govuk-body">{{POOL}}, until {{UNTIL}} ({{STATUS}})</p>{{/PLACE}}</dd></div>
    </dl>
    {{#NOT_CLOSED}}<p class="govuk-body">People join a pool once the review has closed, so that the meeting's decision is final first.</p>{{/NOT_CLOSED}}
    {{#NOT_PLACED}}<p class="govuk-body">This review did not place them in a box, so it cannot approve them for a pool.</p>{{/NOT_PLACED}}
    {{#NO_POOLS}}<p class="govuk-body">There are no pools yet. <a class="govuk-link" href="{{POOLS_HREF}}#new-pool">Start a pool</a> first.</p>{{/NO_POOLS}}
    {{#FORM}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#POOL_ERROR}} govuk-form-group--error{{/POOL_ERROR}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Pool</legend>
          {{#POOL_ERROR}}<p class="govuk-error-message" id="pool-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/POOL_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios" id="pool">
            {{#POOL_OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="pool-{{ID}}" name="pool" type="radio" value="{{ID}}"{{#CHOSEN}} checked{{/CHOSEN}} aria-describedby="pool-{{ID}}-hint">
              <label class="govuk-label govuk-radios__label" for="pool-{{ID}}">{{NAME}}</label>
              <div id="pool-{{ID}}-hint" class="govuk-hint govuk-radios__hint">{{PURPOSE}}</div>
            </div>{{/POOL_OPTION}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#DATE_ERROR}} govuk-form-group--error{{/DATE_ERROR}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="expires-hint{{#DATE_ERROR}} expires-error{{/DATE_ERROR}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Their place ends on</legend>
          <div id="expires-hint" class="govuk-hint">At most three years from today; it can be renewed from a later review. For example, {{EXAMPLE}}</div>
          {{#DATE_ERROR}}<p id="expires-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DATE_ERROR}}
          <div class="govuk-date-input" id="expires">
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="expires-day">Day</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="expires-day" name="expires-day" type="text" inputmode="numeric" value="{{DAY}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="expires-month">Month</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="expires-month" name="expires-month" type="text" inputmode="numeric" value="{{MONTH}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="expires-year">Year</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-4{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="expires-year" name="expires-year" type="text" inputmode="numeric" value="{{YEAR}}">
              </div>
            </div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Add to the pool</button>
    </form>{{/FORM}}
  </div>
</div>
