{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    {{#CHOOSE}}<form method="get" action="{{PAGE}}" novalidate class="leadline-no-print">
      <div class="govuk-form-group">
        <label class="govuk-label" for="unit">Team or unit</label>
        <div id="unit-hint" class="govuk-hint">Everyone in the unit and the teams below it who has a report in this cycle.</div>
        <select class="govuk-select" id="unit" name="unit" aria-describedby="unit-hint">
          {{#UNIT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/UNIT}}
        </select>
        <button type="submit" class="govuk-button govuk-button--secondary leadline-inline-button" data-module="govuk-button">Show</button>
      </div>
    </form>{{/CHOOSE}}
    {{#NOT_ENOUGH}}<p class="govuk-body">{{TEXT}}</p>{{/NOT_ENOUGH}}
    {{#MIX}}<p class="govuk-body">The team's average of what others said, by attribute, against the average across everyone in this cycle, on a scale of {{LOWEST}} to {{HIGHEST}}. {{MEMBERS}} people are in it. Someone "carries" an attribute when others rate them at least {{MARGIN}} above the cycle's average for it.</p>
    {{#GAPS}}<h2 class="govuk-heading-m">Gaps: no one stands out</h2>
    <p class="govuk-body">Consider development for the team, or look for these when recruiting.</p>
    <ul class="govuk-list govuk-list--bullet">{{#ITEM}}<li>{{NAME}}</li>{{/ITEM}}</ul>{{/GAPS}}
    {{#DEPENDENCIES}}<h2 class="govuk-heading-m">Carried by one person</h2>
    <p class="govuk-body">The team leans on one person here. Share the work and the know-how before they move on.</p>
    <ul class="govuk-list govuk-list--bullet">{{#ITEM}}<li>{{NAME}}</li>{{/ITEM}}</ul>{{/DEPENDENCIES}}
    {{#STRENGTHS}}<h2 class="govuk-heading-m">Team strengths</h2>
    <p class="govuk-body">Several people carry these. The team could coach others in them.</p>
    <ul class="govuk-list govuk-list--bullet">{{#ITEM}}<li>{{NAME}}</li>{{/ITEM}}</ul>{{/STRENGTHS}}
    <div class="leadline-table-scroll" tabindex="0" role="region" aria-label="Team table, scrolls sideways">
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">The team against the cycle, by attribute</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Attribute</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Team</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Cycle</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Difference</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">People who carry it</th>
          <th scope="col" class="govuk-table__header">What it shows</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#ROW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}</th>
          {{#SHOWN}}<td class="govuk-table__cell govuk-table__cell--numeric">{{TEAM}}<br><span class="govuk-body-s">{{PEOPLE}} people</span></td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{NORM}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{DIFFERENCE}}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{CARRIERS}}</td>
          <td class="govuk-table__cell">{{MEANING}}</td>{{/SHOWN}}
          {{#HIDDEN}}<td class="govuk-table__cell" colspan="5">Too few people have a figure for this to be shown without risking their anonymity.</td>{{/HIDDEN}}
        </tr>
        {{/ROW}}
      </tbody>
    </table>
    </div>{{/MIX}}
    <p class="govuk-body leadline-no-print"><a class="govuk-link" href="{{BACK}}">Back</a></p>
  </div>
</div>
