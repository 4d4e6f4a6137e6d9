{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="{{CYCLE_HREF}}" class="govuk-back-link">Back to {{CYCLE_NAME}}</a>
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE_NAME}}</span>
    <h1 class="govuk-heading-l">Add several subjects</h1>
    <p class="govuk-body">Add everyone in a part of the organisation, or paste a list of email addresses. You will see how many people that is before anything happens. Each new subject gets an email asking them to sign in, choose their raters and rate themselves; people who are already subjects are left as they are.</p>
    <h2 class="govuk-heading-m">Everyone in a unit</h2>
    <form method="post" action="{{CYCLE_HREF}}/add-subjects" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="by" value="unit">
      <div class="govuk-form-group{{#UNIT_ERROR}} govuk-form-group--error{{/UNIT_ERROR}}">
        <label class="govuk-label govuk-label--s" for="unit">Unit</label>
        <div id="unit-hint" class="govuk-hint">Everyone working in the unit and the units within it, from the people directory. People who have left are not added.</div>
        {{#UNIT_ERROR}}<p id="unit-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/UNIT_ERROR}}
        <select class="govuk-select{{#UNIT_ERROR}} govuk-select--error{{/UNIT_ERROR}}" id="unit" name="unit" aria-describedby="unit-hint{{#UNIT_ERROR}} unit-error{{/UNIT_ERROR}}">
          <option value="">Choose a unit</option>
          {{#UNIT}}<option value="{{PATH}}"{{#SELECTED}} selected{{/SELECTED}}>{{PATH}} ({{PEOPLE}})</option>
          {{/UNIT}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Continue with this unit</button>
    </form>
    <h2 class="govuk-heading-m">A list of email addresses</h2>
    {{#PROBLEMS}}<table class="govuk-table" id="problems">
      <caption class="govuk-table__caption govuk-table__caption--s">Addresses that cannot be added</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Line</th>
        <th scope="col" class="govuk-table__header">Address</th>
        <th scope="col" class="govuk-table__header">Problem</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#PROBLEM}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{LINE}}</td>
          <td class="govuk-table__cell">{{EMAIL}}</td>
          <td class="govuk-table__cell">{{MESSAGE}}</td>
        </tr>
        {{/PROBLEM}}
      </tbody>
    </table>
    {{#MORE}}<p class="govuk-body">{{TEXT}}</p>{{/MORE}}{{/PROBLEMS}}
    <form method="post" action="{{CYCLE_HREF}}/add-subjects" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="by" value="emails">
      <div class="govuk-form-group{{#EMAILS_ERROR}} govuk-form-group--error{{/EMAILS_ERROR}}">
        <label class="govuk-label govuk-label--s" for="emails">Email addresses</label>
        <div id="emails-hint" class="govuk-hint">Their addresses in the people directory, one to a line or separated by commas, for example pasted from a spreadsheet column.</div>
        {{#EMAILS_ERROR}}<p id="emails-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAILS_ERROR}}
        <textarea class="govuk-textarea{{#EMAILS_ERROR}} govuk-textarea--error{{/EMAILS_ERROR}}" id="emails" name="emails" rows="8" spellcheck="false" aria-describedby="emails-hint{{#EMAILS_ERROR}} emails-error{{/EMAILS_ERROR}}">{{EMAILS:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Continue with these addresses</button>
    </form>
  </div>
</div>
