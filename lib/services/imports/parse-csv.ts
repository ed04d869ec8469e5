import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';

const SAMPLE_CHARS = 64 * 1024;

/** UTF-8 chunks as text, without the byte order mark and never splitting a character across chunks. */
async function* utf8Text(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of input) {
    let text = decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

type Newline = '\r\n' | '\n' | '\r';

/**
 * The delimiter and line break of the first rows (blank lines ignored):
 * papaparse's guess among , ; tab | and the ASCII separators.
 */
export function guessDialect(sample: string): { delimiter: string; newline: Newline } {
  const { meta } = Papa.parse(sample, { delimiter: '', preview: 50, skipEmptyLines: 'greedy' });
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: meta.delimiter || ',', newline };
}

/**
 * The records of a CSV file, streamed a chunk (about 64 KB) at a time: any
 * delimiter (guessed from the first 64 KB), UTF-8 with or without BOM, quoted
 * fields with delimiters, quotes and newlines. Each chunk is parsed by
 * papaparse's parser up to its last complete record; the rest waits for the
 * next chunk, so a quoted newline across chunks stays in one cell.
 */
export async function* csvRecordBatches(input: Readable): AsyncGenerator<string[][]> {
  const text = utf8Text(input);
  try {
    let pending = '';
    while (pending.length < SAMPLE_CHARS) {
      const next = await text.next();
      if (next.done) break;
      pending += next.value;
    }
    const parser = new Papa.Parser({ ...guessDialect(pending), skipEmptyLines: false });
    for (;;) {
      const next = await text.next();
      const last = Boolean(next.done);
      if (!last) pending += next.value;
      if (!last && pending.length < SAMPLE_CHARS) continue;
      const results = parser.parse(pending, 0, !last) as { data: string[][]; meta: { cursor: number } };
      pending = last ? '' : pending.slice(results.meta.cursor);
      if (results.data.length > 0) yield results.data;
      if (last) return;
    }
  } finally {
    await text.return(undefined);
    input.destroy();
  }
}
