'use client';

import { useEffect, useState } from 'react';
import { grantApplicationsAction } from '@/app/o/[orgSlug]/applications/actions';
import { Select } from '@/components/ui/input';

/**
 * Changes one member's level in one application as soon as another is picked
 * (a re-grant). `label` names the row for screen readers and tests.
 */
export function LevelSelect({
  orgSlug,
  userId,
  appId,
  levels,
  value,
  label,
}: {
  orgSlug: string;
  userId: string;
  appId: string;
  levels: string[];
  value: string;
  label: string;
}) {
  // Shown at once; the server's answer (or an error) settles it.
  const [current, setCurrent] = useState(value);
  const [pending, setPending] = useState(false);
  useEffect(() => setCurrent(value), [value]);
  const [error, setError] = useState<string>();
  const errorId = `level-${userId}-${appId}-error`;

  async function change(accessLevel: string) {
    setCurrent(accessLevel);
    setPending(true);
    setError(undefined);
    const result = await grantApplicationsAction(orgSlug, userId, { appIds: [appId], accessLevel });
    setPending(false);
    if (result.ok) return;
    setCurrent(value);
    setError(result.error.fields?.accessLevel?.[0] ?? result.error.message);
  }

  // A level the application no longer lists stays visible until it is changed.
  const options = levels.includes(current) ? levels : [current, ...levels];
  return (
    <div>
      <Select
        aria-label={label}
        value={current}
        disabled={pending}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="w-32"
        onChange={(event) => void change(event.target.value)}
      >
        {options.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </Select>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
