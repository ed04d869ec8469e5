import 'server-only';
import { Resolver } from 'node:dns/promises';
import { config } from './config';

/** A resolver on DNS_SERVERS (tests run a DNS server on loopback); null when unset: use the system's. */
export function configuredResolver(): Resolver | null {
  const servers = config.dnsServers;
  if (servers.length === 0) return null;
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers(servers);
  return resolver;
}

/** A name that does not exist, or has no record of the type asked for: an empty answer, not an error. */
export function noRecords(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENODATA' || error.code === 'ENOTFOUND') return [];
  throw error;
}

/** The TXT records at `name`, each joined from its chunks (a record longer than 255 bytes comes in several). */
export async function lookupTxt(name: string): Promise<string[]> {
  const resolver = configuredResolver() ?? new Resolver({ timeout: 3000, tries: 2 });
  try {
    return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
  } catch (error) {
    return noRecords(error as NodeJS.ErrnoException);
  }
}
