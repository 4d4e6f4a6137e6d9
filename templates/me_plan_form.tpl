{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <p class="govuk-body">Fewer areas, followed through, change more than many. For each area you choose, say what you want to be doing differently, then pick from the framework's ideas: stretch experiences take weeks or months, micro-actions a minute to half an hour and can become habits.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      <div class="govuk-form-group{{#FOCUS_ERROR}} govuk-form-group--error{{/FOCUS_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="focus-hint{{#FOCUS_ERROR}} focus-error{{/FOCUS_ERROR}}">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Areas to work on</legend>
          <div id="focus-hint" class="govuk-hint">Choose one to {{MOST}}. Areas your report suggests are marked; if you choose another, say why.</div>
          {{#FOCUS_ERROR}}<p id="focus-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FOCUS_ERROR}}
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            {{#ATTRIBUTE}}<div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="{{INPUT_ID}}" name="focus" type="checkbox" value="{{ID}}" aria-describedby="summary-{{ID}}" data-aria-controls="area-{{ID}}"{{#CHOSEN}} checked{{/CHOSEN}}>
              <label class="govuk-label govuk-checkboxes__label" for="{{INPUT_ID}}">{{NAME}}{{#SUGGESTED}} <strong class="govuk-tag govuk-tag--blue">Suggested by your report</strong>{{/SUGGESTED}}</label>
              <div id="summary-{{ID}}" class="govuk-hint govuk-checkboxes__hint">{{SUMMARY}}</div>
            </div>
            <div class="govuk-checkboxes__conditional govuk-checkboxes__conditional--hidden" id="area-{{ID}}">
              {{#WHY}}<div class="govuk-form-group{{#ERROR}} govuk-form-group--error{{/ERROR}}">
                <label class="govuk-label govuk-label--s" for="why-{{ID}}">Why {{NAME}}</label>
                <div id="why-{{ID}}-hint" class="govuk-hint">Your report did not suggest it. A sentence helps whoever supports you.</div>
                {{#ERROR}}<p id="why-{{ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
                <textarea class="govuk-textarea{{#ERROR}} govuk-textarea--error{{/ERROR}}" id="why-{{ID}}" name="why-{{ID}}" rows="2" aria-describedby="why-{{ID}}-hint">{{TEXT:pre_escape}}</textarea>
              </div>{{/WHY}}
              <div class="govuk-form-group{{#GOAL_ERROR}} govuk-form-group--error{{/GOAL_ERROR}}">
                <label class="govuk-label govuk-label--s" for="goal-{{ID}}">Your goal</label>
                <div id="goal-{{ID}}-hint" class="govuk-hint">What you want to be doing differently, in your own words. For example: "In team meetings, I let others speak first."</div>
                {{#GOAL_ERROR}}<p id="goal-{{ID}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/GOAL_ERROR}}
                <textarea class="govuk-textarea{{#GOAL_ERROR}} govuk-textarea--error{{/GOAL_ERROR}}" id="goal-{{ID}}" name="goal-{{ID}}" rows="3" aria-describedby="goal-{{ID}}-hint">{{GOAL:pre_escape}}</textarea>
              </div>
              {{#STRETCH}}<div class="govuk-form-group{{#STRETCH_ERROR}} govuk-form-group--error{{/STRETCH_ERROR}}">
                <fieldset class="govuk-fieldset">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Stretch experiences (optional)</legend>
                  {{#STRETCH_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/STRETCH_ERROR}}
                  <div class="govuk-checkboxes govuk-checkboxes--small">
                    {{#IDEA}}<div class="govuk-checkboxes__item">
                      <input class="govuk-checkboxes__input" id="{{INPUT_ID}}" name="{{NAME}}" type="checkbox" value="{{POSITION}}"{{#CHECKED}} checked{{/CHECKED}}>
                      <label class="govuk-label govuk-checkboxes__label" for="{{INPUT_ID}}">{{TEXT}} <span class="govuk-body-s">({{EFFORT}})</span></label>
                    </div>
                    {{/IDEA}}
                  </div>
                </fieldset>
              </div>{{/STRETCH}}
              {{#MICRO}}<div class="govuk-form-group{{#MICRO_ERROR}} govuk-form-group--error{{/MICRO_ERROR}}">
                <fieldset class="govuk-fieldset">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Micro-actions (optional)</legend>
                  {{#MICRO_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MICRO_ERROR}}
                  <div class="govuk-checkboxes govuk-checkboxes--small">
                    {{#IDEA}}<div class="govuk-checkboxes__item">
                      <input class="govuk-checkboxes__input" id="{{INPUT_ID}}" name="{{NAME}}" type="checkbox" value="{{POSITION}}"{{#CHECKED}} checked{{/CHECKED}}>
                      <label class="govuk-label govuk-checkboxes__label" for="{{INPUT_ID}}">{{TEXT}} <span class="govuk-body-s">({{EFFORT}})</span></label>
                    </div>
                    {{/IDEA}}
                  </div>
                </fieldset>
              </div>{{/MICRO}}
              <div class="govuk-form-group{{#REVIEW_ERROR}} govuk-form-group--error{{/REVIEW_ERROR}}">
                <fieldset class="govuk-fieldset" role="group" aria-describedby="review-{{ID}}-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">When to look back on it (optional)</legend>
                  <div id="review-{{ID}}-hint" class="govuk-hint">For example, 27 3 2027</div>
                  {{#REVIEW_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/REVIEW_ERROR}}
                  <div class="govuk-date-input">
                    <div class="govuk-date-input__item"><div class="govuk-form-group">
                      <label class="govuk-label govuk-date-input__label" for="review-{{ID}}-day">Day</label>
                      <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#REVIEW_ERROR}} govuk-input--error{{/REVIEW_ERROR}}" id="review-{{ID}}-day" name="review-{{ID}}-day" type="text" inputmode="numeric" value="{{DAY}}">
                    </div></div>
                    <div class="govuk-date-input__item"><div class="govuk-form-group">
                      <label class="govuk-label govuk-date-input__label" for="review-{{ID}}-month">Month</label>
                      <input class="govuk-input govuk-date-input__input govuk-input--width-2{{#REVIEW_ERROR}} govuk-input--error{{/REVIEW_ERROR}}" id="review-{{ID}}-month" name="review-{{ID}}-month" type="text" inputmode="numeric" value="{{MONTH}}">
                    </div></div>
                    <div class="govuk-date-input__item"><div class="govuk-form-group">
                      <label class="govuk-label govuk-date-input__label" for="review-{{ID}}-year">Year</label>
                      <input class="govuk-input govuk-date-input__input govuk-input--width-4{{#REVIEW_ERROR}} govuk-input--error{{/REVIEW_ERROR}}" id="review-{{ID}}-year" name="review-{{ID}}-year" type="text" inputmode="numeric" value="{{YEAR}}">
                    </div></div>
                  </div>
                </fieldset>
              </div>
              <div class="govuk-form-group">
                <fieldset class="govuk-fieldset">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who helps (optional)</legend>
                  <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                      <input class="govuk-checkboxes__input" id="manager-{{ID}}" name="manager-{{ID}}" type="checkbox" value="yes"{{#MANAGER_CHECKED}} checked{{/MANAGER_CHECKED}}>
                      <label class="govuk-label govuk-checkboxes__label" for="manager-{{ID}}">My line manager</label>
                    </div>
                    <div class="govuk-checkboxes__item">
                      <input class="govuk-checkboxes__input" id="mentor-{{ID}}" name="mentor-{{ID}}" type="checkbox" value="yes"{{#MENTOR_CHECKED}} checked{{/MENTOR_CHECKED}}>
                      <label class="govuk-label govuk-checkboxes__label" for="mentor-{{ID}}">A mentor</label>
                    </div>
                  </div>
                </fieldset>
              </div>
            </div>
            {{/ATTRIBUTE}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save your plan</button>
        <a class="govuk-link" href="{{BACK}}">Cancel</a>
      </div>
    </form>
  </div>
</div>
