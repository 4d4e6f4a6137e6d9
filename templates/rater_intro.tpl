{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-l">{{CYCLE_NAME}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#SAVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Saved</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your answers are saved. Open the same link to carry on.</p></div>
    </div>
    {{/SAVED}}
    {{#SUBMITTED}}<div class="govuk-inset-text">{{SUBMITTED_TEXT}}</div>
    {{/SUBMITTED}}
    <p class="govuk-body">{{WHY}}</p>
    <h2 class="govuk-heading-m">How your answers are used</h2>
    <p class="govuk-body">{{ANONYMITY}}</p>
    {{#ORGANISATION}}<p class="govuk-body">This feedback is collected for {{NAME}}.{{#CONTACT}} If you have a question about it, email <a class="govuk-link" href="mailto:{{EMAIL}}">{{EMAIL}}</a>.{{/CONTACT}}</p>
    {{#PRIVACY}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}" rel="noreferrer noopener" target="_blank">Read how {{NAME}} uses your information (opens in a new tab)</a></p>{{/PRIVACY}}
    {{/ORGANISATION}}
    {{#INVOLVES}}<h2 class="govuk-heading-m">What it involves</h2>
    <p class="govuk-body">There are {{ATTRIBUTES}} short pages, one for each part of the {{FRAMEWORK_NAME}} framework. It takes about {{MINUTES}} minutes.</p>
    <p class="govuk-body">You can save your answers and come back later using the same link. The link is private: please do not share it.</p>
    <p class="govuk-body">Answers can be given until {{CLOSES_ON}}.</p>
    {{/INVOLVES}}
    {{#CAN_ANSWER}}<a href="{{START_HREF}}" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">
      {{START_LABEL}}
      <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
    {{/CAN_ANSWER}}
    {{#CLOSED}}<div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{{CLOSED_TEXT}}</strong>
    </div>
    {{/CLOSED}}
  </div>
</div>
