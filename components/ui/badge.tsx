import type { ReactNode } from 'react';
import { cn } from '@/lib/ui/cn';

const tones = {
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  warn: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  bad: 'bg-red-50 text-red-800 ring-red-600/20',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  busy: 'bg-indigo-50 text-indigo-800 ring-indigo-600/20',
  done: 'bg-violet-50 text-violet-800 ring-violet-600/20',
} as const;

export type Tone = keyof typeof tones;

/** A status as a small pill: always a word, with a colour that only supports it. */
export function Badge({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <span
      title={title}
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}

/** A status of a set of statuses, each with its word and tone. */
export function StatusBadgeOf<S extends string>({
  status,
  labels,
  toneOf,
}: {
  status: S;
  labels: Record<S, string>;
  toneOf: Record<S, Tone>;
}) {
  return <Badge tone={toneOf[status]}>{labels[status]}</Badge>;
}

/** Active or deactivated (a member, an organization). */
export function ActiveBadge({ status }: { status: 'active' | 'deactivated' }) {
  return (
    <Badge tone={status === 'active' ? 'good' : 'neutral'}>{status === 'active' ? 'Active' : 'Deactivated'}</Badge>
  );
}

/** "On" / "Off" (two-factor authentication in the team table and the account page). */
export function OnOffBadge({ on }: { on: boolean }) {
  return <Badge tone={on ? 'good' : 'neutral'}>{on ? 'On' : 'Off'}</Badge>;
}
