{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="/me/talent">Back to talent reviews</a>
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">The meeting's people</h1>
    {{#BEFORE}}<p class="govuk-body">Before the meeting, say whether you agree with each proposed placement you can judge. You see what other reviewers said about someone only after you have said it yourself, so that nobody's first view sets everyone else's. Leave anyone you do not know.</p>{{/BEFORE}}
    {{#DURING}}<p class="govuk-body">The meeting has begun. These are the placements as they stand now.</p>{{/DURING}}
    <p class="govuk-body-s">Your own people, your peers and the people above you are not listed here.</p>
    {{#PERSON}}<div class="govuk-summary-card" id="person-{{ID}}">
      <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">{{NAME}}</h2></div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Line manager</dt><dd class="govuk-summary-list__value">{{MANAGER}}</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{PLACEMENT_LABEL}}</dt><dd class="govuk-summary-list__value">{{PLACEMENT}}</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence behind it</dt><dd class="govuk-summary-list__value">{{EVIDENCE}}</dd></div>
          {{#OTHERS}}<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Other reviewers</dt><dd class="govuk-summary-list__value">{{TEXT}}</dd></div>{{/OTHERS}}
        </dl>
        {{#FORM}}<form method="post" action="{{ACTION}}" novalidate>
          <input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="person" value="{{ID}}">
          <div class="govuk-form-group{{#HAS_ERROR}} govuk-form-group--error{{/HAS_ERROR}}">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Do you agree with this placement?</legend>
              {{#ERROR}}<p class="govuk-error-message" id="agrees-{{ID}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
              <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
                <div class="govuk-radios__item"><input class="govuk-radios__input" id="agrees-{{ID}}" name="agrees" type="radio" value="yes"{{#AGREES}} checked{{/AGREES}}><label class="govuk-label govuk-radios__label" for="agrees-{{ID}}">Yes</label></div>
                <div class="govuk-radios__item"><input class="govuk-radios__input" id="agrees-{{ID}}-no" name="agrees" type="radio" value="no"{{#DISAGREES}} checked{{/DISAGREES}}><label class="govuk-label govuk-radios__label" for="agrees-{{ID}}-no">No</label></div>
              </div>
            </fieldset>
            <label class="govuk-label" for="note-{{ID}}">Note for the meeting (needed if you do not agree)</label>
            <textarea class="govuk-textarea" id="note-{{ID}}" name="note" rows="2">{{NOTE:pre_escape}}</textarea>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Save your view</button>
        </form>{{/FORM}}
      </div>
    </div>{{/PERSON}}
    {{#NOBODY}}<p class="govuk-body">There is nobody in this review for you to judge.</p>{{/NOBODY}}
  </div>
</div>
