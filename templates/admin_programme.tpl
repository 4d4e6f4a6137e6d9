{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Development after the reports</h1>
    <p class="govuk-body">What people have done with their feedback, across everyone in the cycle. Plans are their owners' own: this page counts them and never shows one person's plan or pulse.</p>
    <h2 class="govuk-heading-m">Plans</h2>
    <ul class="govuk-list govuk-list--bullet">
      <li>{{PLANS}} of {{SUBJECTS}} people with a report have started a development plan ({{PLANS_SHARE}}); {{SHARED}} shared it with their line manager.</li>
      <li>{{WITH_CHECK_INS}} have recorded a check-in, {{CHECK_INS}} in all.</li>
      <li>{{TRYING}} have tried micro-actions as weekly habits: {{HABIT_WEEKS}} micro-action weeks, "did it" {{DID}} times and "not yet" {{NOT_YET}} times ({{DID_SHARE}} done, of those answered).</li>
    </ul>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Focus areas chosen</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Attribute</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Plans</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Share of plans</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Chosen though not suggested</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#FOCUS}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{PLANS}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{SHARE}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{AGAINST}}</td>
        </tr>
        {{/FOCUS}}
      </tbody>
    </table>
    <h2 class="govuk-heading-m">The pulse</h2>
    <p class="govuk-body">Each person counts once: the figure for an attribute is the average, over the people asked about it, of their raters' average change (−3 to +3), with the range it most likely lies in (90%). Only people whose own result had enough answers to show count, and an attribute needs at least {{MINIMUM}} of them.</p>
    {{#NO_ROUNDS}}<div class="govuk-inset-text">No pulse dates are set for this cycle.</div>{{/NO_ROUNDS}}
    {{#ROUND}}<h3 class="govuk-heading-s">Round {{NUMBER}}: {{OPENS}} to {{CLOSES}}</h3>
    {{#SCHEDULED}}<p class="govuk-body">Not opened yet.</p>{{/SCHEDULED}}
    {{#OPEN}}<p class="govuk-body">Open now: figures show here once it closes.</p>{{/OPEN}}
    {{#CLOSED}}<p class="govuk-body">It asked about {{ASKED}} people; {{SHOWN}} had enough answers to see their result. Of those, colleagues saw more change in the focus areas than elsewhere for {{MORE}}, no clearer change for {{NOT_CLEAR}}, less for {{LESS}}; for {{TOO_FEW}} too few rated both kinds of area.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Change seen in round {{NUMBER}}, by attribute</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Attribute</th>
        <th scope="col" class="govuk-table__header">Where it was a focus</th>
        <th scope="col" class="govuk-table__header">Where it was asked for comparison</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#AREA}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell">{{#AS_FOCUS}}{{TEXT}}{{/AS_FOCUS}}</td>
          <td class="govuk-table__cell">{{#AS_COMPARISON}}{{TEXT}}{{/AS_COMPARISON}}</td>
        </tr>
        {{/AREA}}
      </tbody>
    </table>
    {{#BY_UNIT}}<details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Round {{NUMBER}} by unit</span></summary>
      <div class="govuk-details__text">
        <p class="govuk-body">Each unit's average change where it was a focus, counting everyone in the unit and in the teams below it, each person once. A figure is shown only when it comes from at least {{K}} people, and some larger ones are hidden too so that a hidden one cannot be worked out from the rest. Hidden: {{HIDDEN}} of {{CELLS}} figures.</p>
        {{>HEATMAP_TABLE}}
        <p class="govuk-body-s">* hidden to protect anonymity. – no one in this unit worked on this attribute (or their result had too few answers to show).</p>
      </div>
    </details>{{/BY_UNIT}}{{/CLOSED}}
    {{/ROUND}}
  </div>
</div>
