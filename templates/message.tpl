{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#PARAGRAPH}}<p class="govuk-body">{{TEXT}}</p>
    {{/PARAGRAPH}}
  </div>
</div>
