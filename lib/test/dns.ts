import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import * as packet from 'dns-packet';

const NXDOMAIN = 3;

/**
 * A real DNS server on loopback (UDP; a random port unless `port` is given) answering A and AAAA queries from
 * `records` and TXT queries from `txt`, both of which a test may change between
 * look-ups (DNS rebinding, a record published later). Names it knows in neither get
 * NXDOMAIN. Point the app at it with DNS_SERVERS=<server>.
 */
export async function startDns(records: Record<string, string[]>, txt: Record<string, string[]> = {}, port = 0) {
  const socket = dgram.createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (message, peer) => {
    const query = packet.decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push(`${question.type} ${name}`);
    const known = records[name] ?? (txt[name] ? [] : undefined);
    const wanted = (known ?? []).filter((a) => (question.type === 'AAAA' ? a.includes(':') : !a.includes(':')));
    const texts = question.type === 'TXT' ? (txt[name] ?? []) : [];
    const answer = packet.encode({
      id: query.id,
      type: 'response',
      flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (known ? 0 : NXDOMAIN),
      questions: query.questions,
      answers:
        question.type === 'A' || question.type === 'AAAA'
          ? wanted.map((data) => ({ type: question.type as 'A', name: question.name, ttl: 0, data }))
          : texts.map((data) => ({ type: 'TXT' as const, name: question.name, ttl: 0, data })),
    });
    socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
  // The server never keeps a test process alive on its own (a suite may leave it running to the end).
  socket.unref();
  const bound = (socket.address() as AddressInfo).port;
  return {
    server: `127.0.0.1:${bound}`,
    records,
    txt,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
