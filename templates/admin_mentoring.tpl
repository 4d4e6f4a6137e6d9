{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="{{BACK}}" class="govuk-back-link">Back to the cycle</a>
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Mentor matching</h1>
    <p class="govuk-body">Each person is matched with a mentor whom others rate highly where their own report suggests they focus, so that the programme's total fit is as high as it can be. Nobody is matched with someone in their line chain, in their own team, or whom they asked to rate them. Mentors from another department, and of a more senior grade, are preferred.</p>
    <p class="govuk-body">{{MATCHED}} people matched, from {{MENTORS}} possible mentors. Total fit {{TOTAL}}: the sum, over the pairs, of how far above the cycle's average each mentor is rated where their mentee wants to grow, plus a quarter point for each preference met.</p>
    {{#CHANGES}}<div class="govuk-inset-text">You chose {{COUNT}} of these pairs yourself; everyone else is matched as well as they can be around them. The total fit is {{TOTAL}}, against {{BEST}} for the best matching without your choices: they cost {{COST}}. <a class="govuk-link" href="{{UNDO}}">Undo your changes</a></div>{{/CHANGES}}
    {{#CHANGE}}<div class="govuk-!-margin-bottom-6" id="change">
    <form method="get" action="{{PAGE}}" novalidate>
      <input type="hidden" name="capacity" value="{{CAPACITY}}">
      {{#KEEP_FIELD}}<input type="hidden" name="keep" value="{{VALUE}}">
      {{/KEEP_FIELD}}
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Another mentor for {{MENTEE}}</h2></legend>
          <div class="govuk-hint">The best fits who may mentor them. The total fit now is {{NOW}}; each choice says what it would become, with everyone else matched again around it.</div>
          {{#NO_OPTIONS}}<p class="govuk-body">Nobody else who may mentor them is strong where they want to grow.</p>{{/NO_OPTIONS}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="keep" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{NAME}}{{#CURRENT}} (their mentor now){{/CURRENT}}</label>
              <div class="govuk-hint govuk-radios__hint">{{DEPARTMENT}}. Fit {{FIT}}; total fit {{TOTAL}}, {{DIFFERENCE}}.</div>
            </div>
            {{/OPTION}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">Use this mentor</button>
        <a class="govuk-link" href="{{CANCEL}}">Cancel</a>
      </div>
    </form>
    </div>{{/CHANGE}}
    <form method="get" action="{{PAGE}}" novalidate>
      <div class="govuk-form-group{{#CAPACITY_ERROR}} govuk-form-group--error{{/CAPACITY_ERROR}}">
        <label class="govuk-label" for="capacity">Most people each mentor takes</label>
        {{#CAPACITY_ERROR}}<p id="capacity-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CAPACITY_ERROR}}
        <input class="govuk-input govuk-input--width-2{{#CAPACITY_ERROR}} govuk-input--error{{/CAPACITY_ERROR}}" id="capacity" name="capacity" type="text" inputmode="numeric" value="{{CAPACITY_TYPED}}"{{#CAPACITY_ERROR}} aria-describedby="capacity-error"{{/CAPACITY_ERROR}}>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Match again</button>
    </form>
    <p class="govuk-body"><a class="govuk-link" href="{{CSV}}" download>Download the matches as CSV</a></p>
    {{#CONFIRMED_NOW}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{COUNT}} pairs confirmed. Each mentee and mentor has been emailed, and sees the other on their home page.</p></div>
    </div>{{/CONFIRMED_NOW}}
    {{#CONFIRM}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="capacity" value="{{CAPACITY}}">
      {{#KEEP}}<input type="hidden" name="keep" value="{{VALUE}}">
      {{/KEEP}}
      {{#BEFORE}}<p class="govuk-body">Pairs were last confirmed on {{DATE}}. Confirming again replaces them with these and emails everyone in them.</p>{{/BEFORE}}
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Confirm these pairs and tell people</button>
    </form>{{/CONFIRM}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Matches</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Mentee</th>
          <th scope="col" class="govuk-table__header">Mentor</th>
          <th scope="col" class="govuk-table__header">Why</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Fit</th>
          <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#MATCH}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{MENTEE}}<br><span class="govuk-body-s">{{MENTEE_EMAIL}}</span></th>
          <td class="govuk-table__cell">{{MENTOR}}<br><span class="govuk-body-s">{{MENTOR_EMAIL}}</span></td>
          <td class="govuk-table__cell">{{REASON}}{{#KEPT}} <strong class="govuk-tag govuk-tag--blue">Your choice</strong>{{/KEPT}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{FIT}}</td>
          <td class="govuk-table__cell"><a class="govuk-link" href="{{CHANGE}}">Change<span class="govuk-visually-hidden"> the mentor of {{MENTEE}}</span></a></td>
        </tr>
        {{/MATCH}}
      </tbody>
    </table>
  </div>
</div>
