import 'server-only';
import { sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { getAttributeDefinitions, readMemberAttributes } from '@/lib/services/attributes/member-values';

export interface SharedCard {
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  department: string | null;
  country: string | null;
  hasAvatar: boolean;
  organization: string;
  attributes: { key: string; label: string; value: string }[];
  expiresAt: string;
}

/** The live link behind a raw token (not revoked, not expired, its member still active in an active org), or null. */
export async function findLiveShareLink(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await db.shareLink.findUnique({ where: { tokenHash: sha256(token) } });
  if (!link || link.revokedAt || link.expiresAt <= new Date()) return null;
  const membership = await db.membership.findFirst({
    where: {
      userId: link.userId,
      organizationId: link.organizationId,
      status: 'active',
      organization: { status: 'active' },
      user: { status: 'active' },
    },
    select: {
      organization: { select: { name: true } },
      department: { select: { name: true } },
      user: {
        select: { firstName: true, lastName: true, jobTitle: true, country: true, avatarKey: true },
      },
    },
  });
  return membership ? { link, membership } : null;
}

/** What /p/[token] shows: only the fields the member chose; the view is recorded (lastViewedAt). */
export async function sharedCard(token: string): Promise<SharedCard | null> {
  const found = await findLiveShareLink(token);
  if (!found) return null;
  const { link, membership } = found;
  const show = new Set(link.fields);
  const user = membership.user;
  await db.shareLink.update({ where: { id: link.id }, data: { lastViewedAt: new Date() } });
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    jobTitle: show.has('jobTitle') ? user.jobTitle : null,
    department: show.has('department') ? (membership.department?.name ?? null) : null,
    country: show.has('country') ? user.country : null,
    hasAvatar: show.has('avatar') && !!user.avatarKey,
    organization: membership.organization.name,
    attributes: await chosenAttributes(link.organizationId, link.userId, link.fields),
    expiresAt: link.expiresAt.toISOString(),
  };
}

/** The attributes the member chose to show (`attributes.<key>`), with their labels, in the link's order. */
async function chosenAttributes(orgId: string, userId: string, fields: string[]) {
  const keys = fields.filter((f) => f.startsWith('attributes.')).map((f) => f.slice('attributes.'.length));
  if (keys.length === 0) return [];
  const defs = (await getAttributeDefinitions(orgId)).filter((d) => keys.includes(d.key));
  const values = (await readMemberAttributes(db, orgId, [userId], defs)).get(userId) ?? {};
  return defs.flatMap((d) => {
    const value = values[d.key];
    if (value === undefined || value === null || value === '') return [];
    const text = Array.isArray(value)
      ? value.map((v) => d.options.find((o) => o.value === v)?.label ?? v).join(', ')
      : (d.options.find((o) => o.value === value)?.label ?? String(value));
    return [{ key: d.key, label: d.label, value: text }];
  });
}
