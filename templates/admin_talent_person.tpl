{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="{{BACK_HREF}}">Back to the review</a>
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Unit and grade</dt><dd class="govuk-summary-list__value">{{UNIT}}, {{GRADE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Line manager</dt><dd class="govuk-summary-list__value">{{MANAGER}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Proposed</dt><dd class="govuk-summary-list__value">{{PROPOSED}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Now</dt><dd class="govuk-summary-list__value" id="placement-now">{{NOW}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence behind it</dt><dd class="govuk-summary-list__value"><strong class="govuk-tag {{STRENGTH_CLASS}}">{{STRENGTH}}</strong> {{EVIDENCE}}</dd></div>
    </dl>
    {{#CAN_MOVE}}<h2 class="govuk-heading-m">Move in the meeting</h2>
    <form method="post" action="{{MOVE_HREF}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      <div class="govuk-form-group{{#PLACEMENT_ERROR}} govuk-form-group--error{{/PLACEMENT_ERROR}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Move to</legend>
          {{#PLACEMENT_ERROR}}<p class="govuk-error-message" id="placement-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PLACEMENT_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#PLACEMENT_OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="placement" type="radio" value="{{VALUE}}"{{#CHOSEN}} checked{{/CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
            </div>{{/PLACEMENT_OPTION}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group{{#PROPOSER_ERROR}} govuk-form-group--error{{/PROPOSER_ERROR}}">
        <label class="govuk-label govuk-label--s" for="proposed_by">Proposed by</label>
        {{#PROPOSER_ERROR}}<p class="govuk-error-message" id="proposed_by-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PROPOSER_ERROR}}
        <select class="govuk-select" id="proposed_by" name="proposed_by">
          <option value="">Choose a reviewer</option>
          {{#PROPOSER}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{NAME}}</option>{{/PROPOSER}}
        </select>
      </div>
      <div class="govuk-form-group{{#REASON_ERROR}} govuk-form-group--error{{/REASON_ERROR}}">
        <label class="govuk-label govuk-label--s" for="reason">Reason</label>
        <div id="reason-hint" class="govuk-hint">The evidence the meeting relied on. It is kept with the move, and the person can read it once the review closes.</div>
        {{#REASON_ERROR}}<p class="govuk-error-message" id="reason-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/REASON_ERROR}}
        <textarea class="govuk-textarea" id="reason" name="reason" rows="3" aria-describedby="reason-hint">{{TYPED_REASON:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Record the move</button>
    </form>{{/CAN_MOVE}}
    {{#CAN_POOL}}<p class="govuk-body"><a class="govuk-link" href="{{POOL_HREF}}">Add them to a talent pool, or renew their place</a></p>{{/CAN_POOL}}
    {{#DISAGREES}}<h2 class="govuk-heading-m">They disagree</h2>
    <div class="govuk-inset-text">On {{WHEN}} they told HR: “{{TEXT}}”</div>{{/DISAGREES}}
    <h2 class="govuk-heading-m">Assessments</h2>
    {{>READ}}
    <h2 class="govuk-heading-m">Views before the meeting</h2>
    {{#NO_VIEWS}}<p class="govuk-body">No reviewer recorded a view.</p>{{/NO_VIEWS}}
    <ul class="govuk-list govuk-list--bullet">{{#VIEW}}<li>{{REVIEWER}}: {{AGREES}}{{#NOTE}}: “{{TEXT}}”{{/NOTE}}</li>{{/VIEW}}</ul>
    <h2 class="govuk-heading-m">Changes</h2>
    {{#NO_MOVES}}<p class="govuk-body">The placement has not been moved in the meeting.</p>{{/NO_MOVES}}
    <ol class="govuk-list govuk-list--number">{{#HISTORY}}<li><strong>{{FROM}}</strong> to <strong>{{TO}}</strong>, proposed by {{BY}} on {{WHEN}}: {{REASON}}</li>{{/HISTORY}}</ol>
  </div>
</div>
