// Requests refused in front of Next.js (scripts/server.mjs), before any route sees them,
// each with the app's error envelope: a method no route answers (TRACE, made-up ones) is
// a 405, and a path whose %-encoding does not decode is a 400 (Next.js would answer 500).

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const envelope = (code, message) => JSON.stringify({ error: { code, message } });

/** The refusal for a request, or null when it may go on: `{ status, headers, body }`. */
export function refuseRequest(method, url) {
  if (!ALLOWED_METHODS.includes(method)) {
    return {
      status: 405,
      headers: { allow: ALLOWED_METHODS.join(', '), 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: envelope('method_not_allowed', `The ${String(method).slice(0, 20)} method is not supported`),
    };
  }
  const path = (url ?? '/').split('?')[0];
  try {
    decodeURIComponent(path);
  } catch {
    return {
      status: 400,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: envelope('invalid_request', 'The path is not valid %-encoded UTF-8'),
    };
  }
  return null;
}
