import pkg from '@/package.json';

// Bumps the asset URLs whenever swagger-ui-dist or the app changes, so browsers never run a stale mix.
const v = encodeURIComponent(`${pkg.dependencies['swagger-ui-dist']}-${pkg.version}`);
const asset = (name: string) => `/docs/assets/${name}?v=${v}`;

const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API reference · Organization Admin Portal</title>
  <link rel="icon" type="image/png" href="${asset('favicon-32x32.png')}">
  <link rel="stylesheet" href="${asset('swagger-ui.css')}">
  <style>body { margin: 0; background: #fafafa; } .swagger-ui .information-container { padding-top: 8px; }</style>
</head>
<body>
  <noscript>
    <p>The interactive API reference needs JavaScript. The OpenAPI document itself is at
    <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
  </noscript>
  <div id="swagger-ui"></div>
  <script src="${asset('swagger-ui-bundle.js')}"></script>
  <script src="${asset('init.js')}"></script>
</body>
</html>
`;

/**
 * The interactive API reference: Swagger UI over /api/v1/openapi.json, entirely served by this app. Its
 * scripts are files of this origin, which the app-wide CSP (scripts/server.mjs) allows.
 */
export function GET(): Response {
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  });
}
