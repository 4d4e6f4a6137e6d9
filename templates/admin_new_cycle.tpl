{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{#BACK}}<a href="{{HREF}}" class="govuk-back-link">Back to the cycle</a>{{/BACK}}
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
        <label class="govuk-label govuk-label--m" for="name">Name</label>
        <div id="name-hint" class="govuk-hint">Participants and raters see it, for example "Senior leaders 2027"</div>
        {{#NAME_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NAME}}" aria-describedby="name-hint">
      </div>
      <div class="govuk-form-group{{#FRAMEWORK_ERROR}} govuk-form-group--error{{/FRAMEWORK_ERROR}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Framework</legend>
          {{#FRAMEWORK_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FRAMEWORK_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            {{#FRAMEWORK_OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{OPTION_ID}}" name="framework" type="radio" value="{{ID}}" aria-describedby="{{OPTION_ID}}-hint"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{OPTION_ID}}">{{LABEL}}</label>
              <div id="{{OPTION_ID}}-hint" class="govuk-hint govuk-radios__hint">{{DESCRIPTION}}</div>
            </div>
            {{/FRAMEWORK_OPTION}}
          </div>
        </fieldset>
      </div>
      {{#DATE}}<div class="govuk-form-group{{#DATE_ERROR}} govuk-form-group--error{{/DATE_ERROR}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="{{PREFIX}}-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{LEGEND}}</legend>
          <div id="{{PREFIX}}-hint" class="govuk-hint">For example, 27 3 2027</div>
          {{#DATE_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DATE_ERROR}}
          <div class="govuk-date-input" id="{{PREFIX}}">
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-day">Day</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="{{PREFIX}}-day" name="{{PREFIX}}-day" type="text" inputmode="numeric" value="{{DAY}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-month">Month</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="{{PREFIX}}-month" name="{{PREFIX}}-month" type="text" inputmode="numeric" value="{{MONTH}}">
              </div>
            </div>
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="{{PREFIX}}-year">Year</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-4{{#DATE_ERROR}} govuk-input--error{{/DATE_ERROR}}" id="{{PREFIX}}-year" name="{{PREFIX}}-year" type="text" inputmode="numeric" value="{{YEAR}}">
              </div>
            </div>
          </div>
        </fieldset>
      </div>
      {{/DATE}}
      <div class="govuk-form-group{{#GROUPS_ERROR}} govuk-form-group--error{{/GROUPS_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="groups-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Who gives feedback</legend>
          <div id="groups-hint" class="govuk-hint">Every subject also rates themselves. A group's answers are shown only when at least its minimum have answered; otherwise they are merged with other raters, or left out.</div>
          {{#GROUPS_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/GROUPS_ERROR}}
          <div class="govuk-checkboxes" data-module="govuk-checkboxes" id="groups">
            {{#GROUP}}<div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="group-{{ID}}" name="group" type="checkbox" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="group-{{ID}}">{{LABEL}}</label>
            </div>
            {{/GROUP}}
          </div>
        </fieldset>
      </div>
      <h2 class="govuk-heading-m">Anonymity</h2>
      {{#MINIMUM}}<div class="govuk-form-group{{#MINIMUM_ERROR}} govuk-form-group--error{{/MINIMUM_ERROR}}">
        <label class="govuk-label" for="minimum-{{ID}}">Least answers before {{LABEL}} are shown as a group</label>
        {{#MINIMUM_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MINIMUM_ERROR}}
        <input class="govuk-input govuk-input--width-2{{#MINIMUM_ERROR}} govuk-input--error{{/MINIMUM_ERROR}}" id="minimum-{{ID}}" name="minimum-{{ID}}" type="text" inputmode="numeric" value="{{VALUE}}">
      </div>
      {{/MINIMUM}}
      <div class="govuk-form-group{{#COMMENT_ERROR}} govuk-form-group--error{{/COMMENT_ERROR}}">
        <label class="govuk-label" for="comment-minimum">Least answers in a group before its comments are shown</label>
        <div id="comment-minimum-hint" class="govuk-hint">At least the largest group minimum: a comment's wording can say more about who wrote it than a rating.</div>
        {{#COMMENT_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/COMMENT_ERROR}}
        <input class="govuk-input govuk-input--width-2{{#COMMENT_ERROR}} govuk-input--error{{/COMMENT_ERROR}}" id="comment-minimum" name="comment-minimum" type="text" inputmode="numeric" value="{{COMMENT_MINIMUM}}" aria-describedby="comment-minimum-hint">
      </div>
      <div class="govuk-form-group{{#MANAGER_ERROR}} govuk-form-group--error{{/MANAGER_ERROR}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Show the line manager's answers as theirs?</legend>
          {{#MANAGER_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MANAGER_ERROR}}
          <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios" id="manager-identified">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="manager-identified-yes" name="manager-identified" type="radio" value="yes"{{#MANAGER_YES}} checked{{/MANAGER_YES}}>
              <label class="govuk-label govuk-radios__label" for="manager-identified-yes">Yes</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="manager-identified-no" name="manager-identified" type="radio" value="no"{{#MANAGER_NO}} checked{{/MANAGER_NO}}>
              <label class="govuk-label govuk-radios__label" for="manager-identified-no">No, combine them with other raters</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#MANAGERS_SEE_ERROR}} govuk-form-group--error{{/MANAGERS_SEE_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="managers-see-reports-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Can line managers read the reports of the people they manage?</legend>
          <div id="managers-see-reports-hint" class="govuk-hint">Once the cycle is published. Raters are told before they answer. Choose no if the reports are only for each person's own development.</div>
          {{#MANAGERS_SEE_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MANAGERS_SEE_ERROR}}
          <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios" id="managers-see-reports">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="managers-see-reports-no" name="managers-see-reports" type="radio" value="no"{{#MANAGERS_SEE_NO}} checked{{/MANAGERS_SEE_NO}}>
              <label class="govuk-label govuk-radios__label" for="managers-see-reports-no">No</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="managers-see-reports-yes" name="managers-see-reports" type="radio" value="yes"{{#MANAGERS_SEE_YES}} checked{{/MANAGERS_SEE_YES}}>
              <label class="govuk-label govuk-radios__label" for="managers-see-reports-yes">Yes</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#APPROVAL_ERROR}} govuk-form-group--error{{/APPROVAL_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="approval-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Does someone approve each subject's raters before they are asked?</legend>
          <div id="approval-hint" class="govuk-hint">Self-assessments go at once. Raters on a list waiting for approval are invited as soon as it is approved.</div>
          {{#APPROVAL_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/APPROVAL_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios" id="approval">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="approval-none" name="approval" type="radio" value="none"{{#APPROVAL_NONE}} checked{{/APPROVAL_NONE}}>
              <label class="govuk-label govuk-radios__label" for="approval-none">No, raters are asked as they are chosen</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="approval-line-manager" name="approval" type="radio" value="line-manager"{{#APPROVAL_MANAGER}} checked{{/APPROVAL_MANAGER}}>
              <label class="govuk-label govuk-radios__label" for="approval-line-manager">Yes, their line manager (or the HR team)</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="approval-hr" name="approval" type="radio" value="hr"{{#APPROVAL_HR}} checked{{/APPROVAL_HR}}>
              <label class="govuk-label govuk-radios__label" for="approval-hr">Yes, the HR team</label>
            </div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">{{BUTTON}}</button>
    </form>
  </div>
</div>
