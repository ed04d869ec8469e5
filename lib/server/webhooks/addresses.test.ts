import { describe, expect, it } from 'vitest';
import { allowList, refusedReason } from './addresses';

// Literals only: nothing here resolves a name or opens a connection.
describe('the webhook address classifier', () => {
  it.each([
    ['169.254.169.254', 'a cloud metadata address'],
    ['10.0.0.1', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['172.16.5.4', 'a private address'],
    ['fd00::1', 'a private (unique local) address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::', 'an unspecified address'],
    ['127.0.0.2', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['169.254.1.1', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['255.255.255.255', 'a broadcast address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['100.100.100.200', 'a cloud metadata address'],
    ['fd00:ec2::254', 'a cloud metadata address'],
    ['192.0.2.10', 'a reserved address'],
    ['2001:db8::1', 'a reserved address'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(refusedReason(address)).toBe(reason);
  });

  it('refuses IPv6 forms that carry an IPv4 address (NAT64, 6to4, Teredo)', () => {
    for (const address of ['64:ff9b::a00:1', '2002:a00:1::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2']) {
      expect(refusedReason(address), address).not.toBeNull();
    }
  });

  it('lets global unicast addresses through', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.215.14']) {
      expect(refusedReason(address), address).toBeNull();
    }
  });

  it('takes only plain address forms, never a name or a shorthand', () => {
    for (const value of ['localhost', '0x7f.1', '127.1', '2130706433', '']) {
      expect(refusedReason(value), value).toBe('not an IP address');
    }
  });
});

describe('WEBHOOK_ALLOWED_HOSTS', () => {
  const list = allowList(['hooks.internal.test', '127.0.0.1', '10.8.0.0/16', '[fd00::5]', ' ']);

  it('matches names against the URL host, in any letter case', () => {
    expect(list.allowsHost('HOOKS.internal.test')).toBe(true);
    expect(list.allowsHost('other.internal.test')).toBe(false);
    expect(list.allowsHost('localhost')).toBe(false);
  });

  it('matches addresses and ranges against resolved addresses', () => {
    expect(list.allowsAddress('127.0.0.1')).toBe(true);
    expect(list.allowsAddress('::ffff:127.0.0.1')).toBe(true);
    expect(list.allowsAddress('127.0.0.2')).toBe(false);
    expect(list.allowsAddress('10.8.200.1')).toBe(true);
    expect(list.allowsAddress('10.9.0.1')).toBe(false);
    expect(list.allowsAddress('fd00::5')).toBe(true);
    expect(list.allowsHost('127.0.0.1')).toBe(true);
    expect(list.allowsHost('127.0.0.2')).toBe(false);
  });
});
