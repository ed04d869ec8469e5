'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useTransition,
} from 'react';

type ParamValue = string | number | null | undefined;

interface ListUrlState {
  /** True while the page for the new URL is being fetched. */
  pending: boolean;
  /** Sets (or, with an empty or default value, removes) query parameters and replaces the URL. */
  update: (changes: Record<string, ParamValue>, options?: { resetPage?: boolean }) => void;
}

const ListUrlStateContext = createContext<ListUrlState | null>(null);

/**
 * Owns a list page's state in the URL (q, sort, page, pageSize, filters): every
 * change is a router.replace in a transition, and the server page re-renders
 * with the new query. Values equal to `defaults` are left out of the URL.
 */
export function ListUrlStateProvider({
  defaults,
  children,
}: {
  defaults: Record<string, string | number>;
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The query the user last asked for. While a navigation is pending the
  // rendered searchParams still hold the old one, and a second change (a
  // filter picked right after another) must build on the first, not undo it.
  const wanted = useRef(searchParams.toString());
  const issued = useRef<string[]>([]);
  useEffect(() => {
    const current = searchParams.toString();
    const at = issued.current.indexOf(current);
    if (at === -1) wanted.current = current; // back button, link: the URL wins
    issued.current = at === -1 ? [] : issued.current.slice(at + 1);
  }, [searchParams]);

  const update = useCallback(
    (changes: Record<string, ParamValue>, options?: { resetPage?: boolean }) => {
      const params = new URLSearchParams(wanted.current);
      for (const [key, raw] of Object.entries(changes)) {
        const value = raw === null || raw === undefined ? '' : String(raw);
        if (value === '' || (key in defaults && value === String(defaults[key]))) params.delete(key);
        else params.set(key, value);
      }
      if (options?.resetPage) params.delete('page');
      const query = params.toString();
      if (query === wanted.current) return;
      wanted.current = query;
      issued.current.push(query);
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [defaults, pathname, router],
  );

  const value = useMemo(() => ({ pending, update }), [pending, update]);
  return <ListUrlStateContext.Provider value={value}>{children}</ListUrlStateContext.Provider>;
}

export function useListUrlState(): ListUrlState {
  const state = useContext(ListUrlStateContext);
  if (!state) throw new Error('useListUrlState must be used inside <ListUrlStateProvider>');
  return state;
}
