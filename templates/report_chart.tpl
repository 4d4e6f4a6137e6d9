{{%AUTOESCAPE context="HTML"}}<svg role="img" aria-labelledby="{{TITLE_ID}}" viewBox="0 0 640 {{CHART_HEIGHT}}" width="100%" xmlns="http://www.w3.org/2000/svg">
        <title id="{{TITLE_ID}}">{{TITLE}}</title>
        {{#CHART_ROW}}<text x="50" y="{{Y_TEXT}}" font-size="14" fill="#0b0c0c">{{NAME}}</text>
        <line x1="50" x2="590" y1="{{Y_LINE}}" y2="{{Y_LINE}}" stroke="#b1b4b6" stroke-width="2"/>
        {{#INTERVAL}}<line x1="{{X_LOW}}" x2="{{X_HIGH}}" y1="{{Y_LINE}}" y2="{{Y_LINE}}" stroke="#1d70b8" stroke-width="6"/>{{/INTERVAL}}
        {{#OTHERS}}<circle cx="{{X}}" cy="{{Y}}" r="7" fill="#1d70b8"/>{{/OTHERS}}
        {{#SELF}}<rect x="{{X}}" y="{{Y}}" width="12" height="12" fill="#0b0c0c"/>{{/SELF}}
        {{/CHART_ROW}}
        {{#TICK}}<text x="{{X}}" y="{{Y}}" font-size="13" text-anchor="middle" fill="#505a5f">{{LABEL}}</text>{{/TICK}}
      </svg>
