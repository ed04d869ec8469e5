import { AppError } from '@/lib/server/errors';
import { cappedChunks, megabytes } from '@/lib/server/http/capped-body';

export const tooLarge = (max: number) =>
  new AppError('payload_too_large', `The file is larger than the ${megabytes(max)} this upload allows`, {
    file: [`At most ${megabytes(max)}`],
  });

/**
 * Reads the first `headBytes` of a body (for sniffing), and returns them with
 * the whole body as chunks that fail with 413 as soon as more than `max` bytes pass.
 */
export async function cappedBody(body: ReadableStream<Uint8Array>, max: number, headBytes = 16) {
  const state = { size: 0 };
  const source = cappedChunks(body, max, () => tooLarge(max));
  const buffered: Uint8Array[] = [];
  let done = false;
  while (state.size < headBytes) {
    const next = await source.next();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    state.size += next.value.length;
  }
  const head = Buffer.concat(buffered);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await source.next();
      if (next.done) return;
      state.size += next.value.length;
      yield next.value;
    }
  }
  return { head, chunks, state };
}
