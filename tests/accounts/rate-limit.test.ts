import { describe, expect, it } from 'vitest';
import { addressKey, attemptLimits } from '../../src/accounts/rate-limit';

const limits = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, maxFailuresPerAccountTotal: 100, failureWindowMs: 900_000 };

describe('addressKey', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:DB8:0:0:8:800:200C:417A', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
    ['not an address at all', 'not an address at all'],
  ])('%s counts as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('puts every address of one /64 on one counter, and neighbouring /64s on their own', () => {
    const keys = (addresses: string[]) => new Set(addresses.map((a) => attemptLimits({ name: 'ani', address: a, knownClient: null }, limits)[0]!.key));
    expect(keys(['2001:db8:aa:1::1', '2001:db8:aa:1::2', '2001:db8:aa:1:ffff:1:2:3', '2001:db8:aa:1:0:0:0:9'])).toEqual(new Set(['ip:2001:db8:aa:1::/64']));
    expect(keys(['2001:db8:aa:1::1', '2001:db8:aa:2::1']).size).toBe(2);
  });
});
