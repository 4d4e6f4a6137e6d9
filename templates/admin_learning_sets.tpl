{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Learning sets</h1>
    <p class="govuk-body">Learning sets bring together people from different parts of the organisation, professions and grades, so that each set learns from people unlike themselves. Nobody shares a set with someone from their own team or their line chain.</p>
    <p class="govuk-body"><a class="govuk-button" data-module="govuk-button" href="{{NEW}}">Form learning sets</a></p>
    <p class="govuk-body">From the command line, <code>leadline sets --db … --cycle NUMBER --size 6-8 --save NAME</code> does the same, and takes a file of email addresses with <code>--people</code> instead of a cycle.</p>
    {{#NONE}}<p class="govuk-body">No learning sets have been saved yet.</p>{{/NONE}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Saved learning sets</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Saved</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Sets</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">People</th>
          <th scope="col" class="govuk-table__header">Members told</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#PLAN}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a></th>
          <td class="govuk-table__cell">{{SAVED}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{SETS}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{PEOPLE}}</td>
          <td class="govuk-table__cell">{{STATE}}</td>
        </tr>
        {{/PLAN}}
      </tbody>
    </table>
  </div>
</div>
