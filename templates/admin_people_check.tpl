{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="/admin/people" class="govuk-back-link">Back to people</a>
    <h1 class="govuk-heading-l">Check the changes before you save them</h1>
    <dl class="govuk-summary-list">
      {{#COUNT}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{LABEL}}</dt>
        <dd class="govuk-summary-list__value">{{NUMBER}}</dd>
      </div>{{/COUNT}}
    </dl>
    {{#NOTHING}}<p class="govuk-body">This file changes nothing: the directory already says what it says.</p>
    <p class="govuk-body"><a class="govuk-link" href="/admin/people">Back to people</a></p>{{/NOTHING}}
    {{#LEAVING_WARNING}}<div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> {{TEXT}}</strong>
    </div>{{/LEAVING_WARNING}}
    {{#GROUP}}<h2 class="govuk-heading-m">{{HEADING}}</h2>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">{{HEADING}}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Name</th>
        <th scope="col" class="govuk-table__header">Email</th>
        {{#HAS_CHANGES}}<th scope="col" class="govuk-table__header">What changes</th>{{/HAS_CHANGES}}
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#PERSON}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{NAME}}</td>
          <td class="govuk-table__cell">{{EMAIL}}</td>
          {{#CHANGES}}<td class="govuk-table__cell"><ul class="govuk-list">{{#CHANGE}}<li>{{TEXT}}</li>{{/CHANGE}}</ul></td>{{/CHANGES}}
        </tr>
        {{/PERSON}}
      </tbody>
    </table>
    {{#MORE}}<p class="govuk-body">And {{MORE_COUNT}} more, not listed here.</p>{{/MORE}}{{/GROUP}}
    {{#APPLY}}<form method="post" action="/admin/people/apply" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="lists" value="{{LISTS}}">
      <input type="hidden" name="file" value="{{FILE}}">
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save these changes</button>
        <a class="govuk-link" href="/admin/people">Cancel</a>
      </div>
    </form>{{/APPLY}}
  </div>
</div>
