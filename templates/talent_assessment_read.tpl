{{%AUTOESCAPE context="HTML"}}{{#ASSESSMENT}}<h3 class="govuk-heading-s">{{WHO}}</h3>
<dl class="govuk-summary-list">
  {{#RATING}}<div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">{{INDICATOR}}</dt>
    <dd class="govuk-summary-list__value"><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{{LEVEL}}</p>{{#MEANING}}<p class="govuk-body-s">{{TEXT}}</p>{{/MEANING}}<p class="govuk-body">{{EVIDENCE}}</p></dd>
  </div>{{/RATING}}
</dl>{{/ASSESSMENT}}{{#NO_ASSESSMENT}}<p class="govuk-body">{{TEXT}}</p>{{/NO_ASSESSMENT}}
{{#THREE_SIXTY}}<h3 class="govuk-heading-s">From the 360: {{CYCLE}}</h3>
<p class="govuk-body-s">What {{RATERS}} others said, as means on the 360's scale with 90% intervals. These come from a different framework from the indicators, so they inform the evidence rather than stand in for it.</p>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">360 figures</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Attribute</th><th scope="col" class="govuk-table__header">Others</th></tr></thead>
  <tbody class="govuk-table__body">
    {{#ATTRIBUTE}}<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{{NAME}}</th><td class="govuk-table__cell">{{FIGURE}}</td></tr>{{/ATTRIBUTE}}
  </tbody>
</table>{{/THREE_SIXTY}}{{#NO_THREE_SIXTY}}<p class="govuk-body-s">No published 360 report.</p>{{/NO_THREE_SIXTY}}
