{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a class="govuk-back-link" href="/me/talent">Back to talent reviews</a>
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">What the review says about you</h1>
    {{#OPEN}}<p class="govuk-body">The review is still {{STAGE}}. Your line manager's assessment and your placement are shown here once it closes, with the reason for any change the meeting made.</p>{{/OPEN}}
    {{#CLOSED}}<dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Placement</dt><dd class="govuk-summary-list__value">{{NOW}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence behind it</dt><dd class="govuk-summary-list__value">{{EVIDENCE}}</dd></div>
    </dl>
    {{#CHANGE}}<p class="govuk-body">The meeting moved you from {{FROM}} to {{TO}}: {{REASON}}</p>{{/CHANGE}}{{/CLOSED}}
    {{>READ}}
  </div>
</div>
