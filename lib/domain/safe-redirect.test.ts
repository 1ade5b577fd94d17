import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-redirect';

describe('safeCallbackPath', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackPath('/sessions/s1?x=1#a')).toBe('/sessions/s1?x=1#a');
    expect(safeCallbackPath('/groups/%E5%AD%A6')).toBe('/groups/%E5%AD%A6');
  });
  it.each(['http://elsewhere/x', '//elsewhere/x', '/\\elsewhere', 'javascript:alert(1)', 'elsewhere', '', null])('refuses %s', (raw) => {
    expect(safeCallbackPath(raw)).toBe('/groups');
  });
});
