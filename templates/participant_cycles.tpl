{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Your feedback</h1>
    {{#APPROVALS}}<div class="govuk-inset-text"><a class="govuk-link" href="/me/approvals">{{TEXT}}</a></div>{{/APPROVALS}}
    {{#NONE}}<p class="govuk-body">You are not in a feedback cycle yet. When your HR team adds you to one, it appears here: you can then choose who to ask for feedback and rate yourself.</p>{{/NONE}}
    {{#CYCLE}}<div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a></h2>
        <strong class="govuk-tag {{STATE_COLOUR}}">{{STATE}}</strong>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Closes</dt>
            <dd class="govuk-summary-list__value">{{CLOSES_ON}}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Raters</dt>
            <dd class="govuk-summary-list__value">{{ASKED}} asked, {{ANSWERED}} answered</dd>
          </div>
        </dl>
        {{#REPORT}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Read your report</a> · <a class="govuk-link" href="{{PLAN}}">Your development plan</a></p>{{/REPORT}}
      </div>
    </div>
    {{/CYCLE}}
    {{#TEAMS}}<h2 class="govuk-heading-m">Your team</h2>
    <ul class="govuk-list">
      {{#TEAM}}<li><a class="govuk-link" href="{{HREF}}">Your team's right mix: {{CYCLE}}</a></li>{{/TEAM}}
    </ul>
    {{/TEAMS}}
    {{#MANAGED}}<h2 class="govuk-heading-m">Reports of people you manage</h2>
    <p class="govuk-body">These cycles let line managers read the reports of the people they manage. Talk each report through with the person before acting on it.</p>
    <ul class="govuk-list">
      {{#REPORT}}<li><a class="govuk-link" href="{{HREF}}">{{SUBJECT}}: {{CYCLE}}</a></li>{{/REPORT}}
    </ul>
    {{/MANAGED}}
    {{#MENTORING_CHOICE}}<h2 class="govuk-heading-m">Mentoring after {{CYCLE}}</h2>
    <p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Say whether you would like a mentor, and whether you could mentor someone</a>.</p>
    {{/MENTORING_CHOICE}}
    {{#MENTORING}}<h2 class="govuk-heading-m">Mentoring</h2>
    {{#MENTOR}}<p class="govuk-body">Your mentor after {{CYCLE}}: <strong>{{NAME}}</strong> ({{EMAIL}}). Why you were matched: {{REASON}}</p>{{/MENTOR}}
    {{#MENTEE}}<p class="govuk-body">You mentor <strong>{{NAME}}</strong> ({{EMAIL}}) after {{CYCLE}}. Why: {{REASON}}{{#PLAN}} <a class="govuk-link" href="{{HREF}}">Their development plan</a>, which they shared with you.{{/PLAN}}</p>{{/MENTEE}}
    {{/MENTORING}}
    {{#LEARNING_SETS}}<h2 class="govuk-heading-m">Your learning set</h2>
    {{#SET}}<h3 class="govuk-heading-s">{{NAME}}, set {{NUMBER}}</h3>
    <p class="govuk-body">Confirmed on {{DATE}}. Your set brings together {{WHY}}.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Members of {{NAME}}, set {{NUMBER}}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Name</th>
          <th scope="col" class="govuk-table__header">Unit</th>
          <th scope="col" class="govuk-table__header">Profession</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#MEMBER}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}<br><span class="govuk-body-s">{{EMAIL}}</span></th>
          <td class="govuk-table__cell">{{UNIT}}</td>
          <td class="govuk-table__cell">{{PROFESSION}}</td>
        </tr>
        {{/MEMBER}}
      </tbody>
    </table>
    {{/SET}}
    <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">A suggested first meeting</span></summary>
      <div class="govuk-details__text">
        <ol class="govuk-list govuk-list--number">
          {{#AGENDA}}<li>{{STEP}}</li>
          {{/AGENDA}}
        </ol>
      </div>
    </details>
    {{/LEARNING_SETS}}
    {{#SHARED_PLANS}}<h2 class="govuk-heading-m">Development plans shared with you</h2>
    <p class="govuk-body">The people you manage chose to share these plans with you, so that you can support them.</p>
    <ul class="govuk-list">
      {{#PLAN}}<li><a class="govuk-link" href="{{HREF}}">{{SUBJECT}}: {{CYCLE}}</a></li>{{/PLAN}}
    </ul>
    {{/SHARED_PLANS}}
  </div>
</div>
