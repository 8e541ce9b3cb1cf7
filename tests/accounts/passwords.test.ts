import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/accounts/passwords';

describe('password hashing with scrypt', () => {
  it('stores parameters, a per-user salt and the key, and verifies only the right password', async () => {
    const a = await hashPassword('kata sandi yang panjang', 12);
    const b = await hashPassword('kata sandi yang panjang', 12);
    expect(a).toMatch(/^scrypt\$12\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('kata sandi yang panjang', a)).toBe(true);
    expect(await verifyPassword('kata sandi yang panjang ', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait!', 10);
    expect(await verifyPassword('cafe\u0301 au lait!', hash)).toBe(true);
  });

  it('uses the memory-hard default cost (N = 2^17)', async () => {
    expect((await hashPassword('a long enough passphrase')).split('$')[1]).toBe('17');
  });

  it.each([
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['a cut hash', 'scrypt$12$8$1$c2FsdA=='],
    ['a short key', 'scrypt$12$8$1$c2FsdHNhbHRzYWx0c2FsdA==$c2hvcnQ='],
    ['an absurd cost', 'scrypt$40$8$1$c2FsdHNhbHRzYWx0c2FsdA==$' + 'A'.repeat(43) + '='],
  ])('refuses %s without throwing', async (_name, stored) => {
    expect(await verifyPassword('anything at all', stored)).toBe(false);
  });

  it.each([
    ['short', 'password_too_short'],
    ['ten chars!', null],
    ['x'.repeat(1025), 'password_too_long'],
  ])('judges the length of %j', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
