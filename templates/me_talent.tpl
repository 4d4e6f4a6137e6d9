{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Talent reviews</h1>
    {{#NONE}}<p class="govuk-body">You are not in a talent review, and nobody you manage is.</p>{{/NONE}}
    {{#MANAGED}}<h2 class="govuk-heading-m">{{NAME}}</h2>
    <p class="govuk-body"><strong class="govuk-tag govuk-tag--blue">{{STAGE}}</strong> {{HELP}}</p>
    <p class="govuk-body"><a class="govuk-link" href="{{MEETING_HREF}}">The meeting's people{{#BEFORE}}, and your views before it{{/BEFORE}}</a></p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">People you assess</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Name</th>
        <th scope="col" class="govuk-table__header">Your assessment</th>
        <th scope="col" class="govuk-table__header">Placement you proposed</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#PERSON}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a></th>
          <td class="govuk-table__cell">{{ASSESSED}}</td>
          <td class="govuk-table__cell">{{PROPOSED}}</td>
        </tr>{{/PERSON}}
      </tbody>
    </table>{{/MANAGED}}
    {{#OWN}}<h2 class="govuk-heading-m">Your own: {{NAME}}</h2>
    <p class="govuk-body"><a class="govuk-link" href="{{HREF}}">What your assessment says{{#CLOSED}}, and where you were placed{{/CLOSED}}</a>{{#CAN_PUT_FORWARD}}, or <a class="govuk-link" href="{{SELF_HREF}}">put yourself forward with your own assessment</a>{{/CAN_PUT_FORWARD}}</p>{{/OWN}}
  </div>
</div>
