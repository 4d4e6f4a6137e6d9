{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="{{BACK}}" class="govuk-back-link">Back to learning sets</a>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <p class="govuk-body">Saved on {{SAVED}}{{#CYCLE}}, from the subjects of <a class="govuk-link" href="{{HREF}}">this cycle</a>{{/CYCLE}}. Units, professions, grades and regions are shown as the people directory has them now.</p>
    {{#CONFIRMED_NOW}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="confirmed-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="confirmed-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The sets are confirmed. Each member has been sent an email with their set and a suggested first meeting.</p></div>
    </div>{{/CONFIRMED_NOW}}
    <p class="govuk-body"><a class="govuk-link" href="{{CSV}}" download>Download these sets as CSV</a></p>
    {{#CONFIRMED}}<div class="govuk-inset-text">Confirmed on {{DATE}}. Members were told by email and see their set, with a suggested first meeting, on their home page.</div>{{/CONFIRMED}}
    {{#CONFIRM}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-inset-text">Nobody has been told of these sets yet. Confirming sends each member an email naming the others in their set, why the set was put together, and a suggested first meeting; they also see it on their home page. It cannot be undone, so check the sets first.</div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Confirm the sets and tell the members</button>
    </form>{{/CONFIRM}}
    {{#SET}}<h2 class="govuk-heading-m">Set {{NUMBER}}</h2>
    <p class="govuk-body">Brings together {{WHY}}.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Members of set {{NUMBER}}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Unit</th>
          <th scope="col" class="govuk-table__header">Profession</th>
          <th scope="col" class="govuk-table__header">Grade</th>
          <th scope="col" class="govuk-table__header">Region</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#MEMBER}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}<br><span class="govuk-body-s">{{EMAIL}}</span></th>
          <td class="govuk-table__cell">{{UNIT}}</td>
          <td class="govuk-table__cell">{{PROFESSION}}</td>
          <td class="govuk-table__cell">{{GRADE}}</td>
          <td class="govuk-table__cell">{{REGION}}</td>
        </tr>
        {{/MEMBER}}
      </tbody>
    </table>
    {{/SET}}
  </div>
</div>
