{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#CLOSED}}<div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{{CLOSED_TEXT}}</strong>
    </div>
    {{/CLOSED}}
    {{#ATTRIBUTE}}<h2 class="govuk-heading-m">{{NAME}}</h2>
    <dl class="govuk-summary-list">
      {{#ROW}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{STATEMENT}}</dt>
        <dd class="govuk-summary-list__value">{{ANSWER}}</dd>
        {{#CHANGE}}<dd class="govuk-summary-list__actions"><a class="govuk-link" href="{{CHANGE_HREF}}">Change<span class="govuk-visually-hidden"> {{STATEMENT}}</span></a></dd>{{/CHANGE}}
      </div>
      {{/ROW}}
    </dl>
    {{/ATTRIBUTE}}
    {{#SEND}}<h2 class="govuk-heading-m">Now send your feedback</h2>
    <p class="govuk-body">You can still change your answers after sending, until {{CLOSES_ON}}.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Send feedback</button>
    </form>
    {{/SEND}}
  </div>
</div>
