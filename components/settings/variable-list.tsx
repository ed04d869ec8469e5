'use client';

/** The variables a template offers, as buttons that insert `{{name}}` where the cursor was. */
export function VariableList({ variables, onInsert }: { variables: string[]; onInsert: (variable: string) => void }) {
  return (
    <div className="space-y-2">
      <h3 id="variables-title" className="text-sm font-medium text-zinc-800">
        Variables
      </h3>
      <p id="variables-hint" className="text-xs text-zinc-500">
        Click one to insert it at the cursor in the subject or body. Other {'{{names}}'} are refused.
      </p>
      <ul aria-labelledby="variables-title" className="flex flex-wrap gap-1.5">
        {variables.map((v) => (
          <li key={v}>
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onInsert(v)}
              className="rounded-md border border-zinc-200 bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-800 hover:border-zinc-300 hover:bg-zinc-100"
            >
              {`{{${v}}}`}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
