'use client';

import * as Dropdown from '@radix-ui/react-dropdown-menu';
import { createContext, type ReactNode, useContext, useRef } from 'react';
import { cn } from '@/lib/ui/cn';

/** Runs an item's action once the menu has closed and focus is back on its trigger. */
const AfterClose = createContext<(action: () => void) => void>((action) => action());

const triggerStyles = {
  ghost: 'rounded-md px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100',
  outline:
    'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-sm hover:bg-zinc-50',
};

/**
 * A drop-down menu (Radix): rendered in a portal so no table frame clips it, placed
 * where it fits, with menu semantics, arrow keys, Home/End, type-ahead and Escape.
 * An item's action runs after focus is back on the trigger, so a dialog it opens
 * returns focus there when it closes.
 */
export function Menu({
  label,
  describedBy,
  variant = 'ghost',
  children,
}: {
  label: ReactNode;
  describedBy?: string;
  variant?: keyof typeof triggerStyles;
  children: ReactNode;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const pending = useRef<(() => void) | null>(null);
  return (
    <Dropdown.Root>
      <Dropdown.Trigger
        ref={trigger}
        aria-describedby={describedBy}
        className={cn(triggerStyles[variant], 'focus-visible:outline-2 focus-visible:outline-zinc-900')}
      >
        {label}
      </Dropdown.Trigger>
      <Dropdown.Portal>
        <Dropdown.Content
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            const action = pending.current;
            pending.current = null;
            if (!action) return;
            event.preventDefault();
            trigger.current?.focus();
            action();
          }}
          className="z-50 flex min-w-44 flex-col rounded-md border border-zinc-200 bg-white py-1 shadow-lg"
        >
          <AfterClose.Provider
            value={(action) => {
              pending.current = action;
            }}
          >
            {children}
          </AfterClose.Provider>
        </Dropdown.Content>
      </Dropdown.Portal>
    </Dropdown.Root>
  );
}

const itemClass = 'cursor-default px-3 py-1.5 text-left text-sm outline-none select-none data-[disabled]:opacity-50';

/** One action of a menu; `danger` (remove, revoke) is shown in red. */
export function MenuItem({
  onSelect,
  danger,
  disabled,
  children,
}: {
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  const afterClose = useContext(AfterClose);
  return (
    <Dropdown.Item
      disabled={disabled}
      onSelect={() => afterClose(onSelect)}
      className={cn(
        itemClass,
        danger ? 'text-red-700 data-[highlighted]:bg-red-50' : 'text-zinc-800 data-[highlighted]:bg-zinc-100',
      )}
    >
      {children}
    </Dropdown.Item>
  );
}

/** A checkbox in a menu (e.g. which columns to show); choosing it keeps the menu open. */
export function MenuCheckboxItem({
  checked,
  onCheckedChange,
  children,
}: {
  checked: boolean;
  onCheckedChange: () => void;
  children: ReactNode;
}) {
  return (
    <Dropdown.CheckboxItem
      checked={checked}
      onCheckedChange={onCheckedChange}
      onSelect={(event) => event.preventDefault()}
      className={cn(itemClass, 'flex items-center gap-2 text-zinc-800 data-[highlighted]:bg-zinc-100')}
    >
      <span
        aria-hidden="true"
        className={cn(
          'flex size-4 items-center justify-center rounded border text-xs',
          checked ? 'border-zinc-900 bg-zinc-900 text-white' : 'border-zinc-400 bg-white',
        )}
      >
        {checked ? '✓' : ''}
      </span>
      {children}
    </Dropdown.CheckboxItem>
  );
}
