import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Page not found</h1>
      <p className="max-w-sm text-zinc-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className={buttonClasses('secondary', 'md', 'mt-2')}>
        Go to your organizations
      </Link>
    </main>
  );
}
