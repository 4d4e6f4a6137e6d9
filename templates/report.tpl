{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">360 feedback report: {{SUBJECT}}</h1>
    <p class="govuk-body-l">{{SUMMARY}}</p>
    {{#NOTE}}<div class="govuk-inset-text">{{TEXT}}</div>{{/NOTE}}
    {{#CHANGE_NOTE}}<p class="govuk-body">The table compares others' scores with your report from {{NAME}}. A change is clear only when its 90% interval, shown in brackets, does not include zero.</p>{{/CHANGE_NOTE}}
    <p class="govuk-body">Others' scores are means on a scale of {{LOWEST}} to {{HIGHEST}}, with a 90% interval: the range the mean would likely fall in with other raters like these. "Not observed" answers are counted but kept out of the scores. A blind spot or hidden strength is flagged only when the gap between you and others on an attribute differs from your gap elsewhere by more than {{MARGIN}} points, and the figures leave little doubt of it.</p>
    {{#POWER}}<p class="govuk-body">{{TEXT}}</p>{{/POWER}}

    <h2 class="govuk-heading-m" id="attributes">You and others, by attribute</h2>
    <figure class="leadline-chart">
      {{>CHART}}
      <figcaption class="govuk-body-s">Blue dot and bar: others' mean and its 90% interval. Black square: your own score.</figcaption>
    </figure>
    <div class="leadline-table-scroll" tabindex="0" role="region" aria-label="Scores table, scrolls sideways">
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">Scores by attribute</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Attribute</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">You</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Others</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">90% interval</th>
          {{#GROUP_HEADER}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{LABEL}}</th>{{/GROUP_HEADER}}
          {{#CHANGE_HEADER}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">Since {{NAME}}</th>{{/CHANGE_HEADER}}
          <th scope="col" class="govuk-table__header">What stands out</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ATTRIBUTE_ROW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{SELF}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{OTHERS}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{INTERVAL}}</td>
          {{#GROUP_CELL}}<td class="govuk-table__cell govuk-table__cell--numeric">{{TEXT}}</td>{{/GROUP_CELL}}
          {{#CHANGE_CELL}}<td class="govuk-table__cell govuk-table__cell--numeric">{{TEXT}}</td>{{/CHANGE_CELL}}
          <td class="govuk-table__cell">{{#FLAG}}<strong class="govuk-tag {{COLOUR}}">{{TEXT}}</strong> {{/FLAG}}{{#NO_CLEAR_GAP}}<span class="govuk-body-s">No clear gap.</span> {{/NO_CLEAR_GAP}}{{#PERCENTILE}}<span class="govuk-body-s">Higher than {{VALUE}}% of this cycle's subjects</span>{{/PERCENTILE}}</td>
        </tr>
        {{/ATTRIBUTE_ROW}}
      </tbody>
    </table>
    </div>

    <h2 class="govuk-heading-m" id="by-group">Each attribute by rater group</h2>
    {{#ATTRIBUTE_DETAIL}}<details class="govuk-details"{{#OPEN}} open{{/OPEN}}>
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{{NAME}}</span></summary>
      <div class="govuk-details__text">
        <figure class="leadline-chart">{{>CHART}}</figure>
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s">{{NAME}}: scores by rater group</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Who</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Answers</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Mean</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">90% interval</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {{#DETAIL_ROW}}<tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">{{LABEL}}</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{N}}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{MEAN}}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{INTERVAL}}</td>
            </tr>{{/DETAIL_ROW}}
          </tbody>
        </table>
      </div>
    </details>{{/ATTRIBUTE_DETAIL}}

    <h2 class="govuk-heading-m" id="focus">Where to focus</h2>
    {{#NO_FOCUS}}<p class="govuk-body">There are not enough answers from others to suggest where to focus.</p>{{/NO_FOCUS}}
    {{#FOCUS}}<h3 class="govuk-heading-s">{{NAME}}</h3>
    <p class="govuk-body">{{REASON}}</p>
    {{#HAS_STRETCH}}<p class="govuk-body">Experiences that stretch you here:</p>
    <ul class="govuk-list govuk-list--bullet">{{#STRETCH}}<li>{{TEXT}} <span class="govuk-body-s">({{EFFORT}})</span></li>{{/STRETCH}}</ul>{{/HAS_STRETCH}}
    {{#HAS_MICRO}}<p class="govuk-body">Small things to try this week:</p>
    <ul class="govuk-list govuk-list--bullet">{{#MICRO}}<li>{{TEXT}} <span class="govuk-body-s">({{EFFORT}})</span></li>{{/MICRO}}</ul>{{/HAS_MICRO}}
    {{/FOCUS}}
{{#PLAN_LINK}}<p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{HREF}}">Make a development plan from this</a>: choose one to three areas, set your goals and pick what to try.</p>{{/PLAN_LINK}}
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-half">
        <h2 class="govuk-heading-m" id="highest">Rated highest by others</h2>
        <ol class="govuk-list govuk-list--number">{{#HIGHEST}}<li>{{TEXT}} <span class="govuk-body-s">({{MEAN}})</span></li>{{/HIGHEST}}</ol>
      </div>
      <div class="govuk-grid-column-one-half">
        <h2 class="govuk-heading-m" id="lowest">Rated lowest by others</h2>
        <ol class="govuk-list govuk-list--number">{{#LOWEST}}<li>{{TEXT}} <span class="govuk-body-s">({{MEAN}})</span></li>{{/LOWEST}}</ol>
      </div>
    </div>

    <h2 class="govuk-heading-m" id="comments">Comments</h2>
    <p class="govuk-body">Comments are shown without names, in no particular order, and only from groups with enough people that nobody can be picked out.</p>
    {{#NO_COMMENTS}}<p class="govuk-body">No comments can be shown.</p>{{/NO_COMMENTS}}
    {{#ATTRIBUTE_COMMENTS}}<h3 class="govuk-heading-s">{{NAME}}</h3>
    {{#HAS_STRENGTHS}}<p class="govuk-body">Strengths:</p><ul class="govuk-list govuk-list--bullet">{{#STRENGTH}}<li>{{TEXT}}</li>{{/STRENGTH}}</ul>{{/HAS_STRENGTHS}}
    {{#HAS_DEVELOP}}<p class="govuk-body">To develop:</p><ul class="govuk-list govuk-list--bullet">{{#DEVELOP}}<li>{{TEXT}}</li>{{/DEVELOP}}</ul>{{/HAS_DEVELOP}}
    {{/ATTRIBUTE_COMMENTS}}
    {{#BACK_LINK}}<p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{BACK}}">Back</a></p>{{/BACK_LINK}}
  </div>
</div>
