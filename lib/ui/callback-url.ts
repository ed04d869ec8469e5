const BLOCKED = ['/api/', '/signin', '/signout'];

/**
 * Where to go after signing in: only a path on this site (an absolute URL keeps
 * its path and drops its host), never an API route or the auth pages themselves.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, 'http://localhost');
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith('/') || path.startsWith('//')) return fallback;
    if (BLOCKED.some((prefix) => url.pathname === prefix || url.pathname.startsWith(prefix))) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

export function signInUrl(callbackUrl: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
