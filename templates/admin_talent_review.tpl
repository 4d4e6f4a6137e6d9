{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{#MOVED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="moved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="moved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The move is recorded with its reason.</p></div>
    </div>{{/MOVED}}
    <span class="govuk-caption-l">{{POPULATION}}</span>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <p class="govuk-body"><strong class="govuk-tag govuk-tag--blue">{{STAGE}}</strong> {{STAGE_HELP}}</p>
    <ul class="govuk-list">
      <li><a class="govuk-link" href="{{FAIRNESS_HREF}}">Fairness by group, and how each reviewer's proposals moved</a></li>
    </ul>
    <dl class="govuk-summary-list govuk-summary-list--no-border">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People</dt><dd class="govuk-summary-list__value">{{PEOPLE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Assessed by their line manager</dt><dd class="govuk-summary-list__value">{{ASSESSED}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Put themselves forward</dt><dd class="govuk-summary-list__value">{{PUT_FORWARD}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Not placed yet</dt><dd class="govuk-summary-list__value">{{NOT_PLACED}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moves in the meeting</dt><dd class="govuk-summary-list__value">{{MOVES}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Told HR they disagree</dt><dd class="govuk-summary-list__value">{{DISAGREE}}</dd></div>
    </dl>
    {{#CAN_BEGIN}}<form method="post" action="{{STAGE_HREF}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="stage" value="calibrating">
      <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Once calibration begins, line managers can no longer change their assessments or proposed placements.</strong></div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Begin calibration</button>
    </form>{{/CAN_BEGIN}}
    {{#CAN_CLOSE}}<form method="post" action="{{STAGE_HREF}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="stage" value="closed">
      <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Closing makes the placements final, and each person can then see their own.</strong></div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Close the review</button>
    </form>{{/CAN_CLOSE}}

    <h2 class="govuk-heading-m">The 9-box now</h2>
    <table class="govuk-table leadline-nine-box">
      <caption class="govuk-table__caption govuk-table__caption--s">People in each box: potential up, performance across. Choose a number to list those people.</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><td class="govuk-table__header"></td><th scope="col" class="govuk-table__header">Low performance</th><th scope="col" class="govuk-table__header">Moderate performance</th><th scope="col" class="govuk-table__header">High performance</th></tr></thead>
      <tbody class="govuk-table__body">
        {{#GRID_ROW}}<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{{POTENTIAL}} potential</th>{{#GRID_CELL}}<td class="govuk-table__cell"><a class="govuk-link" href="{{HREF}}" aria-label="{{LABEL}}">{{COUNT}}</a></td>{{/GRID_CELL}}</tr>
        {{/GRID_ROW}}
      </tbody>
    </table>

    <h2 class="govuk-heading-m" id="people">People</h2>
    <form method="get" action="{{SELF_HREF}}#people" class="leadline-filters">
      <div class="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-3">
        <label class="govuk-label" for="reviewer">Line manager</label>
        <select class="govuk-select" id="reviewer" name="reviewer">
          <option value="">Any</option>
          {{#REVIEWER}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{NAME}}</option>{{/REVIEWER}}
        </select>
      </div>
      <div class="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-3">
        <label class="govuk-label" for="box">Placement now</label>
        <select class="govuk-select" id="box" name="box">
          <option value="">Any</option>
          {{#BOX_CHOICE}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{LABEL}}</option>{{/BOX_CHOICE}}
        </select>
      </div>
      <div class="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-3">
        <label class="govuk-label" for="sort">Sort by</label>
        <select class="govuk-select" id="sort" name="sort">
          {{#SORT}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{LABEL}}</option>{{/SORT}}
        </select>
      </div>
      <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-display-inline-block govuk-!-margin-right-3" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="questioned" name="questioned" type="checkbox" value="1"{{#QUESTIONED}} checked{{/QUESTIONED}}>
          <label class="govuk-label govuk-checkboxes__label" for="questioned">Only where a reviewer disagreed before the meeting</label>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button>
    </form>
    <p class="govuk-body" role="status">Showing {{SHOWN}} of {{PEOPLE}} people.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">People in the review</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Line manager</th>
          <th scope="col" class="govuk-table__header">Proposed</th>
          <th scope="col" class="govuk-table__header">Now</th>
          <th scope="col" class="govuk-table__header">Evidence behind it</th>
          <th scope="col" class="govuk-table__header">Views before the meeting</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ROW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a><br><span class="govuk-body-s">{{GRADE}}</span></th>
          <td class="govuk-table__cell">{{MANAGER}}</td>
          <td class="govuk-table__cell">{{PROPOSED}}</td>
          <td class="govuk-table__cell">{{NOW}}{{#DISAGREES_ROW}} <strong class="govuk-tag govuk-tag--pink">Disagrees</strong>{{/DISAGREES_ROW}}{{#MOVED_ROW}}<br><span class="govuk-body-s">moved {{TIMES}}</span>{{/MOVED_ROW}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag {{STRENGTH_CLASS}}">{{STRENGTH}}</strong><br><span class="govuk-body-s">{{EVIDENCE}}</span></td>
          <td class="govuk-table__cell">{{VIEWS}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>
</div>
