{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <a class="govuk-back-link" href="/admin/talent">Back to talent reviews</a>
    {{#REMOVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">They are no longer in the pool.</p></div>
    </div>{{/REMOVED}}
    {{#CREATED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The pool is ready. Add people to it from a closed review, on each person's page.</p></div>
    </div>{{/CREATED}}
    <h1 class="govuk-heading-l">Talent pools</h1>
    <p class="govuk-body">A pool holds the people approved for one accelerated development scheme. People join from a closed talent review, for a set time: an approval runs out on its expiry date unless it is renewed, so that nobody stays in a pool on an old judgement.</p>
    {{#NO_POOLS}}<p class="govuk-body">There are no pools yet. Start one below.</p>{{/NO_POOLS}}
    <dl class="govuk-summary-list">
      {{#POOL}}<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{NAME}}</dt><dd class="govuk-summary-list__value">{{PURPOSE}}</dd></div>{{/POOL}}
    </dl>
    <h2 class="govuk-heading-m" id="search">Find people in pools</h2>
    <form method="get" action="/admin/talent/pools#search" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-quarter govuk-form-group">
          <label class="govuk-label" for="pool">Pool</label>
          <select class="govuk-select" id="pool" name="pool">
            <option value="">Any pool</option>
            {{#POOL_OPTION}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{NAME}}</option>{{/POOL_OPTION}}
          </select>
        </div>
        <div class="govuk-grid-column-one-quarter govuk-form-group">
          <label class="govuk-label" for="indicator">Indicator</label>
          <select class="govuk-select" id="indicator" name="indicator">
            <option value="">Any level</option>
            {{#INDICATOR_OPTION}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{LABEL}}</option>{{/INDICATOR_OPTION}}
          </select>
        </div>
        <div class="govuk-grid-column-one-quarter govuk-form-group">
          <label class="govuk-label" for="profession">Profession</label>
          <select class="govuk-select" id="profession" name="profession">
            <option value="">Any profession</option>
            {{#PROFESSION_OPTION}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{VALUE}}</option>{{/PROFESSION_OPTION}}
          </select>
        </div>
        <div class="govuk-grid-column-one-quarter govuk-form-group">
          <label class="govuk-label" for="region">Region</label>
          <select class="govuk-select" id="region" name="region">
            <option value="">Any region</option>
            {{#REGION_OPTION}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{VALUE}}</option>{{/REGION_OPTION}}
          </select>
        </div>
      </div>
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="expired" name="expired" type="checkbox" value="1"{{#EXPIRED_CHOSEN}} checked{{/EXPIRED_CHOSEN}}>
            <label class="govuk-label govuk-checkboxes__label" for="expired">Include places that have expired and people who have left</label>
          </div>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Search</button>
    </form>
    {{#NOBODY_YET}}<p class="govuk-body">Nobody is in a pool yet.</p>{{/NOBODY_YET}}
    {{#NONE_MATCH}}<p class="govuk-body" id="no-matches">Nobody in a pool matches this search.</p>{{/NONE_MATCH}}
    {{#MATCHES}}<table class="govuk-table" id="pool-people">
      <caption class="govuk-table__caption govuk-table__caption--s">{{COUNT}} {{PEOPLE}}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Profession and region</th>
          <th scope="col" class="govuk-table__header">Pool</th>
          <th scope="col" class="govuk-table__header">Approved in</th>
          <th scope="col" class="govuk-table__header">Until</th>
          <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ROW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{PERSON_HREF}}">{{NAME}}</a><br><span class="govuk-body-s">{{UNIT}}</span></th>
          <td class="govuk-table__cell">{{PROFESSION}}<br><span class="govuk-body-s">{{REGION}}</span></td>
          <td class="govuk-table__cell">{{POOL}}</td>
          <td class="govuk-table__cell">{{REVIEW}}: {{PLACEMENT}}<br><span class="govuk-body-s">{{LEVELS}}</span></td>
          <td class="govuk-table__cell">{{UNTIL}} <strong class="govuk-tag {{STATUS_CLASS}}">{{STATUS}}</strong></td>
          <td class="govuk-table__cell">
            <form method="post" action="{{REMOVE_HREF}}" novalidate>
              <input type="hidden" name="csrf" value="{{CSRF}}">
              <button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove<span class="govuk-visually-hidden"> {{NAME}} from {{POOL}}</span></button>
            </form>
          </td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>{{/MATCHES}}
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m" id="new-pool">Start a pool</h2>
    <form method="post" action="/admin/talent/pools" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
        <label class="govuk-label govuk-label--s" for="name">Name</label>
        <div id="name-hint" class="govuk-hint">The scheme it is for, for example Future Leaders Scheme</div>
        {{#NAME_ERROR}}<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input" id="name" name="name" type="text" value="{{TYPED_NAME}}" maxlength="200" aria-describedby="name-hint">
      </div>
      <div class="govuk-form-group{{#PURPOSE_ERROR}} govuk-form-group--error{{/PURPOSE_ERROR}}">
        <label class="govuk-label govuk-label--s" for="purpose">What the scheme offers (optional)</label>
        <div id="purpose-hint" class="govuk-hint">People in the pool read this on their own page</div>
        {{#PURPOSE_ERROR}}<p class="govuk-error-message" id="purpose-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PURPOSE_ERROR}}
        <textarea class="govuk-textarea" id="purpose" name="purpose" rows="3" aria-describedby="purpose-hint">{{TYPED_PURPOSE:pre_escape}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Start the pool</button>
    </form>
  </div>
</div>
