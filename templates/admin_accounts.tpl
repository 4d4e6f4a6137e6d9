{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Accounts</h1>
    <p class="govuk-body">Everyone who can sign in to Leadline. Participants get their account when they are added to a cycle; invite here the people who run or read cycles. Sign-in links are sent by email and are never shown to you.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">{{COUNT}}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Account</th>
        <th scope="col" class="govuk-table__header">Role</th>
        <th scope="col" class="govuk-table__header">Status</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#ACCOUNT}}<tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="{{HREF}}">{{EMAIL}}</a>{{#NAME}}<br><span class="govuk-hint govuk-!-margin-bottom-0">{{TEXT}}</span>{{/NAME}}</td>
          <td class="govuk-table__cell">{{ROLE}}</td>
          <td class="govuk-table__cell">{{STATUS}}</td>
        </tr>
        {{/ACCOUNT}}
      </tbody>
    </table>
  </div>
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m">Invite someone</h2>
    <form method="post" action="/admin/accounts" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#EMAIL_ERROR}} govuk-form-group--error{{/EMAIL_ERROR}}">
        <label class="govuk-label govuk-label--s" for="email">Email address</label>
        {{#EMAIL_ERROR}}<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#EMAIL_ERROR}} govuk-input--error{{/EMAIL_ERROR}}" id="email" name="email" type="email" spellcheck="false" autocomplete="off" value="{{TYPED_EMAIL}}"{{#EMAIL_ERROR}} aria-describedby="email-error"{{/EMAIL_ERROR}}>
      </div>
      <div class="govuk-form-group{{#ROLE_ERROR}} govuk-form-group--error{{/ROLE_ERROR}}">
        <fieldset class="govuk-fieldset"{{#ROLE_ERROR}} aria-describedby="role-error"{{/ROLE_ERROR}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What can they do?</legend>
          {{#ROLE_ERROR}}<p id="role-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ROLE_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            {{#ROLE_CHOICE}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="role" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="{{ID}}-hint">
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
              <div id="{{ID}}-hint" class="govuk-hint govuk-radios__hint">{{HINT}}</div>
            </div>
            {{/ROLE_CHOICE}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Send invitation</button>
    </form>
  </div>
</div>
