{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="{{BACK}}" class="govuk-back-link">Back to learning sets</a>
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Form learning sets</h1>
    <p class="govuk-body">Leadline puts people into sets as different from one another as it can find: departments and teams, professions, grades and regions. Nobody shares a set with someone from their own team or their line chain, or with someone you ask to keep them apart from.</p>
    <form method="post" action="{{ACTION}}" novalidate data-set-search-progress data-base-seconds="{{BASE_SECONDS}}" data-people-a-second="{{PEOPLE_A_SECOND}}" data-most-seconds="{{MOST_SECONDS}}">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#NAME_ERROR_CLASS}} govuk-form-group--error{{/NAME_ERROR_CLASS}}">
        <label class="govuk-label govuk-label--s" for="name">Name</label>
        {{#NAME_ERROR}}<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input" id="name" name="name" type="text" value="{{NAME}}">
      </div>
      <div class="govuk-form-group{{#CYCLE_ERROR_CLASS}} govuk-form-group--error{{/CYCLE_ERROR_CLASS}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who takes part</legend>
          {{#CYCLE_ERROR}}<p id="cycle-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CYCLE_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            {{#CYCLE}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="cycle" type="radio" value="{{VALUE}}" data-seconds="{{SECONDS}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{ID}}">The {{SUBJECTS}} subjects of {{LABEL}}</label>
              <div class="govuk-hint govuk-radios__hint">Forming their sets takes about {{SECONDS}} seconds.</div>
            </div>
            {{/CYCLE}}
            {{#NO_CYCLES}}<p class="govuk-body">No cycle has subjects yet.</p>{{/NO_CYCLES}}
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{LIST_ID}}" name="cycle" type="radio" value="list"{{#LIST_CHECKED}} checked{{/LIST_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{LIST_ID}}">People I list</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#PEOPLE_ERROR_CLASS}} govuk-form-group--error{{/PEOPLE_ERROR_CLASS}}">
        <label class="govuk-label govuk-label--s" for="people">The people you list</label>
        <div id="people-hint" class="govuk-hint">Only when you choose "People I list": their email addresses, one a line, as the people directory has them. A column copied from a spreadsheet works.</div>
        {{#PEOPLE_ERROR}}<p id="people-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PEOPLE_ERROR}}
        <textarea class="govuk-textarea" id="people" name="people" rows="6" aria-describedby="people-hint">{{PEOPLE:pre_escape}}</textarea>
      </div>
      <div class="govuk-form-group{{#SIZE_ERROR_CLASS}} govuk-form-group--error{{/SIZE_ERROR_CLASS}}">
        <fieldset class="govuk-fieldset" role="group">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">People in each set</legend>
          {{#SIZE_ERROR}}<p id="smallest-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SIZE_ERROR}}
          <div class="govuk-date-input">
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="smallest">At least</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="smallest" name="smallest" type="text" inputmode="numeric" value="{{SMALLEST}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="largest">At most</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="largest" name="largest" type="text" inputmode="numeric" value="{{LARGEST}}">
            </div></div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#KEEP_APART_ERROR_CLASS}} govuk-form-group--error{{/KEEP_APART_ERROR_CLASS}}">
        <label class="govuk-label govuk-label--s" for="keep-apart">People to keep apart (optional)</label>
        <div id="keep-apart-hint" class="govuk-hint">One pair a line: two email addresses separated by a comma.</div>
        {{#KEEP_APART_ERROR}}<p id="keep-apart-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KEEP_APART_ERROR}}
        <textarea class="govuk-textarea" id="keep-apart" name="keep-apart" rows="4" aria-describedby="keep-apart-hint">{{KEEP_APART:pre_escape}}</textarea>
      </div>
      <div class="leadline-search-progress govuk-!-margin-bottom-6" data-progress hidden>
        <label class="govuk-label" for="set-search-progress">Forming the sets: Leadline tries many groupings and keeps the most diverse it finds.</label>
        <progress id="set-search-progress" max="100" value="0"></progress>
        <p class="govuk-body-s" data-progress-left aria-hidden="true"></p>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Form and save the sets</button>
    </form>
  </div>
</div>
