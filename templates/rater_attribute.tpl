{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <span class="govuk-caption-l leadline-progress">{{POSITION}} of {{TOTAL}}</span>
      <h1 class="govuk-heading-l">{{ATTRIBUTE_NAME}}</h1>
      <p class="govuk-body">{{ATTRIBUTE_SUMMARY}}</p>
      <p class="govuk-body">{{QUESTION}}</p>
      {{#BEHAVIOUR}}<div class="govuk-form-group{{#ERROR}} govuk-form-group--error{{/ERROR}}">
        <fieldset class="govuk-fieldset"{{#ERROR}} aria-describedby="{{FIELD_ID}}-error"{{/ERROR}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{STATEMENT}}</legend>
          {{#ERROR}}<p id="{{FIELD_ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{OPTION_ID}}" name="{{FIELD_NAME}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{OPTION_ID}}">{{LABEL}}</label>
            </div>
            {{/OPTION}}
            {{#NOT_OBSERVED}}<div class="govuk-radios__divider">or</div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{FIELD_ID}}-none" name="{{FIELD_NAME}}" type="radio" value="not-observed"{{#NOT_OBSERVED_CHECKED}} checked{{/NOT_OBSERVED_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{FIELD_ID}}-none">{{NOT_OBSERVED_LABEL}}</label>
            </div>
            {{/NOT_OBSERVED}}
          </div>
        </fieldset>
      </div>
      {{/BEHAVIOUR}}
      {{#COMMENT}}<div class="govuk-form-group{{#ERROR}} govuk-form-group--error{{/ERROR}}">
        <label class="govuk-label govuk-label--s" for="{{FIELD_ID}}">{{LABEL}} (optional)</label>
        <div id="{{FIELD_ID}}-hint" class="govuk-hint">{{HINT}}</div>
        {{#ERROR}}<p id="{{FIELD_ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <textarea class="govuk-textarea{{#ERROR}} govuk-textarea--error{{/ERROR}}" id="{{FIELD_ID}}" name="{{FIELD_NAME}}" rows="4" aria-describedby="{{FIELD_ID}}-hint">{{VALUE}}</textarea>
      </div>
      {{/COMMENT}}
      <div class="govuk-button-group">
        <button type="submit" name="action" value="continue" class="govuk-button" data-module="govuk-button">Continue</button>
        <button type="submit" name="action" value="later" class="govuk-button govuk-button--secondary" data-module="govuk-button">Save and come back later</button>
      </div>
    </form>
    {{#BACK}}<p class="govuk-body"><a class="govuk-link" href="{{BACK_HREF}}">Back to the previous page</a></p>{{/BACK}}
  </div>
</div>
