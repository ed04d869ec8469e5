import 'server-only';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { config } from '../config';
import { configuredResolver, noRecords } from '../dns';
import { allowList, refusedReason } from './addresses';

/** A webhook URL that must not be called (SSRF protection); the message says why. */
export class UnsafeDestination extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeDestination';
  }
}

export interface Target {
  address: string;
  family: 4 | 6;
}

/** The host's addresses: from DNS_SERVERS when set (tests run a DNS server on loopback), else the system's. */
async function resolveHost(host: string): Promise<Target[]> {
  const literal = isIP(host);
  if (literal) return [{ address: host, family: literal as 4 | 6 }];
  const resolver = configuredResolver();
  if (!resolver) {
    const found = await lookup(host, { all: true, order: 'verbatim' });
    return found.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  }
  const v4 = await resolver.resolve4(host).catch(noRecords);
  const v6 = await resolver.resolve6(host).catch(noRecords);
  return [
    ...v4.map((address) => ({ address, family: 4 as const })),
    ...v6.map((address) => ({ address, family: 6 as const })),
  ];
}

/**
 * Resolves the URL's host and checks every address it has: unless the host or the
 * addresses are in WEBHOOK_ALLOWED_HOSTS, each must be a global unicast address,
 * and the URL must be https. Returns the address to connect to; the caller pins the
 * connection to it, so that a second DNS answer (rebinding) cannot change it.
 * Runs at creation and again before every delivery attempt.
 */
export async function checkDestination(raw: string): Promise<Target> {
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = allowList(config.webhookAllowedHosts);
  let targets: Target[];
  try {
    targets = await resolveHost(host);
  } catch {
    throw new UnsafeDestination(`The host ${host} could not be resolved`);
  }
  if (targets.length === 0) throw new UnsafeDestination(`The host ${host} has no address`);
  const listed = allowed.allowsHost(host) || targets.every((t) => allowed.allowsAddress(t.address));
  if (!listed) {
    for (const t of targets) {
      const reason = refusedReason(t.address);
      if (reason)
        throw new UnsafeDestination(`${host} resolves to ${t.address}, ${reason}; webhooks go to public hosts only`);
    }
    if (url.protocol !== 'https:') throw new UnsafeDestination('Use an https:// URL');
  }
  return targets[0]!;
}
