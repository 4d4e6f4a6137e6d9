{{%AUTOESCAPE context="HTML"}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}: {{OVERALL}}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Group</th>
        <th scope="col" class="govuk-table__header">People</th>
        <th scope="col" class="govuk-table__header">Share (90% interval)</th>
        <th scope="col" class="govuk-table__header">Ratio to the best-off group (90% interval)</th>
        <th scope="col" class="govuk-table__header">Reading</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#GROUP}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell">{{PEOPLE}}</td>
          <td class="govuk-table__cell">{{SHARE}}</td>
          <td class="govuk-table__cell">{{RATIO}}</td>
          <td class="govuk-table__cell">{{#FLAG}}<strong class="govuk-tag govuk-tag--red">{{TEXT}}</strong>{{/FLAG}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}</td>
        </tr>{{/GROUP}}
      </tbody>
    </table>
