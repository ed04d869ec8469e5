'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { cn } from '@/lib/ui/cn';

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of
 * the page inert (focus stays inside), Esc closes it, and closing returns focus
 * to the element that opened it. Content mounts only while open, so forms start
 * fresh each time.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  className,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // The element that opened the dialog. The browser's own return of focus needs focus inside the
  // dialog when it closes, but the content unmounts first; so the dialog returns it itself.
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open) {
      // Escape may have closed it natively already (the browser does not always let cancel be stopped).
      if (dialog.open) dialog.close();
      const back = opener.current;
      opener.current = null;
      const lost = document.activeElement === document.body || dialog.contains(document.activeElement);
      if (lost) stillThere(back)?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Esc: let React state drive the closing.
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      className={cn(
        'm-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl',
        className,
      )}
    >
      {open ? (
        <div className="space-y-4 p-5">
          <div className="space-y-1">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="text-sm text-zinc-600">
                {description}
              </div>
            ) : null}
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * The opener, or the element that replaced it when its row re-rendered: a row's action button is
 * described by the row's name (aria-describedby), which stays while the button itself may not.
 */
function stillThere(opener: HTMLElement | null): HTMLElement | null {
  if (!opener || opener.isConnected) return opener;
  const describedBy = opener.getAttribute('aria-describedby');
  if (!describedBy) return null;
  const candidates = document.querySelectorAll<HTMLElement>(
    `${opener.tagName}[aria-describedby="${CSS.escape(describedBy)}"]`,
  );
  return [...candidates].find((c) => c.textContent === opener.textContent) ?? null;
}

export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">{children}</div>;
}
