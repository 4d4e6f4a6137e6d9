{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    {{>ERROR_SUMMARY}}
    {{#APPLIED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="applied-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="applied-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The people directory is updated: {{SUMMARY}}.</p></div>
    </div>{{/APPLIED}}
    {{#ERASED}}<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="erased-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="erased-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Their data is erased, and the reports they were in are drawn again without them.</p></div>
    </div>{{/ERASED}}
    <h1 class="govuk-heading-l">People</h1>
    <p class="govuk-body">The people directory lists {{WORKING}}. {{LEFT}}</p>
    <p class="govuk-body">To change it, download it as a spreadsheet, edit it and upload it again; or upload the file your HR system exports, with the same columns. <a class="govuk-link" href="/admin/people.csv">Download the people directory (CSV)</a></p>
    {{#PROBLEMS}}<h2 class="govuk-heading-m" id="problems">The file has {{COUNT}}</h2>
    <p class="govuk-body">Nothing has changed. Correct the file in your spreadsheet and upload it again.</p>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Problems in the file, by line</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Line</th>
        <th scope="col" class="govuk-table__header">Column</th>
        <th scope="col" class="govuk-table__header">Problem</th>
      </tr></thead>
      <tbody class="govuk-table__body">
        {{#PROBLEM}}<tr class="govuk-table__row">
          <td class="govuk-table__cell">{{LINE}}</td>
          <td class="govuk-table__cell">{{COLUMN}}</td>
          <td class="govuk-table__cell">{{MESSAGE}}</td>
        </tr>
        {{/PROBLEM}}
      </tbody>
    </table>{{/PROBLEMS}}
    <h2 class="govuk-heading-m">Upload a people file</h2>
    <p class="govuk-body">A CSV file with a header line and one line per person. The columns are <code>email</code>, <code>name</code>, <code>unit_path</code> (for example <code>Housing/Repairs</code>), <code>grade</code>, <code>profession</code>, <code>region</code> and <code>manager_email</code>, in any order. You will see what the file changes before anything is saved.</p>
    <p class="govuk-body">You may add any of the equality columns <code>sex</code>, <code>ethnicity</code>, <code>disability</code>, <code>age_band</code> and <code>working_pattern</code>. Each value must be one your organisation records (letter case does not matter); an empty cell clears what was recorded, and a column you leave out keeps what was recorded. These are used only for figures about groups, such as whether a talent review treats groups fairly, and are never shown about one person. <a class="govuk-link" href="/admin/equality">See or change the values your organisation records</a>.</p>
    <form method="post" action="/admin/people/check" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#FILE_ERROR}} govuk-form-group--error{{/FILE_ERROR}}">
        <label class="govuk-label govuk-label--s" for="people">People file</label>
        {{#FILE_ERROR}}<p id="people-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FILE_ERROR}}
        <input class="govuk-file-upload{{#FILE_ERROR}} govuk-file-upload--error{{/FILE_ERROR}}" id="people" name="people" type="file" accept=".csv,text/csv"{{#FILE_ERROR}} aria-describedby="people-error"{{/FILE_ERROR}}>
      </div>
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who does the file list?</legend>
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="lists" name="lists" type="radio" value="some"{{#SOME_CHECKED}} checked{{/SOME_CHECKED}} aria-describedby="lists-some-hint">
              <label class="govuk-label govuk-radios__label" for="lists">Some people</label>
              <div id="lists-some-hint" class="govuk-hint govuk-radios__hint">People in the file are added or updated; everyone else stays as they are</div>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="lists-everyone" name="lists" type="radio" value="everyone"{{#EVERYONE_CHECKED}} checked{{/EVERYONE_CHECKED}} aria-describedby="lists-everyone-hint">
              <label class="govuk-label govuk-radios__label" for="lists-everyone">Everyone who works here</label>
              <div id="lists-everyone-hint" class="govuk-hint govuk-radios__hint">Anyone in the directory but not in the file is marked as having left: their past feedback is kept, and they can no longer sign in or be chosen</div>
            </div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Check the file</button>
    </form>
    <h2 class="govuk-heading-m">Erasing someone's data</h2>
    <p class="govuk-body">If someone who has left asks for their data to be erased, <a class="govuk-link" href="/admin/people/erase">erase their data</a>.</p>
  </div>
</div>
