const URL_RE = /(https?:\/\/[^\s<>"']+)/g;

/** Plain text with its http(s) addresses as links, opening in this tab (activation and reset links work from here). */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) =>
        // split() with a capture group puts the matches at the odd indexes.
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <a key={i} href={part} className="break-all text-indigo-700 underline hover:text-indigo-900">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
