import { AppError } from '@/lib/server/errors';
import { megabytes } from './limits';

export const tooLarge = (max: number) =>
  new AppError('payload_too_large', `The file is larger than the ${megabytes(max)} this upload allows`, {
    file: [`At most ${megabytes(max)}`],
  });

/**
 * Reads the first `headBytes` of a body (for sniffing), and returns them with
 * the whole body as chunks that fail with 413 as soon as more than `max` bytes pass.
 */
export async function cappedBody(body: ReadableStream<Uint8Array>, max: number, headBytes = 16) {
  const reader = body.getReader();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < headBytes) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    size += next.value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
  }
  const head = Buffer.concat(buffered);
  const state = { size };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      state.size += next.value.length;
      if (state.size > max) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(max);
      }
      yield next.value;
    }
  }
  return { head, chunks, state };
}
