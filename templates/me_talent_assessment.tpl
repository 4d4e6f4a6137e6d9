{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="/me/talent">Back to talent reviews</a>
    {{#SAVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Saved. You can change it until calibration begins.</p></div>
    </div>{{/SAVED}}
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#EDIT}}<p class="govuk-body">{{INTRO}}</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      {{#INDICATOR}}<div class="govuk-form-group{{#HAS_ERROR}} govuk-form-group--error{{/HAS_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="{{FIELD}}-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">{{NAME}}</h2></legend>
          <div id="{{FIELD}}-hint" class="govuk-hint">{{DESCRIPTION}}</div>
          {{#ERROR}}<p class="govuk-error-message" id="{{FIELD}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            {{#LEVEL}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="{{FIELD}}" type="radio" value="{{VALUE}}"{{#CHOSEN}} checked{{/CHOSEN}} aria-describedby="{{ID}}-hint">
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
              <div id="{{ID}}-hint" class="govuk-hint govuk-radios__hint">{{MEANING}}</div>
            </div>{{/LEVEL}}
          </div>
        </fieldset>
        <label class="govuk-label govuk-!-margin-top-3" for="{{EVIDENCE_FIELD}}">Evidence for {{NAME}}</label>
        <div id="{{EVIDENCE_FIELD}}-hint" class="govuk-hint">What they did, when, and what came of it. A level counts only with at least a sentence of evidence.</div>
        <textarea class="govuk-textarea" id="{{EVIDENCE_FIELD}}" name="{{EVIDENCE_FIELD}}" rows="4" aria-describedby="{{EVIDENCE_FIELD}}-hint">{{EVIDENCE:pre_escape}}</textarea>
      </div>{{/INDICATOR}}
      {{#PLACEMENT}}<div class="govuk-form-group{{#PLACEMENT_ERROR}} govuk-form-group--error{{/PLACEMENT_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="placement-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Proposed placement</h2></legend>
          <div id="placement-hint" class="govuk-hint">{{SUGGESTION}} The calibration meeting may move it, with a reason.</div>
          {{#PLACEMENT_ERROR}}<p class="govuk-error-message" id="placement-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PLACEMENT_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#PLACEMENT_OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="placement" type="radio" value="{{VALUE}}"{{#CHOSEN}} checked{{/CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
            </div>{{/PLACEMENT_OPTION}}
          </div>
        </fieldset>
      </div>{{/PLACEMENT}}
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save</button>
    </form>{{/EDIT}}
    {{#READ_ONLY}}<p class="govuk-body">{{TEXT}}</p>{{/READ_ONLY}}
    {{>READ}}
  </div>
</div>
