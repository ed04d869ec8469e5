/**
 * The avatar's URL for the caller's own views, with the file's id as a version so
 * a new upload is not hidden by the browser cache (GET ignores the query).
 */
export function avatarUrlOf(userId: string, avatarKey: string | null): string | null {
  if (!avatarKey) return null;
  const version = avatarKey.split('/').pop()?.split('.')[0] ?? '';
  return `/api/v1/users/${userId}/avatar?v=${version}`;
}
