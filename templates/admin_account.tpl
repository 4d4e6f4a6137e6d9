{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/admin/accounts" class="govuk-back-link">Back to accounts</a>
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{TEXT}}</p></div>
    </div>{{/DONE}}
    <h1 class="govuk-heading-l">{{EMAIL}}</h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Person</dt><dd class="govuk-summary-list__value">{{PERSON}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Role</dt><dd class="govuk-summary-list__value">{{ROLE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">{{STATUS}}</dd></div>
    </dl>
    {{#ACTIONS}}<h2 class="govuk-heading-m">Signing in</h2>
    <div class="govuk-button-group">
      {{#SEND}}<form method="post" action="{{BASE}}/link" novalidate>
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Email a new sign-in link</button>
      </form>{{/SEND}}
      {{#REVOKE}}<form method="post" action="{{BASE}}/revoke" novalidate>
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Stop unused links working</button>
      </form>{{/REVOKE}}
      {{#CLOSE}}<form method="post" action="{{BASE}}/close" novalidate>
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">Close this account</button>
      </form>{{/CLOSE}}
      {{#REOPEN}}<form method="post" action="{{BASE}}/reopen" novalidate>
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Open this account again</button>
      </form>{{/REOPEN}}
    </div>
    <form method="post" action="{{BASE}}/role" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Role</h2></legend>
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {{#ROLE_CHOICE}}<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="{{ID}}" name="role" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="{{ID}}-hint">
              <label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
              <div id="{{ID}}-hint" class="govuk-hint govuk-radios__hint">{{HINT}}</div>
            </div>
            {{/ROLE_CHOICE}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Change role</button>
    </form>{{/ACTIONS}}
    {{#YOURSELF}}<p class="govuk-body">This is your own account. Another admin can change its role or close it.</p>{{/YOURSELF}}
  </div>
</div>
