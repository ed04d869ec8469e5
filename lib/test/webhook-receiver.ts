import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the sender's timeout must end the attempt). */
  hang?: boolean;
}

function flat(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

/**
 * A webhook receiver on loopback (port 0): it keeps every request and answers with
 * the queued answers in turn, then 200. `verify` checks a request's signature with
 * the standardwebhooks package, as a customer's receiver would.
 */
export async function startReceiver(host = '127.0.0.1', port = 0) {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: flat(req.headers), body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const answer = answers.shift() ?? { status: 200, body: 'ok' };
      if (answer.hang) return;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${bound}/hook`,
    port: bound,
    received,
    answer: (...next: (Answer | number)[]) => {
      answers.push(...next.map((a) => (typeof a === 'number' ? { status: a } : a)));
    },
    /** The payload if the signature verifies with `secret`; throws otherwise. */
    verify: (secret: string, r: Received) => new Webhook(secret).verify(r.body, r.headers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
