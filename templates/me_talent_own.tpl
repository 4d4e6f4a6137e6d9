{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="/me/talent">Back to talent reviews</a>
    {{#SENT}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="sent-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="sent-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">HR has what you said.</p></div>
    </div>{{/SENT}}
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">What the review says about you</h1>
    {{#OPEN}}<p class="govuk-body">The review is still {{STAGE}}. Your line manager's assessment and your placement are shown here once it closes, with the reason for any change the meeting made.</p>{{/OPEN}}
    {{#CLOSED}}<dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Placement</dt><dd class="govuk-summary-list__value">{{NOW}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence behind it</dt><dd class="govuk-summary-list__value">{{EVIDENCE}}</dd></div>
    </dl>
    {{#POOL}}<div class="govuk-inset-text" id="pool">You have been approved for <strong>{{NAME}}</strong>, until {{UNTIL}}. {{PURPOSE}}</div>{{/POOL}}
    {{#POOL_ENDED}}<p class="govuk-body">Your place in {{NAME}} ended on {{UNTIL}}.</p>{{/POOL_ENDED}}
    {{#CHANGE}}<p class="govuk-body">The meeting moved you from {{FROM}} to {{TO}}: {{REASON}}</p>{{/CHANGE}}
    <h2 class="govuk-heading-m">If you disagree</h2>
    {{#SAID}}<div class="govuk-inset-text">You told HR on {{WHEN}}: “{{TEXT}}”</div>{{/SAID}}
    <form method="post" action="{{DISAGREE_HREF}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#SAID_ERROR}} govuk-form-group--error{{/SAID_ERROR}}">
        <label class="govuk-label govuk-label--s" for="said">What do you disagree with, and why?</label>
        <div id="said-hint" class="govuk-hint">HR reads this beside your review. Nobody else in the review sees it. You can change it later.</div>
        {{#SAID_ERROR}}<p class="govuk-error-message" id="said-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SAID_ERROR}}
        <textarea class="govuk-textarea" id="said" name="said" rows="4" aria-describedby="said-hint">{{TYPED:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Send to HR</button>
    </form>{{/CLOSED}}
    {{>READ}}
  </div>
</div>
