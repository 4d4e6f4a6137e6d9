{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="{{CYCLE_HREF}}" class="govuk-back-link">Back to the cycle</a>
    {{#DONE}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{MESSAGE}}</p>
      </div>
    </div>{{/DONE}}
    {{#PROBLEM}}<div class="govuk-notification-banner" role="region" aria-labelledby="problem-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="problem-title">Important</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{MESSAGE}}</p>
      </div>
    </div>{{/PROBLEM}}
    <span class="govuk-caption-l">{{CYCLE}}</span>
    <h1 class="govuk-heading-l">Who to chase</h1>

    <h2 class="govuk-heading-m" id="subjects">Subjects still choosing raters</h2>
    <p class="govuk-body">{{SUBJECTS_TEXT}}</p>
    {{#NUDGE}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">{{LABEL}}</button>
    </form>{{/NUDGE}}
    {{#SUBJECT_TABLE}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Subject</th>
          <th scope="col" class="govuk-table__header">Unit</th>
          <th scope="col" class="govuk-table__header">Where they stand</th>
          <th scope="col" class="govuk-table__header">Last nudged</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#SUBJECT}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{NAME}}<br><span class="govuk-body-s">{{EMAIL}}</span></th>
          <td class="govuk-table__cell">{{UNIT}}</td>
          <td class="govuk-table__cell">{{STANDING}}</td>
          <td class="govuk-table__cell">{{LAST}}</td>
        </tr>
        {{/SUBJECT}}
      </tbody>
    </table>{{/SUBJECT_TABLE}}
    {{#SUBJECT_PAGES}}<nav class="govuk-pagination" aria-label="Pages of subjects">
      {{#PREV}}<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page of subjects</span></span></a></div>{{/PREV}}
      <p class="govuk-body govuk-!-margin-bottom-0">Page {{PAGE}} of {{PAGES}}</p>
      {{#NEXT}}<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page of subjects</span></span></a></div>{{/NEXT}}
    </nav>{{/SUBJECT_PAGES}}

    <h2 class="govuk-heading-m" id="raters">Raters who have not answered</h2>
    <p class="govuk-body">{{RATERS_TEXT}}</p>
    {{#REMIND}}<form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="from" value="chasing">
      <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">{{LABEL}}</button>
    </form>{{/REMIND}}
    {{#RATER_TABLE}}<table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Rater</th>
          <th scope="col" class="govuk-table__header">Asked as</th>
          <th scope="col" class="govuk-table__header">Feedback for</th>
          <th scope="col" class="govuk-table__header">Last reminded</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {{#RATER}}<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{EMAIL}}</th>
          <td class="govuk-table__cell">{{GROUP}}</td>
          <td class="govuk-table__cell">{{SUBJECT}}</td>
          <td class="govuk-table__cell">{{LAST}}</td>
        </tr>
        {{/RATER}}
      </tbody>
    </table>{{/RATER_TABLE}}
    {{#RATER_PAGES}}<nav class="govuk-pagination" aria-label="Pages of raters">
      {{#PREV}}<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page of raters</span></span></a></div>{{/PREV}}
      <p class="govuk-body govuk-!-margin-bottom-0">Page {{PAGE}} of {{PAGES}}</p>
      {{#NEXT}}<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{{HREF}}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page of raters</span></span></a></div>{{/NEXT}}
    </nav>{{/RATER_PAGES}}
  </div>
</div>
