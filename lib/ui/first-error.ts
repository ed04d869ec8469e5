/** The first message in a react-hook-form error tree, e.g. an array field's (`options.2.value`). */
export function firstErrorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const [key, child] of Object.entries(error)) {
    if (key === 'ref') continue;
    const message = firstErrorMessage(child);
    if (message) return message;
  }
  return undefined;
}
