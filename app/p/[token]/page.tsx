import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ProfileCard } from '@/components/share-links/profile-card';
import { AppError } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { clientIp } from '@/lib/server/request-meta';
import { sharedCard } from '@/lib/services/share-links/shared-card';
import { shareViewLimit } from '@/lib/services/share-links/view-limit';

// Public and personal: rendered per request, kept out of search engines and Referer headers.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Profile',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function SharedProfilePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ip = clientIp(await headers());
  try {
    if (ip) await hit(shareViewLimit(), ip);
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return <TooMany />;
    throw error;
  }
  const card = await sharedCard(token);
  if (!card) notFound();
  return (
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-10">
      <ProfileCard card={card} avatarUrl={card.hasAvatar ? `/p/${encodeURIComponent(token)}/avatar` : null} />
    </main>
  );
}

function TooMany() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Too many requests</h1>
      <p className="max-w-sm text-zinc-600">Too many profile views from your network. Try again in a while.</p>
    </main>
  );
}
