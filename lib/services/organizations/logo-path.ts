/** The logo's file id, which changes with every upload: the version in its public URL. */
export function logoVersionOf(logoKey: string): string {
  return logoKey.split('/').pop()?.split('.')[0] ?? '';
}

/**
 * The logo's public, versioned URL (`/logo/{orgId}/{version}`): for the sidebar, the org switcher,
 * e-mails and invitation pages, which people outside the org see. It can be cached for good,
 * because a new upload gets a new version.
 */
export function logoPathOf(orgId: string, logoKey: string | null): string | null {
  return logoKey ? `/logo/${orgId}/${logoVersionOf(logoKey)}` : null;
}
