import 'server-only';
import { redirect } from 'next/navigation';
import type { OrgContext } from '@/lib/server/guard';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';
import { orgContext } from './org-context';

/** The org of a list page under /o/[orgSlug]/<section>, returning to the same filters after sign-in. */
export async function listPageContext(
  orgSlug: string,
  section: string,
  raw: RawSearchParams,
): Promise<{ ctx: OrgContext; path: string }> {
  const path = `/o/${orgSlug}/${section}`;
  const search = new URLSearchParams(firstValues(raw)).toString();
  return { ctx: await orgContext(orgSlug, search ? `${path}?${search}` : path), path };
}

/** Past the last page (say, after deleting its last row or a filter change): go to the last page instead. */
export function keepPageInRange(
  path: string,
  raw: RawSearchParams,
  list: { total: number; totalPages: number },
  page: number,
): void {
  if (list.total === 0 || page <= list.totalPages) return;
  const next = new URLSearchParams(firstValues(raw));
  next.set('page', String(list.totalPages));
  redirect(`${path}?${next}`);
}
