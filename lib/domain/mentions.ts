/**
 * @mentions in comments. Chinese names have no word boundaries to look for, so a mention is `@` followed by a
 * member's exact display name; the longest name wins where names share a prefix (@王芳 vs @王芳芳).
 */
export interface Mentionable {
  id: string;
  name: string;
}

export function findMentions(body: string, members: Mentionable[]): Mentionable[] {
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const found = new Map<string, Mentionable>();
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    const rest = body.slice(at + 1);
    const member = byLength.find((m) => rest.startsWith(m.name));
    if (member) found.set(member.id, member);
  }
  return [...found.values()];
}
