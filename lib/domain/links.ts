/**
 * Web addresses in what people write, to be shown as links. Only http:// and https:// (never javascript:, data:
 * or a bare "www."); an address ends at white space, at Chinese punctuation, or before trailing ASCII punctuation
 * that closes the sentence ("见 https://example.cn/a。" links https://example.cn/a).
 */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'，。！？；：、（）【】《》「」『』“”‘’]+/giu;
const TRAILING = /[.,;:!?)\]}'"]+$/u;

export interface TextPart {
  text: string;
  /** set when the part is a web address to link to */
  href?: string;
}

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const candidate = m[0].replace(TRAILING, '');
    const href = safeHref(candidate);
    if (!href) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: candidate, href });
    last = m.index + candidate.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The address as a link target, or null unless it parses as http(s) with a host. */
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
