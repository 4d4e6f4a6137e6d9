{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#SAVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your organisation's details are saved. Emails written from now on, and raters' first pages, use them.</p></div>
    </div>{{/SAVED}}
    <h1 class="govuk-heading-l">Your organisation</h1>
    <p class="govuk-body">Raters and participants are more likely to answer when they can see who is asking. Every email Leadline writes ends with these details, and each rater's first page names your organisation, whom to ask and where your privacy notice is.</p>
    <form method="post" action="/admin/organisation" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
        <label class="govuk-label govuk-label--s" for="name">Name of your organisation</label>
        {{#NAME_ERROR}}<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" autocomplete="organization" value="{{NAME}}"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
      </div>
      <div class="govuk-form-group{{#CONTACT_ERROR}} govuk-form-group--error{{/CONTACT_ERROR}}">
        <label class="govuk-label govuk-label--s" for="contact-email">Email address for questions (optional)</label>
        <div id="contact-email-hint" class="govuk-hint">A shared inbox your HR or learning team reads, not a person's own</div>
        {{#CONTACT_ERROR}}<p id="contact-email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CONTACT_ERROR}}
        <input class="govuk-input{{#CONTACT_ERROR}} govuk-input--error{{/CONTACT_ERROR}}" id="contact-email" name="contact-email" type="email" spellcheck="false" autocomplete="email" value="{{CONTACT}}" aria-describedby="contact-email-hint{{#CONTACT_ERROR}} contact-email-error{{/CONTACT_ERROR}}">
      </div>
      <div class="govuk-form-group{{#PRIVACY_ERROR}} govuk-form-group--error{{/PRIVACY_ERROR}}">
        <label class="govuk-label govuk-label--s" for="privacy-url">Web address of your privacy notice (optional)</label>
        <div id="privacy-url-hint" class="govuk-hint">For example, https://www.council.example/privacy/staff-feedback</div>
        {{#PRIVACY_ERROR}}<p id="privacy-url-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PRIVACY_ERROR}}
        <input class="govuk-input{{#PRIVACY_ERROR}} govuk-input--error{{/PRIVACY_ERROR}}" id="privacy-url" name="privacy-url" type="url" spellcheck="false" value="{{PRIVACY}}" aria-describedby="privacy-url-hint{{#PRIVACY_ERROR}} privacy-url-error{{/PRIVACY_ERROR}}">
      </div>
      <h2 class="govuk-heading-m">How long individual answers are kept</h2>
      <p class="govuk-body">Once a cycle's reports are published, what each rater answered is no longer needed to read them. Set how many months after a cycle closes its ratings and comments are deleted; the reports stay, reading exactly as they did. Leave it empty to keep answers until you decide.</p>
      <div class="govuk-form-group{{#RETENTION_ERROR}} govuk-form-group--error{{/RETENTION_ERROR}}">
        <label class="govuk-label govuk-label--s" for="answer-retention">Delete answers this many months after a cycle closes (optional)</label>
        <div id="answer-retention-hint" class="govuk-hint">For example, 24. Deleting cannot be undone; the audit log records each time it happens.</div>
        {{#RETENTION_ERROR}}<p id="answer-retention-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/RETENTION_ERROR}}
        <div class="govuk-input__wrapper">
          <input class="govuk-input govuk-input--width-3{{#RETENTION_ERROR}} govuk-input--error{{/RETENTION_ERROR}}" id="answer-retention" name="answer-retention" type="text" inputmode="numeric" spellcheck="false" value="{{RETENTION}}" aria-describedby="answer-retention-hint{{#RETENTION_ERROR}} answer-retention-error{{/RETENTION_ERROR}}">
          <div class="govuk-input__suffix" aria-hidden="true">months</div>
        </div>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save details</button>
    </form>
  </div>
</div>
