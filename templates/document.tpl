{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{{TITLE}} – Leadline</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <style>
    body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #0b0c0c; }
    table { border-collapse: collapse; }
    th, td { border-bottom: 1px solid #b1b4b6; padding: 0.4em 0.6em; text-align: left; }
  </style>
  <style>{{STYLESHEET:none}}</style>
  <style>
    /* The file's own width and margins, after the site's stylesheet so that they hold. */
    .leadline-document { max-width: 60em; margin: 1.5em auto; padding-left: 1em; padding-right: 1em; }
  </style>
</head>
<body class="govuk-template__body">
  <main class="govuk-main-wrapper leadline-document" id="main-content">
{{CONTENT:none}}
  </main>
</body>
</html>
