import { describe, expect, it } from 'vitest';
import { passwordMessages } from '@/lib/schemas/password';
import { assertPasswordAllowed, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts long, uncommon passwords of any characters', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('пароль-очень-длинный')).toBeNull();
    expect(passwordProblem('🐎🔋📎🐴🔋📎🐎🔋📎🐴🔋📎')).toBeNull();
  });

  it('refuses 11 characters and counts characters, not UTF-16 units', () => {
    expect(passwordProblem('abcdefghijk')).toBe(passwordMessages.short);
    expect(passwordProblem('🐎🔋📎🐴🔋📎')).toBe(passwordMessages.short);
  });

  it('refuses more than 128 characters instead of truncating', () => {
    expect(passwordProblem('x'.repeat(128) + 'y'.repeat(0))).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe(passwordMessages.long);
  });

  it('refuses common passwords in any letter case', () => {
    expect(passwordProblem('qwerty123456')).toBe(passwordMessages.common);
    expect(passwordProblem('QWERTY123456')).toBe(passwordMessages.common);
    expect(passwordProblem('1qaz2wsx3edc')).toBe(passwordMessages.common);
  });

  it('refuses the e-mail address as password', () => {
    expect(passwordProblem('Ada.Lovelace@example.test', 'ada.lovelace@example.test')).toBe(passwordMessages.email);
  });

  it('throws a 422 naming the field', () => {
    expect(() => assertPasswordAllowed('short', null, 'newPassword')).toThrow(
      expect.objectContaining({ code: 'validation_failed', fields: { newPassword: [passwordMessages.short] } }),
    );
  });
});
