{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">Thank you: your answer is in. You can change it here until {{CLOSES}}.</p>
      </div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Has {{SUBJECT}} changed since their feedback?</h1>
    <p class="govuk-body">You gave {{SUBJECT}} feedback in {{CYCLE}}. Since then they have been working on some of the areas below. For each one, say whether they have become more or less effective, as you have seen it. If you have not seen enough to say, choose that: it is left out, not counted as no change.</p>
    <p class="govuk-body">It takes about two minutes and is open until {{CLOSES}}. {{SUBJECT}} sees only figures from several people together, after it closes, never who said what.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#AREA}}<div class="govuk-form-group{{#ERROR_CLASS}} govuk-form-group--error{{/ERROR_CLASS}}">
        <fieldset class="govuk-fieldset" aria-describedby="{{FIELD}}-hint{{#ERROR}} {{FIELD}}-error{{/ERROR}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{NAME}}</legend>
          <div id="{{FIELD}}-hint" class="govuk-hint">{{#DESCRIPTION}}{{TEXT}} {{/DESCRIPTION}}Compared with when you gave feedback, {{SUBJECT}} is now:</div>
          {{#ERROR}}<p id="{{FIELD}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#CHOICE}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="{{FIELD}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
            </div>
            {{/CHOICE}}<div class="govuk-radios__divider">or</div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{FIELD}}-unseen" name="{{FIELD}}" type="radio" value="unseen"{{#UNSEEN_CHECKED}} checked{{/UNSEEN_CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{FIELD}}-unseen">I have not seen enough to say</label>
            </div>
          </div>
        </fieldset>
      </div>
      {{/AREA}}<div class="govuk-form-group{{#FEEDFORWARD_ERROR_CLASS}} govuk-form-group--error{{/FEEDFORWARD_ERROR_CLASS}}">
        <h2 class="govuk-label-wrapper"><label class="govuk-label govuk-label--m" for="feedforward">One suggestion for the months ahead (optional)</label></h2>
        <div id="feedforward-hint" class="govuk-hint">Something {{SUBJECT}} could try next, rather than what went wrong. Up to {{LONGEST}} characters. It is shown only when enough people have answered, and never with who wrote it.</div>
        {{#FEEDFORWARD_ERROR}}<p id="feedforward-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FEEDFORWARD_ERROR}}
        <textarea class="govuk-textarea" id="feedforward" name="feedforward" rows="4" aria-describedby="feedforward-hint">{{FEEDFORWARD:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Send</button>
    </form>
  </div>
</div>
