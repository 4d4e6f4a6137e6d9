{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">Feedback sent</h1>
      <div class="govuk-panel__body">Thank you</div>
    </div>
    <p class="govuk-body">{{THANKS}}</p>
    {{#CAN_CHANGE}}<h2 class="govuk-heading-m">If you want to change something</h2>
    <p class="govuk-body">Open the same link again before {{CLOSES_ON}} to <a class="govuk-link" href="{{CHECK_HREF}}">review and change your answers</a>.</p>
    {{/CAN_CHANGE}}
  </div>
</div>
