{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a class="govuk-back-link" href="{{BACK_HREF}}">Back to the review</a>
    <span class="govuk-caption-l">{{REVIEW}}</span>
    <h1 class="govuk-heading-l">Fairness and drift</h1>
    <p class="govuk-body">For each characteristic your organisation records, the share of each group placed in a top box (the three boxes up and to the right), the share placed with high potential (the rating where bias against women is best documented), and the share moved down in the meeting. Each group is compared with the best-off group: a ratio under four-fifths is the usual sign to look harder. With small groups a ratio alone misleads, so each comes with a 90% interval, and a reading is called clear only when the whole interval is on one side of four-fifths. No group of fewer than {{MINIMUM}} people is shown, nor any group that would let one be worked out. <a class="govuk-link" href="#method">How these are worked out</a>.</p>
    {{#NO_FIELDS}}<p class="govuk-body">Your organisation records no protected characteristics, so there is nothing to break down. <a class="govuk-link" href="/admin/equality">Equality information</a> says how to record them.</p>{{/NO_FIELDS}}
    {{#FIELD}}<h2 class="govuk-heading-m">{{LABEL}}</h2>
    {{>TABLE}}
    <h3 class="govuk-heading-s">Each line manager's proposals</h3>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">{{LABEL}}: proposals by line manager</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Line manager</th>
        <th scope="col" class="govuk-table__header">Group</th>
        <th scope="col" class="govuk-table__header">Proposed for a top box</th>
        <th scope="col" class="govuk-table__header">Reading</th>
        <th scope="col" class="govuk-table__header">Proposed as high potential</th>
        <th scope="col" class="govuk-table__header">Reading</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#REVIEWER_GROUP}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{REVIEWER}}</th>
          <td class="govuk-table__cell">{{NAME}}</td>
          <td class="govuk-table__cell">{{SHARE}}</td>
          <td class="govuk-table__cell">{{#TOP_READING}}{{#FLAG}}<strong class="govuk-tag govuk-tag--red">{{TEXT}}</strong>{{/FLAG}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/TOP_READING}}</td>
          <td class="govuk-table__cell">{{HIGH_SHARE}}</td>
          <td class="govuk-table__cell">{{#HIGH_READING}}{{#FLAG}}<strong class="govuk-tag govuk-tag--red">{{TEXT}}</strong>{{/FLAG}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/HIGH_READING}}</td>
        </tr>{{/REVIEWER_GROUP}}
      </tbody>
    </table>{{/FIELD}}
    {{#TOGETHER}}<h2 class="govuk-heading-m" id="together">Two characteristics together</h2>
    <p class="govuk-body">A bias can fall on a combination, such as women from one ethnic group, that neither characteristic shows alone. Combinations follow the same rules: none of fewer than {{MINIMUM}} people is shown, and further combinations are hidden wherever the shown ones, with the tables above, would let a small one be worked out. With most organisations' numbers many combinations stay hidden; what is shown is safe to share.</p>
    <form method="get" action="{{SELF_HREF}}#together" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third govuk-form-group">
          <label class="govuk-label" for="first">First characteristic</label>
          <select class="govuk-select" id="first" name="first">
            {{#FIRST_OPTION}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{LABEL}}</option>{{/FIRST_OPTION}}
          </select>
        </div>
        <div class="govuk-grid-column-one-third govuk-form-group">
          <label class="govuk-label" for="second">Second characteristic</label>
          <select class="govuk-select" id="second" name="second">
            {{#SECOND_OPTION}}<option value="{{VALUE}}"{{#CHOSEN}} selected{{/CHOSEN}}>{{LABEL}}</option>{{/SECOND_OPTION}}
          </select>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show them together</button>
    </form>
    {{#SAME_FIELD}}<p class="govuk-body">Choose two different characteristics.</p>{{/SAME_FIELD}}
    {{>TOGETHER_TABLE}}{{/TOGETHER}}
    <h2 class="govuk-heading-m">Drift to the middle, by line manager</h2>
    <p class="govuk-body">How each line manager's proposals came through the meeting. Meetings tend to pull placements towards the middle box; a large share moved there, or moves mostly down for one manager's people, is worth a second look.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Drift by line manager</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Line manager</th>
        <th scope="col" class="govuk-table__header">People</th>
        <th scope="col" class="govuk-table__header">In the middle box, before and after</th>
        <th scope="col" class="govuk-table__header">Moved up</th>
        <th scope="col" class="govuk-table__header">Moved down</th>
        <th scope="col" class="govuk-table__header">Moved across</th>
        <th scope="col" class="govuk-table__header">Towards the middle</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#DRIFT}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{REVIEWER}}</th>
          <td class="govuk-table__cell">{{PEOPLE}}</td>
          <td class="govuk-table__cell">{{MIDDLE}}</td>
          <td class="govuk-table__cell">{{UP}}</td>
          <td class="govuk-table__cell">{{DOWN}}</td>
          <td class="govuk-table__cell">{{ACROSS}}</td>
          <td class="govuk-table__cell">{{TOWARDS}}</td>
        </tr>{{/DRIFT}}
      </tbody>
    </table>
    <h2 class="govuk-heading-m" id="method">How these are worked out</h2>
    <p class="govuk-body">Each share's interval is a Jeffreys interval, which stays honest with a handful of people. The ratio's interval comes from both groups' intervals together. A group is hidden when it has fewer than {{MINIMUM}} people; further groups are hidden when subtracting the shown ones from the total would reveal a small one, and a line manager's figures hide a group's cell whenever the other managers' cells would give it away. The full method is in the product's methodology notes on talent reviews.</p>
  </div>
</div>
