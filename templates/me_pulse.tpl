{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">Added: they will be asked in each round still to come, and in a round open now.</p>
      </div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Your pulse: has anything changed?</h1>
    <p class="govuk-body">Some months after your report, the people who rated you are asked, in a short anonymous survey, whether you have become more or less effective in the focus areas of <a class="govuk-link" href="{{PLAN}}">your development plan</a>, and in one or two other areas they are not told apart from them. Comparing the two shows whether change is where you worked on it, rather than goodwill all round.</p>
    <p class="govuk-body">Each change is from −3 (much less effective) to +3 (much more). Results appear once a round closes, and only when enough people answered; the range after each figure is where the true average most likely lies (90% of the time).</p>
    {{#NO_ROUNDS}}<div class="govuk-inset-text">Your HR team has not set dates for the pulse yet.</div>{{/NO_ROUNDS}}
    {{#ROUND}}<h2 class="govuk-heading-m">Round {{NUMBER}}: {{OPENS}} to {{CLOSES}}</h2>
    {{#SCHEDULED}}<p class="govuk-body">Opens on {{OPENS}}. It asks about the focus areas in your plan on that day, so a plan needs to be saved by then.</p>{{/SCHEDULED}}
    {{#OPEN}}<p class="govuk-body">Open until {{CLOSES}}: {{INVITED}} people have been asked. Results show here after it closes.</p>{{/OPEN}}
    {{#NOT_ASKED}}<p class="govuk-body">This round did not ask about you: you had no development plan when it opened.</p>{{/NOT_ASKED}}
    {{#RESULT}}<p class="govuk-body">{{ANSWERED}} of {{INVITED}} people answered.</p>
    {{#TOO_FEW}}<div class="govuk-inset-text">Results need at least {{MINIMUM}} answers, so that nobody's can be picked out; nothing is shown for this round.</div>{{/TOO_FEW}}
    {{#FIGURES}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Change seen, by area</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Area</th>
        <th scope="col" class="govuk-table__header">Asked as</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Average change</th>
        <th scope="col" class="govuk-table__header">Range (90%)</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Answers</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#AREA}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell">{{KIND}}</td>
          {{#SHOWN}}<td class="govuk-table__cell govuk-table__cell--numeric">{{MEAN}}</td>
          <td class="govuk-table__cell">{{INTERVAL}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{N}}</td>{{/SHOWN}}
          {{#HIDDEN}}<td class="govuk-table__cell" colspan="3">Too few answered this to show it</td>{{/HIDDEN}}
        </tr>
        {{/AREA}}
      </tbody>
    </table>
    {{#FOCUS}}<p class="govuk-body">Your focus areas together: <strong>{{MEAN}}</strong> (range {{INTERVAL}}).</p>{{/FOCUS}}
    <div class="govuk-inset-text"><p class="govuk-body">{{HONEST}}</p>{{#DIFFERENCE}}<p class="govuk-body">Focus areas minus the others, person by person: {{MEAN}} (range {{INTERVAL}}, from {{N}} people).</p>{{/DIFFERENCE}}</div>
    {{#FEEDFORWARD}}<h3 class="govuk-heading-s">Suggestions for the months ahead</h3>
    <ul class="govuk-list govuk-list--bullet">
      {{#ITEM}}<li class="leadline-preserve-lines">{{TEXT}}</li>
      {{/ITEM}}
    </ul>{{/FEEDFORWARD}}{{/FIGURES}}{{/RESULT}}
    {{/ROUND}}
    <h2 class="govuk-heading-m">Ask someone else too</h2>
    <p class="govuk-body">Everyone who rated you in this cycle is asked. You can add people who have seen your work since, such as a new colleague or a partner you work with.</p>
    {{#ADDED}}<p class="govuk-body">Added: {{NAME}} ({{EMAIL}}), {{GROUP}}.</p>
    {{/ADDED}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#EMAIL_ERROR_CLASS}} govuk-form-group--error{{/EMAIL_ERROR_CLASS}}">
        <label class="govuk-label" for="email">Their email address</label>
        {{#EMAIL_ERROR}}<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input" id="email" name="email" type="email" autocomplete="off" spellcheck="false" value="{{EMAIL}}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="name">Their name</label>
        <input class="govuk-input" id="name" name="name" type="text" value="{{NAME}}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="group">Who they are to you</label>
        <select class="govuk-select" id="group" name="group">
          {{#GROUP_CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/GROUP_CHOICE}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add them</button>
    </form>
  </div>
</div>
