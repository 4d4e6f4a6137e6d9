{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#SIGNED_OUT}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="signed-out-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="signed-out-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">You have signed out.</p>
      </div>
    </div>{{/SIGNED_OUT}}
    <h1 class="govuk-heading-l">Sign in</h1>
    <p class="govuk-body">Sign in to run feedback cycles, nominate your raters or read your report. If you were asked to give feedback, you do not need to sign in: use the private link in your email.</p>
    <form method="post" action="/sign-in" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#EMAIL_ERROR}} govuk-form-group--error{{/EMAIL_ERROR}}">
        <label class="govuk-label govuk-label--s" for="email">Email address</label>
        {{#EMAIL_ERROR}}<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input{{#EMAIL_ERROR}} govuk-input--error{{/EMAIL_ERROR}}" id="email" name="email" type="email" value="{{EMAIL}}" autocomplete="username" spellcheck="false">
      </div>
      <div class="govuk-form-group{{#PASSWORD_ERROR}} govuk-form-group--error{{/PASSWORD_ERROR}}">
        <label class="govuk-label govuk-label--s" for="password">Password</label>
        {{#PASSWORD_ERROR}}<p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PASSWORD_ERROR}}
        <input class="govuk-input{{#PASSWORD_ERROR}} govuk-input--error{{/PASSWORD_ERROR}}" id="password" name="password" type="password" autocomplete="current-password">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Sign in</button>
    </form>
    <h2 class="govuk-heading-m">If you cannot sign in</h2>
    <p class="govuk-body">Ask your HR or learning team for a new sign-in link. It lets you choose a new password.</p>
  </div>
</div>
