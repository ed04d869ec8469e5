import Link from 'next/link';
import { TopBar } from '@/components/shell/top-bar';
import { cn } from '@/lib/ui/cn';

const links = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/organizations', label: 'Organizations' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/demo-requests', label: 'Demo requests' },
  { href: '/admin/attributes', label: 'Attributes' },
  { href: '/admin/audit', label: 'Audit log' },
] as const;

/** The platform console's header with its sections; `current` is marked for assistive tech. */
export function AdminTopBar({ email, current }: { email: string; current: (typeof links)[number]['href'] }) {
  return (
    <TopBar title="Platform admin" email={email}>
      <nav aria-label="Platform admin" className="flex flex-wrap gap-4 text-sm">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link.href === current ? 'page' : undefined}
            className={cn(
              'font-medium hover:text-zinc-900',
              link.href === current ? 'text-zinc-900 underline underline-offset-4' : 'text-zinc-600',
            )}
          >
            {link.label}
          </Link>
        ))}
      </nav>
    </TopBar>
  );
}
