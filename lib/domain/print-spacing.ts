/**
 * Printed books space out short headings letter by letter ("为 民 篇"). The source keeps the spaces (offsets of
 * annotations count them); pages show the heading without them.
 */
const SPACED = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;

/** "为 民 篇" → "为民篇"; spaces next to Latin words or digits stay. */
export function withoutPrintSpacing(text: string): string {
  return text.replace(SPACED, '');
}

/** The text cut into runs, each marked as print spacing (to hide) or text (to show); joined, they are the text. */
export function printSpacingParts(text: string): Array<{ text: string; isSpacing: boolean }> {
  const parts: Array<{ text: string; isSpacing: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(SPACED)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), isSpacing: false });
    parts.push({ text: m[0], isSpacing: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isSpacing: false });
  return parts;
}
