{{%AUTOESCAPE context="HTML"}}{{#ERRORS}}<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list">
        {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
        {{/ERROR}}
      </ul>
    </div>
  </div>
</div>
{{/ERRORS}}
