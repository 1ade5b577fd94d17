import { describe, expect, it } from 'vitest';
import { isStrongPassword } from './password-strength';

describe('isStrongPassword', () => {
  it.each(['12345678', 'password', '        ', 'qwertyuiop', 'iloveyou1', 'Passw0rd!', 'password1234', 'a'.repeat(40)])('refuses %j', (password) => {
    expect(isStrongPassword(password)).toBe(false);
  });

  it.each(['correct horse battery', 'a fine passphrase 9', '读书会每周三见', '至少 8 个字符', 'another good passphrase 7'])('accepts %j', (password) => {
    expect(isStrongPassword(password)).toBe(true);
  });

  it("refuses the user's own name or email as the password", () => {
    expect(isStrongPassword('zhangweiming2024', ['张伟明', 'zhangweiming@example.test'])).toBe(false);
    expect(isStrongPassword('zhangweiming2024')).toBe(true);
  });
});
