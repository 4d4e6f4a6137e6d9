{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Feedback cycles</h1>
    {{#CREATE}}<a href="/admin/cycles/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Create a cycle</a>{{/CREATE}}
    {{#NO_CYCLES}}<p class="govuk-body">There are no cycles yet.</p>{{/NO_CYCLES}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">All feedback cycles</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Cycle</th>
          <th scope="col" class="govuk-table__header">Framework</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Subjects</th>
          <th scope="col" class="govuk-table__header">State</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#CYCLE}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a></th>
          <td class="govuk-table__cell">{{FRAMEWORK}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{SUBJECTS}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag {{STATE_COLOUR}}">{{STATE}}</strong></td>
        </tr>
        {{/CYCLE}}
      </tbody>
    </table>
  </div>
</div>
