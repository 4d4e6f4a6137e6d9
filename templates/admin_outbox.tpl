{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{MESSAGE}}</p></div>
    </div>{{/DONE}}
    <h1 class="govuk-heading-l">Outbox</h1>
    <p class="govuk-body">Invitations, reminders, nudges, sign-in links and report notices wait here until they are sent. When Leadline has no mail server set (<code>--smtp-url</code>), send them yourself: each waiting message shows its text; then mark it as sent. A message the mail server refuses is tried again, waiting longer each time, and given up after a few hours: check the address, then try it again. A sent message's text is removed, because it holds a private link.</p>
    {{#EMPTY}}<p class="govuk-body">There are no messages.</p>{{/EMPTY}}
    {{#MESSAGE}}<div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title">{{SUBJECT}}</h2>
        <strong class="govuk-tag {{STATUS_COLOUR}}">{{STATUS}}</strong>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">To</dt>
            <dd class="govuk-summary-list__value">{{TO}}</dd>
          </div>
          {{#PROBLEM}}<div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Last problem</dt>
            <dd class="govuk-summary-list__value">{{TEXT}}</dd>
          </div>{{/PROBLEM}}
          {{#BODY}}<div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Message</dt>
            <dd class="govuk-summary-list__value leadline-message-text">{{TEXT}}</dd>
          </div>{{/BODY}}
        </dl>
        {{#ACTIONS}}<div class="govuk-button-group">
          <form method="post" action="{{SENT_ACTION}}" novalidate>
            <input type="hidden" name="csrf" value="{{CSRF}}">
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Mark as sent<span class="govuk-visually-hidden">: {{SUBJECT}}, to {{TO}}</span></button>
          </form>
          {{#RETRY}}<form method="post" action="{{ACTION}}" novalidate>
            <input type="hidden" name="csrf" value="{{CSRF}}">
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Try again now<span class="govuk-visually-hidden"> to send to {{TO}}</span></button>
          </form>{{/RETRY}}
        </div>{{/ACTIONS}}
      </div>
    </div>
    {{/MESSAGE}}
  </div>
</div>
