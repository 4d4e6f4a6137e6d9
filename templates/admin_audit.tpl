{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <h1 class="govuk-heading-l">Audit log</h1>
    <p class="govuk-body">Everything an admin has done in Leadline, newest first: who, what, to which address, and when (UTC). It never holds what a form contained, so no answer, comment, password or private link is in it.</p>
    <p class="govuk-body">{{SHOWING}} <a class="govuk-link" href="/admin/audit.csv">Download the whole log as CSV</a></p>
    {{#ENTRIES}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Admins' actions, newest first</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">When</th>
          <th scope="col" class="govuk-table__header">Who</th>
          <th scope="col" class="govuk-table__header">What</th>
          <th scope="col" class="govuk-table__header">Address</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ENTRY}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{WHEN}}</td>
          <td class="govuk-table__cell">{{WHO}}</td>
          <td class="govuk-table__cell">{{WHAT}}</td>
          <td class="govuk-table__cell"><code>{{TARGET}}</code></td>
        </tr>
        {{/ENTRY}}
      </tbody>
    </table>{{/ENTRIES}}
    {{#PAGINATION}}<nav class="govuk-pagination" aria-label="Pages of the audit log">
      {{#PREV}}<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="prev"><span class="govuk-pagination__link-title">Newer<span class="govuk-visually-hidden"> entries</span></span></a></div>{{/PREV}}
      <p class="govuk-body govuk-!-margin-bottom-0">Page {{PAGE}} of {{PAGES}}</p>
      {{#NEXT}}<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="next"><span class="govuk-pagination__link-title">Older<span class="govuk-visually-hidden"> entries</span></span></a></div>{{/NEXT}}
    </nav>{{/PAGINATION}}
  </div>
</div>
