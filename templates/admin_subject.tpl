{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="{{CYCLE_HREF}}" class="govuk-back-link">Back to the cycle</a>
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{MESSAGE}}</p></div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <p class="govuk-body">{{EMAIL}}<br>{{UNIT}}</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Who was asked</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Rater</th>
          <th scope="col" class="govuk-table__header">Asked as</th>
          <th scope="col" class="govuk-table__header">Where they are</th>
          <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#RATER}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{EMAIL}}</th>
          <td class="govuk-table__cell">{{GROUP}}</td>
          <td class="govuk-table__cell">{{WHERE}}</td>
          <td class="govuk-table__cell">{{#WITHDRAW}}<form method="post" action="{{ACTION}}" novalidate>
            <input type="hidden" name="csrf" value="{{CSRF}}">
            <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Withdraw<span class="govuk-visually-hidden"> {{EMAIL}}</span></button>
          </form>{{/WITHDRAW}}</td>
        </tr>
        {{/RATER}}
      </tbody>
    </table>
    {{#APPROVAL}}<h2 class="govuk-heading-m">Approving the list</h2>
    <p class="govuk-body">{{TEXT}}</p>
    {{#APPROVE}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Approve the rater list</button>
    </form>{{/APPROVE}}{{/APPROVAL}}
    {{#REMOVE}}<h2 class="govuk-heading-m">Take them out of the cycle</h2>
    <p class="govuk-body">While the cycle is a draft, a subject added by mistake can be taken out, with everyone they asked.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Remove {{NAME}} from the cycle</button>
    </form>{{/REMOVE}}
  </div>
</div>
