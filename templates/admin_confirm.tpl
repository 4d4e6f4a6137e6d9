{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#PARAGRAPH}}<p class="govuk-body">{{TEXT}}</p>
    {{/PARAGRAPH}}
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{{WARNING}}</strong>
    </div>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="confirmed" value="yes">
      {{#FIELD}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/FIELD}}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">{{LABEL}}</button>
        <a class="govuk-link" href="{{BACK}}">{{BACK_LABEL}}</a>
      </div>
    </form>
  </div>
</div>
