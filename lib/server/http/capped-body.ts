/** A byte count for messages about size caps: "2.5 MB". */
export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The one capped body reader (JSON bodies, images, uploads): the chunks of
 * `body`, failing with `tooLarge()` as soon as more than `max` bytes have
 * passed. The rest is cancelled unread, so a huge body is never buffered.
 */
export async function* cappedChunks(
  body: ReadableStream<Uint8Array>,
  max: number,
  tooLarge: () => Error,
): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > max) throw tooLarge();
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The whole of `body` in memory, at most `max` bytes. */
export async function readCapped(
  body: ReadableStream<Uint8Array>,
  max: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of cappedChunks(body, max, tooLarge)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A declared Content-Length above `max` fails before a byte is read. */
export function checkDeclaredLength(headers: Headers, max: number, tooLarge: () => Error): void {
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw tooLarge();
}
