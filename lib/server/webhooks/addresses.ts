import ipaddr from 'ipaddr.js';

/**
 * Which addresses a webhook may be sent to. Only global unicast addresses pass:
 * ipaddr.js names every special range (RFC 6890 and its successors), and any
 * range but `unicast` is refused, so loopback, private, link-local (and with it
 * the cloud metadata address 169.254.169.254), shared, multicast, unspecified,
 * broadcast, reserved and documentation ranges all are. An IPv4-mapped IPv6
 * address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
 */

const described: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  private: 'a private address',
  uniqueLocal: 'a private (unique local) address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
};

/** Cloud instance metadata services, named as such in the refusal (all are refused by range too). */
const METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254']);

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parse(address: string): Address | null {
  // Only the plain forms (what DNS and a parsed URL give); ipaddr.parse would also take 0x7f.1 and such.
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !(address.includes(':') && ipaddr.IPv6.isValid(address))) {
    return null;
  }
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}

/** Why a webhook may not go to this address, or null when it may (a global unicast address). */
export function refusedReason(address: string): string | null {
  const ip = parse(address);
  if (!ip) return 'not an IP address';
  if (METADATA.has(ip.toString())) return 'a cloud metadata address';
  const range = ip.range();
  if (range === 'unicast') return null;
  return described[range] ?? `a special-purpose address (${range})`;
}

/**
 * WEBHOOK_ALLOWED_HOSTS: host names (matched against the URL's host, any letter case),
 * IP addresses and CIDR ranges (matched against the addresses the host resolves to).
 */
export function allowList(entries: string[]) {
  const names = new Set<string>();
  const ranges: [Address, number][] = [];
  for (const entry of entries) {
    const bare = entry.replace(/^\[|\]$/g, '').toLowerCase();
    if (bare.includes('/') && ipaddr.isValidCIDR(bare)) ranges.push(ipaddr.parseCIDR(bare));
    else if (parse(bare)) ranges.push([parse(bare)!, parse(bare)!.kind() === 'ipv4' ? 32 : 128]);
    else names.add(bare);
  }
  return {
    allowsHost: (host: string) => names.has(host.toLowerCase()) || (parse(host) !== null && allowsAddress(host)),
    allowsAddress,
  };
  function allowsAddress(address: string): boolean {
    const ip = parse(address);
    return ip !== null && ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits));
  }
}
