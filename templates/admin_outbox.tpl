{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Outbox</h1>
    <p class="govuk-body">Invitations, reminders and sign-in links wait here until they are sent. When Leadline has no mail server set (<code>--smtp-url</code>), send them yourself: each waiting message shows its text. A sent message's text is removed, because it holds a private link.</p>
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
          {{#BODY}}<div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Message</dt>
            <dd class="govuk-summary-list__value leadline-message-text">{{TEXT}}</dd>
          </div>{{/BODY}}
        </dl>
      </div>
    </div>
    {{/MESSAGE}}
  </div>
</div>
