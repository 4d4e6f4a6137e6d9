{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/me" class="govuk-back-link">Back to your feedback</a>
    {{>ERROR_SUMMARY}}
    {{#SAVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Saved. Your HR team uses it the next time they match mentors, and you can change it until then.</p></div>
    </div>{{/SAVED}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Mentoring</h1>
    <p class="govuk-body">Your HR team matches mentors with people who would like one, looking for someone strong where the other wants to grow, from another part of the organisation, and never in the same line chain. Tell them what you would like and what you could offer. Without an answer, your report's focus areas and the strengths others saw in it are used.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#WANTS_ERROR_CLASS}} govuk-form-group--error{{/WANTS_ERROR_CLASS}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Would you like a mentor?</legend>
          {{#WANTS_ERROR}}<p id="wants-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/WANTS_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="wants" name="wants" type="radio" value="yes"{{#WANTS_YES}} checked{{/WANTS_YES}}>
              <label class="govuk-label govuk-radios__label" for="wants">Yes</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="wants-no" name="wants" type="radio" value="no"{{#WANTS_NO}} checked{{/WANTS_NO}}>
              <label class="govuk-label govuk-radios__label" for="wants-no">No, not this time</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#DEVELOP_ERROR_CLASS}} govuk-form-group--error{{/DEVELOP_ERROR_CLASS}}">
        <fieldset class="govuk-fieldset" aria-describedby="develop-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">If you would like a mentor, what would you like to develop?</legend>
          <div id="develop-hint" class="govuk-hint">Up to {{MOST_AREAS}}. Leave them all clear to use the focus areas of your report.</div>
          {{#DEVELOP_ERROR}}<p id="develop-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DEVELOP_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {{#DEVELOP}}<div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="{{ID}}" name="develop" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="{{ID}}">{{LABEL}}</label>
            </div>
            {{/DEVELOP}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#STRENGTHS_ERROR_CLASS}} govuk-form-group--error{{/STRENGTHS_ERROR_CLASS}}">
        <fieldset class="govuk-fieldset" aria-describedby="strengths-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Where could you help someone else grow?</legend>
          <div id="strengths-hint" class="govuk-hint">Strengths others saw in your report count already; tick any you would add.</div>
          {{#STRENGTHS_ERROR}}<p id="strengths-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/STRENGTHS_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {{#STRENGTH}}<div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="{{ID}}" name="strengths" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="{{ID}}">{{LABEL}}</label>
            </div>
            {{/STRENGTH}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#CAPACITY_ERROR_CLASS}} govuk-form-group--error{{/CAPACITY_ERROR_CLASS}}">
        <label class="govuk-label govuk-label--m" for="capacity">How many people could you mentor?</label>
        <div id="capacity-hint" class="govuk-hint">From 0 (not this time) to {{MOST_MENTEES}}. Leave it blank for the number your HR team sets.</div>
        {{#CAPACITY_ERROR}}<p id="capacity-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CAPACITY_ERROR}}
        <input class="govuk-input govuk-input--width-2" id="capacity" name="capacity" type="text" inputmode="numeric" value="{{CAPACITY}}" aria-describedby="capacity-hint">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save</button>
    </form>
  </div>
</div>
