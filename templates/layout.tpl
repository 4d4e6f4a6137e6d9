{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{{#HAS_ERRORS}}Error: {{/HAS_ERRORS}}{{TITLE}} – Leadline</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="robots" content="noindex, nofollow">
  <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/leadline.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-generic-header">
    <div class="govuk-generic-header__container govuk-width-container">
      <div class="govuk-generic-header__logo">
        <a href="/" class="govuk-generic-header__homepage-link">Leadline</a>
      </div>
    </div>
  </header>
  {{#SIGNED_IN}}<nav class="govuk-service-navigation" aria-label="Your pages">
    <div class="govuk-width-container">
      <div class="govuk-service-navigation__container">
        <ul class="govuk-service-navigation__list">
          {{#NAV_LINK}}<li class="govuk-service-navigation__item{{#CURRENT}} govuk-service-navigation__item--active{{/CURRENT}}">
            <a class="govuk-service-navigation__link" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a>
          </li>
          {{/NAV_LINK}}
          <li class="govuk-service-navigation__item leadline-account">
            <span class="govuk-body-s leadline-account__who">{{EMAIL}} ({{ROLE}})</span>
            <form method="post" action="/sign-out" class="leadline-account__sign-out">
              <input type="hidden" name="csrf" value="{{CSRF}}">
              <button type="submit" class="govuk-button govuk-button--secondary leadline-account__button" data-module="govuk-button">Sign out</button>
            </form>
          </li>
        </ul>
      </div>
    </div>
  </nav>
  {{/SIGNED_IN}}
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
{{CONTENT:none}}
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <p class="govuk-body-s">Leadline: leadership development for public services.</p>
        </div>
      </div>
    </div>
  </footer>
  <script type="module" src="/assets/leadline.mjs"></script>
</body>
</html>
