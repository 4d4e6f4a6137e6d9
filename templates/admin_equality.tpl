{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#SAVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The values are saved. People files are checked against them from now on.</p></div>
    </div>{{/SAVED}}
    <h1 class="govuk-heading-l">Equality information</h1>
    <p class="govuk-body">These are the values your organisation records for each protected characteristic. A people file may carry them in the columns named below; a value not listed here stops the import and is shown with its line. Leadline uses them only for figures about groups, such as whether a talent review places groups in the top boxes at similar rates, and never shows them about one person.</p>
    <p class="govuk-body">Write one value per line, in the order you want them listed. Leave a characteristic empty if your organisation does not record it. Changing a value here does not change what is already recorded: people keep the value they had until a file changes it.</p>
    <form method="post" action="/admin/equality" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#FIELD}}<div class="govuk-form-group{{#HAS_ERROR}} govuk-form-group--error{{/HAS_ERROR}}">
        <label class="govuk-label govuk-label--s" for="{{ID}}">{{LABEL}}</label>
        <div id="{{ID}}-hint" class="govuk-hint">Column <code>{{ID}}</code> in the people file</div>
        {{#ERROR}}<p class="govuk-error-message" id="{{ID}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <textarea class="govuk-textarea{{#HAS_ERROR}} govuk-textarea--error{{/HAS_ERROR}}" id="{{ID}}" name="{{ID}}" rows="6" spellcheck="false" aria-describedby="{{ID}}-hint{{#HAS_ERROR}} {{ID}}-error{{/HAS_ERROR}}">{{VALUES:pre_escape}}</textarea>
      </div>{{/FIELD}}
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save values</button>
    </form>
  </div>
</div>
