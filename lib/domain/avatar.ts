/**
 * What a small round avatar shows for a person: the given name of a Chinese name (王芳 → 芳, 周晓明 → 晓明), the
 * initials of a Latin one (Wang Fang → WF), at most two characters; and a colour index that differs between people
 * of the same surname (王芳, 王伟 and 王强 no longer all read 王 in the same grey).
 */
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '南宫'];
const HAN = /^\p{Script=Han}+$/u;

export function avatarLabel(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const chars = Array.from(trimmed);
  if (HAN.test(trimmed)) {
    if (chars.length <= 2) return chars.length === 2 ? chars[1] : chars[0];
    const surname = COMPOUND_SURNAMES.some((s) => trimmed.startsWith(s)) && chars.length > 2 ? 2 : 1;
    return chars.slice(surname, surname + 2).join('');
  }
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length >= 2) return (Array.from(words[0])[0] + Array.from(words[1])[0]).toUpperCase();
  return chars.slice(0, 2).join('');
}

/** A stable colour slot in [0, slots) for a person (by id, or by name when there is no id): FNV-1a. */
export function avatarColorIndex(key: string, slots: number): number {
  let hash = 0x811c9dc5;
  for (const ch of key) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % slots;
}

/**
 * Colour slots for the people shown together (a session's presence): each keeps its own slot when it is free and
 * takes the next free one otherwise, so up to `slots` people never share a colour.
 */
export function assignAvatarColors(keys: readonly string[], slots: number): Map<string, number> {
  const taken = new Set<number>();
  const out = new Map<string, number>();
  for (const key of [...new Set(keys)].sort()) {
    let slot = avatarColorIndex(key, slots);
    for (let i = 0; i < slots && taken.has(slot); i++) slot = (slot + 1) % slots;
    taken.add(slot);
    out.set(key, slot);
  }
  return out;
}
