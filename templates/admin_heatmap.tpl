{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Organisation heatmap</h1>
    <p class="govuk-body">Each unit's average of what others said about its people, by attribute, on a scale of {{LOWEST}} to {{HIGHEST}}. A unit counts everyone in it and in the teams below it. Use it to see where development would help most, not to judge a team.</p>
    <p class="govuk-body">A figure is shown only when it comes from at least {{K}} people. Some figures from more people are hidden too, so that a hidden one cannot be worked out by subtracting the others. Hidden: {{HIDDEN}} of {{CELLS}} figures.</p>
    <form method="get" action="{{PAGE}}" novalidate class="leadline-no-print">
      <div class="govuk-form-group{{#K_ERROR}} govuk-form-group--error{{/K_ERROR}}">
        <label class="govuk-label" for="k">Fewest people behind a figure</label>
        <div id="k-hint" class="govuk-hint">At least {{SMALLEST}}. Larger numbers hide more.</div>
        {{#K_ERROR}}<p class="govuk-error-message" id="k-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/K_ERROR}}
        <input class="govuk-input govuk-input--width-2{{#K_ERROR}} govuk-input--error{{/K_ERROR}}" id="k" name="k" type="text" inputmode="numeric" value="{{K_TYPED}}" aria-describedby="k-hint">
        <button type="submit" class="govuk-button govuk-button--secondary leadline-inline-button" data-module="govuk-button">Show</button>
      </div>
    </form>
    {{#TABLE}}<p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{CSV}}" download>Download as CSV</a></p>
    <div class="leadline-table-scroll" tabindex="0" role="region" aria-label="Heatmap table, scrolls sideways">
    <table class="govuk-table leadline-heatmap">
      <caption class="govuk-table__caption govuk-table__caption--s">Others' average by unit and attribute. Shading: darker blue well above the organisation's average, darker orange well below; the figures say the same.</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Unit</th>
          {{#COLUMN}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{NAME}}</th>{{/COLUMN}}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ROW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header leadline-heatmap__unit leadline-heatmap__depth-{{DEPTH}}">{{LABEL}}</th>
          {{#CELL}}<td class="govuk-table__cell govuk-table__cell--numeric leadline-heat leadline-heat--{{BAND}}">{{#SHOWN}}{{MEAN}}<br><span class="govuk-body-s">{{SUBJECTS}} people</span>{{/SHOWN}}{{#EMPTY}}<span aria-hidden="true">–</span><span class="govuk-visually-hidden">No one</span>{{/EMPTY}}{{#HIDDEN}}<span aria-hidden="true">*</span><span class="govuk-visually-hidden">Hidden</span>{{/HIDDEN}}</td>{{/CELL}}
        </tr>
        {{/ROW}}
      </tbody>
    </table>
    </div>
    <p class="govuk-body-s">* hidden to protect anonymity. – no one in this unit has a figure for this attribute.</p>
    {{/TABLE}}
    <p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{BACK}}">Back to the cycle</a></p>
  </div>
</div>
