{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <p class="govuk-body">You will sign in to Leadline as <strong>{{EMAIL}}</strong> with this password.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="username" value="{{EMAIL}}" autocomplete="username">
      <div class="govuk-form-group{{#PASSWORD_ERROR}} govuk-form-group--error{{/PASSWORD_ERROR}}">
        <label class="govuk-label govuk-label--s" for="password">Password</label>
        <div id="password-hint" class="govuk-hint">At least 12 characters. A few random words you will remember make a strong password.</div>
        {{#PASSWORD_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PASSWORD_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#PASSWORD_ERROR}} govuk-input--error{{/PASSWORD_ERROR}}" id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint">
      </div>
      <div class="govuk-form-group{{#CONFIRMATION_ERROR}} govuk-form-group--error{{/CONFIRMATION_ERROR}}">
        <label class="govuk-label govuk-label--s" for="confirmation">Type the password again</label>
        {{#CONFIRMATION_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CONFIRMATION_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#CONFIRMATION_ERROR}} govuk-input--error{{/CONFIRMATION_ERROR}}" id="confirmation" name="confirmation" type="password" autocomplete="new-password">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save password and sign in</button>
    </form>
  </div>
</div>
