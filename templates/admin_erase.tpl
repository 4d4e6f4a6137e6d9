{{%AUTOESCAPE context="HTML"}}<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/admin/people" class="govuk-back-link">Back to people</a>
    {{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Erase someone's data</h1>
    <p class="govuk-body">When someone who has left asks for their data to be erased, this removes them from Leadline:</p>
    <ul class="govuk-list govuk-list--bullet">
      <li>their name, email and details in the people directory, and their account;</li>
      <li>their own 360 reports, with everything their raters said about them;</li>
      <li>the comments they wrote as a rater;</li>
      <li>emails to them, and their places in learning sets.</li>
    </ul>
    <p class="govuk-body">Ratings they gave others stay in those people's reports, with nothing to say whose they were: taking them out would change reports people have already read. A cycle's averages are worked out again without their own scores.</p>
    <p class="govuk-body">Only someone marked as having left, and in no cycle still running, can be erased.</p>
    <form method="post" action="/admin/people/erase" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="govuk-form-group{{#EMAIL_ERROR}} govuk-form-group--error{{/EMAIL_ERROR}}">
        <label class="govuk-label govuk-label--s" for="email">Their email address</label>
        {{#EMAIL_ERROR}}<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EMAIL_ERROR}}
        <input class="govuk-input govuk-!-width-two-thirds{{#EMAIL_ERROR}} govuk-input--error{{/EMAIL_ERROR}}" id="email" name="email" type="email" spellcheck="false" autocomplete="off" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-describedby="email-error"{{/EMAIL_ERROR}}>
      </div>
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Continue</button>
    </form>
  </div>
</div>
