import { Button } from '@/components/ui/button';

export interface RowAction {
  label: string;
  /** An accessible name naming the row ("Verify acme.com"), when a test or screen reader needs more than the label. */
  name?: string;
  onClick: () => void;
  /** Destructive (delete, revoke): shown in red. */
  danger?: boolean;
  pending?: boolean;
  disabled?: boolean;
  /** Left out, e.g. when the caller lacks the permission. */
  hidden?: boolean;
}

/**
 * A table row's action buttons. Their names stay short ("Edit", "Delete"); the
 * element that names the row (`describedBy`) is their accessible description.
 */
export function RowActions({ describedBy, actions }: { describedBy: string; actions: RowAction[] }) {
  const shown = actions.filter((a) => !a.hidden);
  if (shown.length === 0) return null;
  return (
    <div className="flex justify-end gap-1">
      {shown.map((a) => (
        <Button
          key={a.label}
          size="sm"
          variant="ghost"
          className={a.danger ? 'text-red-700 hover:bg-red-50 hover:text-red-800' : undefined}
          aria-describedby={describedBy}
          aria-label={a.name}
          pending={a.pending}
          disabled={a.disabled}
          onClick={a.onClick}
        >
          {a.label}
        </Button>
      ))}
    </div>
  );
}
