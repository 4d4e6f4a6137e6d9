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
    {{>HEATMAP_TABLE}}
    <p class="govuk-body-s">* hidden to protect anonymity. – no one in this unit has a figure for this attribute.</p>
    {{/TABLE}}
    <p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{BACK}}">Back to the cycle</a></p>
  </div>
</div>
