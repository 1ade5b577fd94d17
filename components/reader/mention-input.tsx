'use client';
/**
 * A textarea that offers the group's members after an `@`: the server finds mentions as `@` + a member's exact
 * name (lib/domain/mentions.ts), and Chinese names have no spaces to end them, so picking from the list is the
 * reliable way to write one. ↑/↓ choose, Enter or Tab insert `@名字 `, Escape closes the list (and only the list).
 * Mentions in written text are drawn by MentionText.
 */
import { avatarColorIndex, avatarLabel } from '@/lib/domain/avatar';
import { splitLinks } from '@/lib/domain/links';
import { forwardRef, Fragment, useImperativeHandle, useMemo, useRef, useState, type TextareaHTMLAttributes } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { useLive } from './live-context';

/** Longest run after `@` still treated as a name being typed: longer, and it is just text with an @ in it. */
const MAX_QUERY = 16;
const MAX_OPTIONS = 6;

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
  /** the viewer: not offered to themselves */
  selfId?: string;
  /** Ctrl/⌘+Enter sends (plain Enter is a new line, or picks a name from the list) */
  onSubmitShortcut?: () => void;
};

/** The `@query` being typed just before the caret, if any. */
function queryAt(value: string, caret: number): { at: number; query: string } | null {
  const before = value.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /\s/.test(query)) return null;
  return { at, query };
}

export const MentionInput = forwardRef<HTMLTextAreaElement, Props>(function MentionInput({ value, onValueChange, selfId, onSubmitShortcut, onKeyDown, className, ...rest }, ref) {
  const { t } = useT();
  const { members } = useLive();
  const inner = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => inner.current!);
  const [caret, setCaret] = useState<number | null>(null);
  const [chosen, setChosen] = useState(0);
  const [isDismissed, setDismissed] = useState(false);

  const token = caret === null ? null : queryAt(value, caret);
  const options = useMemo(() => {
    if (!token) return [];
    const q = token.query.toLowerCase();
    return members
      .filter((m) => m.userId !== selfId && m.name.trim() && m.name.toLowerCase().includes(q))
      .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)))
      .slice(0, MAX_OPTIONS);
  }, [members, token, selfId]);
  const isOpen = options.length > 0 && !isDismissed && !(token && options.some((m) => m.name === token.query));
  const index = Math.min(chosen, options.length - 1);

  const pick = (name: string) => {
    if (!token || caret === null) return;
    const insert = `@${name} `;
    const next = value.slice(0, token.at) + insert + value.slice(caret);
    onValueChange(next);
    const position = token.at + insert.length;
    setCaret(position);
    requestAnimationFrame(() => {
      inner.current?.focus();
      inner.current?.setSelectionRange(position, position);
    });
  };

  const track = (element: HTMLTextAreaElement) => {
    setCaret(element.selectionStart === element.selectionEnd ? element.selectionStart : null);
  };

  return (
    <div className="relative min-w-0 flex-1">
      <textarea
        {...rest}
        ref={inner}
        value={value}
        className={className}
        aria-autocomplete="list"
        onChange={(event) => {
          onValueChange(event.target.value);
          setDismissed(false);
          setChosen(0);
          track(event.target);
        }}
        onSelect={(event) => track(event.currentTarget)}
        onBlur={() => setTimeout(() => setCaret(null), 150)}
        onKeyDown={(event) => {
          if (isOpen) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setChosen((index + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
              return;
            }
            if ((event.key === 'Enter' && !event.metaKey && !event.ctrlKey) || event.key === 'Tab') {
              event.preventDefault();
              pick(options[index].name);
              return;
            }
            if (event.key === 'Escape') {
              // Close the list, not the form around it (the composer closes on Escape).
              event.preventDefault();
              event.stopPropagation();
              setDismissed(true);
              return;
            }
          }
          if (onSubmitShortcut && event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onSubmitShortcut();
            return;
          }
          onKeyDown?.(event);
        }}
      />
      {isOpen && (
        <ul role="listbox" aria-label={t('live.mentionMembers')} className="absolute inset-x-0 top-full z-[80] mt-1 max-h-48 overflow-y-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg">
          {options.map((member, i) => (
            <li key={member.userId} role="option" aria-selected={i === index}>
              <button
                type="button"
                data-testid="mention-option"
                // Keep focus (and the caret) in the textarea.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(member.name)}
                className={`flex w-full items-center gap-2 px-3 py-1.5 text-left ${i === index ? 'bg-red-50 text-red-900' : 'text-stone-800 hover:bg-stone-50'}`}
              >
                <Initial name={member.name} />
                {member.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

/** A person's first character in a circle: how the presence list and the mention list show people (leaders in red). */
/** Avatar backgrounds that white text reads on (contrast ≥ 4.5:1); red is the leader's ring. */
export const AVATAR_COLORS = ['bg-sky-700', 'bg-emerald-700', 'bg-amber-700', 'bg-violet-700', 'bg-teal-700', 'bg-indigo-700', 'bg-orange-700', 'bg-cyan-700', 'bg-fuchsia-700', 'bg-stone-600'];

/** A round avatar: the given name or two initials (lib/domain/avatar.ts) on the person's colour. */
export function Initial({ name, className = 'h-6 w-6 text-xs', isLeader = false, colorSlot }: { name: string; className?: string; isLeader?: boolean; colorSlot?: number }) {
  const color = AVATAR_COLORS[colorSlot ?? avatarColorIndex(name, AVATAR_COLORS.length)];
  return (
    <span aria-hidden="true" className={`inline-flex shrink-0 items-center justify-center rounded-full font-medium tracking-tighter text-white ${color} ${isLeader ? 'ring-2 ring-red-700 ring-offset-1' : ''} ${className}`}>
      {avatarLabel(name)}
    </span>
  );
}

/**
 * Written text with `@名字` of known members drawn as mentions and http(s) addresses as links (opening in a new
 * tab, telling the target nothing: noopener noreferrer, and no search credit: nofollow); everything else stays
 * React text.
 */
export function MentionText({ text }: { text: string }) {
  const { members } = useLive();
  const parts = useMemo(() => splitMentions(text, members.map((m) => m.name)), [text, members]);
  return (
    <>
      {parts.map((part, i) =>
        part.isMention ? (
          <span key={i} className="font-medium text-red-800">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>
            {splitLinks(part.text).map((piece, j) =>
              piece.href ? (
                <a key={j} href={piece.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-red-800 underline" data-testid="comment-link">
                  {piece.text}
                </a>
              ) : (
                <Fragment key={j}>{piece.text}</Fragment>
              ),
            )}
          </Fragment>
        ),
      )}
    </>
  );
}

/** Splits text at mentions of the given names, the longest name winning (as the server decides). */
export function splitMentions(text: string, names: readonly string[]): { text: string; isMention: boolean }[] {
  const byLength = names.filter((n) => n.trim()).sort((a, b) => b.length - a.length);
  if (byLength.length === 0 || !text.includes('@')) return [{ text, isMention: false }];
  const parts: { text: string; isMention: boolean }[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const name = byLength.find((n) => text.startsWith(n, at + 1));
    if (!name) continue;
    if (at > from) parts.push({ text: text.slice(from, at), isMention: false });
    parts.push({ text: `@${name}`, isMention: true });
    from = at + 1 + name.length;
    at = from - 1;
  }
  if (from < text.length) parts.push({ text: text.slice(from), isMention: false });
  return parts;
}
