/**
 * The browser script that starts Swagger UI, served as /docs/assets/init.js so that the page needs no inline script.
 * `queryConfigEnabled` stays off (the default): the page only ever loads our own document.
 */
export const swaggerInit = `'use strict';
window.ui = window.SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#swagger-ui',
  layout: 'BaseLayout',
  presets: [window.SwaggerUIBundle.presets.apis],
  deepLinking: true,
  docExpansion: 'list',
  filter: true,
  tryItOutEnabled: true,
  displayRequestDuration: true,
  persistAuthorization: false,
  validatorUrl: null,
});
`;
