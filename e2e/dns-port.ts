/**
 * The UDP port of the loopback DNS server that e2e/ui/domains.spec.ts starts and the e2e server
 * asks (DNS_SERVERS). Derived from E2E_PORT, so runs of several checkouts side by side do not collide.
 */
export const dnsPort = Number(process.env.E2E_DNS_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2000);
