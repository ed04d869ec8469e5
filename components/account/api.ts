import type { ActionError } from '@/lib/ui/server-errors';

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ActionError };

const OFFLINE: ActionError = {
  code: 'internal',
  message: 'Could not reach the server. Check your connection and try again.',
};

/** A form as multipart, a file as itself with its type; anything else as JSON. */
function encode(body: unknown): RequestInit {
  if (body === undefined) return {};
  if (body instanceof FormData) return { body };
  if (body instanceof Blob) return { headers: { 'content-type': body.type || 'application/octet-stream' }, body };
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * The one way the browser calls /api/v1, with the session cookie: these pages use
 * the same API, validation and messages as every other client. A `File` body is
 * uploaded as the raw request body, a `FormData` as multipart; nothing is cached.
 */
export async function apiRequest<T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { method, credentials: 'same-origin', cache: 'no-store', ...encode(body) });
  } catch {
    return { ok: false, status: 0, error: OFFLINE } satisfies ApiResult<T>;
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.ok) return { ok: true, status: res.status, data: json as T } satisfies ApiResult<T>;
  const error = (json as { error?: ActionError } | null)?.error ?? {
    code: 'internal',
    message: 'Something went wrong on our side. Try again in a moment.',
  };
  return { ok: false, status: res.status, error } satisfies ApiResult<T>;
}
