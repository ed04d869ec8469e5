import { AccountSection } from '@/components/account/account-section';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { listShareLinks } from '@/lib/services/share-links/list-share-links';
import { ShareLinksPanel } from './share-links-panel';

/** The account page's "Share your profile" section (server side: your links and the orgs you can share a card of). */
export async function ShareLinksSection({ principal }: { principal: UserPrincipal }) {
  const [links, memberships] = await Promise.all([
    listShareLinks(principal),
    db.membership.findMany({
      where: { userId: principal.userId, status: 'active', organization: { status: 'active' } },
      orderBy: { joinedAt: 'asc' },
      select: { organization: { select: { id: true, name: true } } },
    }),
  ]);
  return (
    <AccountSection
      id="share-heading"
      title="Share your profile"
      description="A read-only link to your profile card (name, position, department, picture). Anyone with the link can open it until it expires or you revoke it."
    >
      <ShareLinksPanel links={links} orgs={memberships.map((m) => m.organization)} />
    </AccountSection>
  );
}
