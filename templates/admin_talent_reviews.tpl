{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Talent reviews</h1>
    <p class="govuk-body">A talent review places people on performance and potential. Each person's line manager rates the indicators with written evidence, and proposes a box; then a calibration meeting agrees the placements, with the fairness of the placements by group shown while it decides.</p>
    <p class="govuk-body"><a class="govuk-link" href="/admin/talent/pools">Talent pools</a>: the people approved for accelerated development schemes, searched by indicator, profession and region.</p>
    {{#NONE}}<p class="govuk-body">No talent review has been started yet.</p>{{/NONE}}
    {{#HAS_REVIEWS}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Talent reviews</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Review</th>
          <th scope="col" class="govuk-table__header">Who it covers</th>
          <th scope="col" class="govuk-table__header">Stage</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#REVIEW}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="{{HREF}}">{{NAME}}</a></th>
          <td class="govuk-table__cell">{{POPULATION}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--grey">{{STAGE}}</strong></td>
        </tr>
        {{/REVIEW}}
      </tbody>
    </table>{{/HAS_REVIEWS}}
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-m" id="start">Start a talent review</h2>
    <form method="post" action="/admin/talent" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
        <label class="govuk-label govuk-label--s" for="name">Name</label>
        {{#NAME_ERROR}}<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
        <input class="govuk-input" id="name" name="name" type="text" value="{{TYPED_NAME}}" maxlength="200">
      </div>
      <div class="govuk-form-group{{#FRAMEWORK_ERROR}} govuk-form-group--error{{/FRAMEWORK_ERROR}}">
        <label class="govuk-label govuk-label--s" for="framework">Indicators</label>
        <div id="framework-hint" class="govuk-hint">Frameworks meant for talent reviews, with what each level of each indicator means</div>
        {{#FRAMEWORK_ERROR}}<p class="govuk-error-message" id="framework-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FRAMEWORK_ERROR}}
        <select class="govuk-select" id="framework" name="framework" aria-describedby="framework-hint">
          {{#FRAMEWORK}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{NAME}}</option>{{/FRAMEWORK}}
        </select>
      </div>
      <div class="govuk-form-group{{#POPULATION_ERROR}} govuk-form-group--error{{/POPULATION_ERROR}}">
        <fieldset class="govuk-fieldset" aria-describedby="population-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who it covers</legend>
          <div id="population-hint" class="govuk-hint">People who have left are never included. Each person is assessed by the line manager the directory gives them today.</div>
          {{#POPULATION_ERROR}}<p class="govuk-error-message" id="population-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/POPULATION_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="population" name="population" type="radio" value="unit"{{#UNIT_CHOSEN}} checked{{/UNIT_CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="population">A unit and the units within it</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="population-grade" name="population" type="radio" value="grade"{{#GRADE_CHOSEN}} checked{{/GRADE_CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="population-grade">Everyone on a grade</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="population-cycle" name="population" type="radio" value="cycle"{{#CYCLE_CHOSEN}} checked{{/CYCLE_CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="population-cycle">The subjects of a 360 cycle</label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="population-everyone" name="population" type="radio" value="everyone"{{#EVERYONE_CHOSEN}} checked{{/EVERYONE_CHOSEN}}>
              <label class="govuk-label govuk-radios__label" for="population-everyone">Everyone in the directory</label>
            </div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="unit">Unit, if you chose a unit</label>
        <select class="govuk-select" id="unit" name="unit">
          {{#UNIT}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{PATH}}</option>{{/UNIT}}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="grade">Grade, if you chose a grade</label>
        <div id="grade-hint" class="govuk-hint">As the people directory spells it, for example Grade 7</div>
        <input class="govuk-input govuk-input--width-10" id="grade" name="grade" type="text" value="{{TYPED_GRADE}}" aria-describedby="grade-hint">
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for="cycle">Cycle, if you chose a cycle</label>
        <select class="govuk-select" id="cycle" name="cycle">
          {{#CYCLE}}<option value="{{ID}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{NAME}}</option>{{/CYCLE}}
        </select>
      </div>
      <div class="govuk-form-group{{#MINIMUM_ERROR}} govuk-form-group--error{{/MINIMUM_ERROR}}">
        <label class="govuk-label govuk-label--s" for="minimum">Smallest group shown in fairness figures</label>
        <div id="minimum-hint" class="govuk-hint">A group with fewer people than this is hidden, and so is any group that would let it be worked out</div>
        {{#MINIMUM_ERROR}}<p class="govuk-error-message" id="minimum-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MINIMUM_ERROR}}
        <input class="govuk-input govuk-input--width-3" id="minimum" name="minimum" type="text" inputmode="numeric" value="{{TYPED_MINIMUM}}" aria-describedby="minimum-hint">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Start the review</button>
    </form>
  </div>
</div>
