{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/me" class="govuk-back-link">Back to your feedback</a>
    {{#APPROVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="approved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="approved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The list is approved. If the cycle is open, its raters are being invited now.</p></div>
    </div>{{/APPROVED}}
    <h1 class="govuk-heading-l">Rater lists to approve</h1>
    <p class="govuk-body">People you manage have chosen who to ask for feedback. Check each list is balanced (people who see their work from different sides, not only friends) and approve it; their raters are asked once you do. If a list needs changing, talk to the person: they can change it and it comes back to you.</p>
    {{#NONE}}<p class="govuk-body">No lists are waiting for you.</p>{{/NONE}}
    {{#LIST}}<div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title">{{SUBJECT}}: {{CYCLE}}</h2>
      </div>
      <div class="govuk-summary-card__content">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Raters {{SUBJECT}} chose</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Rater</th>
            <th scope="col" class="govuk-table__header">Who they are to {{SUBJECT}}</th>
          </tr></thead>
          <tbody class="govuk-table__body">
            {{#RATER}}<tr class="govuk-table__row"><td class="govuk-table__cell">{{EMAIL}}</td><td class="govuk-table__cell">{{GROUP}}</td></tr>
            {{/RATER}}
          </tbody>
        </table>
        <form method="post" action="{{ACTION}}" novalidate>
          <input type="hidden" name="csrf" value="{{CSRF}}">
          <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Approve {{SUBJECT}}'s list</button>
        </form>
      </div>
    </div>
    {{/LIST}}
  </div>
</div>
