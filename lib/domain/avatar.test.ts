import { describe, expect, it } from 'vitest';
import { assignAvatarColors, avatarColorIndex, avatarLabel } from './avatar';

describe('avatars', () => {
  it('show the given name, so people of one surname differ', () => {
    expect(['王芳', '王伟', '王强'].map(avatarLabel)).toEqual(['芳', '伟', '强']);
    expect([avatarLabel('周晓明'), avatarLabel('欧阳修文'), avatarLabel('Wang Fang'), avatarLabel('alice'), avatarLabel(' ')]).toEqual(['晓明', '修文', 'WF', 'al', '?']);
  });
  it('colour people apart, the same person always alike', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `user-${i}`);
    expect(new Set(assignAvatarColors(ids, 10).values()).size).toBe(10);
    expect(avatarColorIndex('user-1', 10)).toBe(avatarColorIndex('user-1', 10));
  });
});
