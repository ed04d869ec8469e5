'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/ui/cn';

export interface SettingsTab {
  href: string;
  label: string;
  /** Active only on this exact path (the area's index page), not on the pages below it. */
  exact?: boolean;
}

/** The settings area's sub-navigation: one tab per page the user may open. */
export function SettingsNav({ tabs }: { tabs: SettingsTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-zinc-200">
      <ul className="-mb-px flex gap-4 overflow-x-auto">
        {tabs.map((tab) => {
          const active = pathname === tab.href || (!tab.exact && pathname.startsWith(`${tab.href}/`));
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'inline-flex border-b-2 px-1 pb-2.5 font-medium whitespace-nowrap transition-colors',
                  active
                    ? 'border-zinc-900 text-zinc-900'
                    : 'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
