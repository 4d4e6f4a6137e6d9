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
    <span class="govuk-caption-l">{{NAME}}</span>
    <h1 class="govuk-heading-l">Your micro-actions, week of {{DATE}}</h1>
    {{#OVER}}<div class="govuk-inset-text">That week is over, so this page no longer takes answers. Thank you for trying: the email for the week you are in has a fresh link, and your plan shows every week.</div>{{/OVER}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">The week's micro-actions and what you said</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Micro-action</th>
        <th scope="col" class="govuk-table__header">So far</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#ITEM}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{TEXT}}</td>
          <td class="govuk-table__cell">{{STATE}}{{#ANSWER}}
            <form method="post" action="{{ACTION}}" class="leadline-inline-form" novalidate>
              <input type="hidden" name="csrf" value="{{CSRF}}">
              <input type="hidden" name="action" value="{{TEXT}}">
              <button type="submit" name="did" value="yes" class="govuk-button leadline-small-button" data-module="govuk-button">Did it<span class="govuk-visually-hidden">: {{TEXT}}</span></button>
              <button type="submit" name="did" value="no" class="govuk-button govuk-button--secondary leadline-small-button" data-module="govuk-button">Not yet<span class="govuk-visually-hidden">: {{TEXT}}</span></button>
            </form>{{/ANSWER}}</td>
        </tr>
        {{/ITEM}}
      </tbody>
    </table>
    <p class="govuk-body">Only you can see this page; please do not forward its link. Your development plan counts the weeks you did each one.</p>
    {{#NUDGES_ON}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="nudges" value="off">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Stop these weekly emails</button>
    </form>{{/NUDGES_ON}}
    {{#NUDGES_OFF}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="nudges" value="on">
      <p class="govuk-body">You have stopped the weekly emails.</p>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Send them again</button>
    </form>{{/NUDGES_OFF}}
  </div>
</div>
