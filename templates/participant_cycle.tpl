{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{MESSAGE}}</p>
      </div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">Closes {{CLOSES_ON}}</span>
    <h1 class="govuk-heading-l">{{NAME}} <strong class="govuk-tag {{STATE_COLOUR}}">{{STATE}}</strong></h1>
    {{#APPROVAL}}<div class="govuk-inset-text">Your list of raters: {{TEXT}}</div>{{/APPROVAL}}
    {{#REPORT}}<div class="govuk-inset-text">Your report is ready. <a class="govuk-link" href="{{HREF}}">Read your 360 feedback report</a>, then <a class="govuk-link" href="{{PLAN}}">make a development plan</a> from it.</div>
    {{/REPORT}}

    <h2 class="govuk-heading-m" id="self">Your self-assessment</h2>
    {{#SELF_FORM}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <p class="govuk-body">{{TEXT}}</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">{{LABEL}}</button>
    </form>{{/SELF_FORM}}
    {{#SELF_TEXT}}<p class="govuk-body">{{TEXT}}</p>{{/SELF_TEXT}}

    <h2 class="govuk-heading-m">Who you have asked</h2>
    <p class="govuk-body">You see how many have answered in each group, never who. A group is shown in your report only when at least its minimum have answered. Your line manager is the one in the people directory, and is asked for you.</p>
    {{#ANY_TOO_FEW}}<div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>Some groups have fewer people asked than they need. Not everyone asked will answer, so ask more than the minimum where you can.</strong>
    </div>{{/ANY_TOO_FEW}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Raters asked and answers received, by group</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Group</th>
          <th scope="col" class="govuk-table__header">Asked</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Answered</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Needed</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#GROUP}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell">{{#ASKED}}<div class="leadline-asked">{{EMAIL}}{{#WITHDRAW}}
            <form method="post" action="{{ACTION}}" class="leadline-inline-form" novalidate>
              <input type="hidden" name="csrf" value="{{CSRF}}">
              <button type="submit" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Remove<span class="govuk-visually-hidden"> {{EMAIL}}</span></button>
            </form>{{/WITHDRAW}}</div>{{/ASKED}}{{#NONE_ASKED}}No one yet{{/NONE_ASKED}}{{#TOO_FEW}}<p class="govuk-body-s govuk-!-margin-bottom-0"><strong>{{TEXT}}</strong></p>{{/TOO_FEW}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{ANSWERED}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{MINIMUM}}</td>
        </tr>
        {{/GROUP}}
      </tbody>
    </table>

    {{#NOMINATE}}<h2 class="govuk-heading-m" id="ask">Ask someone for feedback</h2>
    <form method="get" action="{{PAGE}}" novalidate>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search">Search the people directory by name or email</label>
        <input class="govuk-input govuk-!-width-two-thirds" id="search" name="q" type="search" value="{{QUERY}}">
        <button type="submit" class="govuk-button govuk-button--secondary leadline-inline-button" data-module="govuk-button">Search</button>
      </div>
    </form>
    {{#SEARCHED}}<ul class="govuk-list">
      {{#RESULT}}<li>{{NAME}}, {{RESULT_EMAIL}}{{#DETAILS}} ({{TEXT}}){{/DETAILS}} – <a class="govuk-link" href="{{USE_HREF}}">ask {{NAME}}</a></li>{{/RESULT}}
      {{#MORE}}<li>{{TEXT}}</li>{{/MORE}}
      {{#NO_RESULTS}}<li>No one in the directory matches. Partners and service users can be asked by email address below.</li>{{/NO_RESULTS}}
    </ul>{{/SEARCHED}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#EMAIL_ERROR}} govuk-form-group--error{{/EMAIL_ERROR}}">
        <label class="govuk-label govuk-label--s" for="rater-email">Their email address</label>
        {{#EMAIL_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#EMAIL_ERROR}} govuk-input--error{{/EMAIL_ERROR}}" id="rater-email" name="email" type="email" spellcheck="false" value="{{EMAIL}}">
      </div>
      <div class="govuk-form-group{{#GROUP_ERROR}} govuk-form-group--error{{/GROUP_ERROR}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who are they to you?</legend>
          {{#GROUP_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/GROUP_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios" id="rater-group">
            {{#GROUP_OPTION}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="rater-group-{{ID}}" name="group" type="radio" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="rater-group-{{ID}}">{{LABEL}}</label>
            </div>
            {{/GROUP_OPTION}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Ask for feedback</button>
    </form>{{/NOMINATE}}
  </div>
</div>
