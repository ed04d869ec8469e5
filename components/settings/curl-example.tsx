/** How to call the API with a key, ready to paste into a terminal. */
export function CurlExample({ apiUrl, apiKey = 'oak_…' }: { apiUrl: string; apiKey?: string }) {
  return (
    // Wrapped, not scrolled sideways: a scrolling region would need a keyboard stop of its own (axe).
    <pre
      className="rounded-md bg-zinc-900 px-3 py-2.5 text-left font-mono text-xs break-all whitespace-pre-wrap text-zinc-100"
      data-testid="curl-example"
    >
      <code>{`curl -H "Authorization: Bearer ${apiKey}" \\\n  ${apiUrl}/departments`}</code>
    </pre>
  );
}
