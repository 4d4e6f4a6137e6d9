{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="{{BACK}}" class="govuk-back-link">Back to learning sets</a>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <p class="govuk-body">Saved on {{SAVED}}{{#CYCLE}}, from the subjects of <a class="govuk-link" href="{{HREF}}">this cycle</a>{{/CYCLE}}. Units, professions, grades and regions are shown as the people directory has them now.</p>
    <p class="govuk-body"><a class="govuk-link" href="{{CSV}}" download>Download these sets as CSV</a></p>
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
