{{%AUTOESCAPE context="HTML"}}<div class="leadline-table-scroll" tabindex="0" role="region" aria-label="{{LABEL}}, scrolls sideways">
    <table class="govuk-table leadline-heatmap">
      <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}</caption>
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
