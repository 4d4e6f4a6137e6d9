{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{MESSAGE}}</p>
      </div>
    </div>{{/DONE}}
    <span class="govuk-caption-l">Feedback cycle</span>
    <h1 class="govuk-heading-l">{{NAME}} <strong class="govuk-tag {{STATE_COLOUR}}">{{STATE}}</strong></h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Framework</dt>
        <dd class="govuk-summary-list__value">{{FRAMEWORK}}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Dates</dt>
        <dd class="govuk-summary-list__value">{{OPENS_ON}} to {{CLOSES_ON}}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Rater groups</dt>
        <dd class="govuk-summary-list__value">
          <ul class="govuk-list">{{#GROUP_SETTING}}<li>{{GROUP}}: at least {{MINIMUM}} to be shown</li>{{/GROUP_SETTING}}</ul>
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Comments</dt>
        <dd class="govuk-summary-list__value">Shown when at least {{COMMENT_MINIMUM}} people in a group answered</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Line manager</dt>
        <dd class="govuk-summary-list__value">{{MANAGER_VISIBILITY}}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Line managers read reports</dt>
        <dd class="govuk-summary-list__value">{{MANAGERS_SEE_REPORTS}}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Rater lists approved by</dt>
        <dd class="govuk-summary-list__value">{{APPROVAL}}</dd>
      </div>
      {{#ANSWER_KEEPING}}<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Individual answers</dt>
        <dd class="govuk-summary-list__value">{{TEXT}}</dd>
      </div>{{/ANSWER_KEEPING}}
    </dl>
    {{#HEATMAP}}<h2 class="govuk-heading-m">For planning development</h2>
    <ul class="govuk-list">
      <li><a class="govuk-link" href="{{ZIP_HREF}}" download>Download every report (ZIP)</a>: one file per person to keep or print, and a spreadsheet of every figure.</li>
      <li><a class="govuk-link" href="{{PROGRAMME_HREF}}">Development after the reports</a>: plans, focus areas, micro-actions and the pulse, across everyone.</li>
      <li><a class="govuk-link" href="{{HREF}}">Organisation heatmap</a>: each unit by each attribute.</li>
      <li><a class="govuk-link" href="{{TEAM_HREF}}">A team's right mix</a>: where a team has gaps, leans on one person, or is strong.</li>
      {{#MENTORING}}<li><a class="govuk-link" href="{{MENTORING_HREF}}">Mentor matching</a>: a mentor for each person, strong where they want to grow.</li>{{/MENTORING}}
    </ul>{{/HEATMAP}}
    {{#NEXT_STEP}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <p class="govuk-body">{{EXPLANATION}}</p>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">{{LABEL}}</button>
    </form>{{/NEXT_STEP}}
    {{#CLOSING_DATE}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">{{LABEL}}</a></p>{{/CLOSING_DATE}}
    {{#REMIND}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <p class="govuk-body">{{UNANSWERED}} raters have not sent their answers. A reminder carries a new private link; earlier links keep working. Each rater is reminded at most once a day, and not while an email to them still waits in the outbox.</p>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Send reminders</button>
    </form>{{/REMIND}}
    {{#CHASING}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">See who to chase</a>: subjects still choosing raters and raters still to answer, with when each was last written to.</p>{{/CHASING}}
    {{#ADD_SUBJECT}}<h2 class="govuk-heading-m">Add a subject</h2>
    <p class="govuk-body">Many at once: <a class="govuk-link" href="{{BULK_HREF}}">choose a unit, or paste a list of email addresses</a>.</p>
    <form method="get" action="{{PAGE}}" novalidate>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search">Search the people directory by name or email</label>
        <input class="govuk-input govuk-!-width-one-half" id="search" name="q" type="search" value="{{QUERY}}">
        <button type="submit" class="govuk-button govuk-button--secondary leadline-inline-button" data-module="govuk-button">Search</button>
      </div>
    </form>
    {{#SEARCHED}}<ul class="govuk-list">
      {{#RESULT}}<li>{{NAME}}, {{RESULT_EMAIL}}{{#DETAILS}} ({{TEXT}}){{/DETAILS}} – <a class="govuk-link" href="{{USE_HREF}}">add {{NAME}}</a></li>{{/RESULT}}
      {{#MORE}}<li>{{TEXT}}</li>{{/MORE}}
      {{#NO_RESULTS}}<li>No one in the directory matches.</li>{{/NO_RESULTS}}
    </ul>{{/SEARCHED}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#SUBJECT_ERROR}} govuk-form-group--error{{/SUBJECT_ERROR}}">
        <label class="govuk-label govuk-label--s" for="subject-email">Their email address</label>
        <div id="subject-email-hint" class="govuk-hint">Their email address in the people directory. They get an email to sign in, choose their raters and rate themselves.</div>
        {{#SUBJECT_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SUBJECT_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#SUBJECT_ERROR}} govuk-input--error{{/SUBJECT_ERROR}}" id="subject-email" name="email" type="email" spellcheck="false" value="{{EMAIL}}" aria-describedby="subject-email-hint">
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">Add subject</button>
    </form>{{/ADD_SUBJECT}}
    <h2 class="govuk-heading-m" id="progress">Progress</h2>
    <p class="govuk-body">{{SUBJECT_COUNT}} subjects; {{NOMINATED}} raters asked, {{INVITED}} invited, {{SUBMITTED}} answered (self-assessments included). {{UNDER_MINIMUM_TEXT}}</p>
    <ul class="govuk-list">
      {{#FILTER}}<li>{{#CURRENT}}<strong>{{LABEL}} ({{COUNT}})</strong>{{/CURRENT}}{{#LINK}}<a class="govuk-link" href="{{HREF}}">{{LABEL}} ({{COUNT}})</a>{{/LINK}}</li>
      {{/FILTER}}
    </ul>
    <form method="get" action="{{PROGRESS_PAGE}}" novalidate>
      {{#STANDING_FIELD}}<input type="hidden" name="standing" value="{{VALUE}}">{{/STANDING_FIELD}}
      <div class="govuk-form-group">
        <label class="govuk-label" for="find">Find a subject by name or email</label>
        <input class="govuk-input govuk-!-width-one-half" id="find" name="find" type="search" value="{{FIND}}">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="unit">Unit (and the units below it)</label>
        <select class="govuk-select" id="unit" name="unit">
          <option value="">Every unit</option>
          {{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/UNIT_OPTION}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="sort">Order</label>
        <select class="govuk-select" id="sort" name="sort">
          {{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/SORT_OPTION}}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show subjects</button>
    </form>
    <p class="govuk-body">{{SHOWING_TEXT}} <a class="govuk-link" href="{{CSV}}">Download them as CSV</a></p>
    <div class="leadline-table-scroll" tabindex="0" role="region" aria-label="Progress table, scrolls sideways">
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Raters who answered, were invited and were nominated, by subject and rater group</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Subject</th>
          {{#GROUP_HEADER}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{GROUP}}</th>{{/GROUP_HEADER}}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#SUBJECT}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{#SUBJECT_LINK}}<a class="govuk-link" href="{{HREF}}">{{NAME}}</a>{{/SUBJECT_LINK}}{{#SUBJECT_NAME}}{{NAME}}{{/SUBJECT_NAME}}<br><span class="govuk-body-s">{{EMAIL}}<br>{{UNIT}}</span>{{#REPORT}}<br><a class="govuk-link govuk-body-s" href="{{HREF}}">Report<span class="govuk-visually-hidden"> for {{NAME}}</span></a>{{/REPORT}}</th>
          {{#CELL}}<td class="govuk-table__cell govuk-table__cell--numeric">{{SUBMITTED}} answered<br><span class="govuk-body-s">{{INVITED}} invited<br>{{NOMINATED}} nominated</span>{{#UNDER}}<br><strong class="govuk-tag govuk-tag--yellow">Under {{MINIMUM}}</strong>{{/UNDER}}</td>{{/CELL}}
        </tr>
        {{/SUBJECT}}
      </tbody>
    </table>
    </div>
    {{#PAGINATION}}<nav class="govuk-pagination" aria-label="Pages of subjects">
      {{#PREV}}<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>{{/PREV}}
      <p class="govuk-body govuk-!-margin-bottom-0">Page {{PAGE}} of {{PAGES}}</p>
      {{#NEXT}}<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>{{/NEXT}}
    </nav>{{/PAGINATION}}
  </div>
</div>
