/** The small round icon before each timeline item: one shape and colour per family of change. */

type Family = 'highlight' | 'reply' | 'reaction' | 'resolve' | 'reflection' | 'join' | 'leave' | 'session' | 'edit' | 'delete' | 'pin' | 'hide' | 'other';

export function familyOf(type: string): Family {
  if (type === 'annotation:created') return 'highlight';
  if (type === 'reply:created') return 'reply';
  if (type === 'reaction:changed') return 'reaction';
  if (type === 'annotation:resolved' || type === 'annotation:reopened') return 'resolve';
  if (type === 'reflection:created') return 'reflection';
  if (type === 'member:joined') return 'join';
  if (type === 'member:left') return 'leave';
  if (type.startsWith('session:')) return 'session';
  if (type.endsWith(':updated')) return 'edit';
  if (type.endsWith(':deleted') || type.endsWith(':removed')) return 'delete';
  if (type.endsWith('pinned')) return 'pin';
  if (type.endsWith('hidden')) return 'hide';
  return 'other';
}

const COLOR: Record<Family, string> = {
  highlight: 'bg-amber-100 text-amber-800',
  reply: 'bg-sky-100 text-sky-800',
  reaction: 'bg-rose-100 text-rose-700',
  resolve: 'bg-emerald-100 text-emerald-800',
  reflection: 'bg-violet-100 text-violet-800',
  join: 'bg-stone-100 text-stone-600',
  leave: 'bg-stone-100 text-stone-500',
  session: 'bg-red-100 text-red-800',
  edit: 'bg-stone-100 text-stone-700',
  delete: 'bg-stone-100 text-stone-500',
  pin: 'bg-orange-100 text-orange-800',
  hide: 'bg-stone-200 text-stone-600',
  other: 'bg-stone-100 text-stone-500',
};

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function Glyph({ family }: { family: Family }) {
  switch (family) {
    case 'highlight':
      return <path {...stroke} d="M3 13h10M5 10.5l5.5-7 2 1.6-5.5 7L4.5 13z" />;
    case 'reply':
      return <path {...stroke} d="M2.5 3.5h11v7.5H7l-3 2.5V11H2.5z" />;
    case 'reaction':
      return <path {...stroke} d="M8 13.5s-5.5-3.2-5.5-7.2A2.8 2.8 0 0 1 8 5a2.8 2.8 0 0 1 5.5 1.3c0 4-5.5 7.2-5.5 7.2z" />;
    case 'resolve':
      return <path {...stroke} d="M3 8.5l3 3 7-7" />;
    case 'reflection':
      return <path {...stroke} d="M8 2l1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.4l-3.7 2.1.8-4.2L2 6.4l4.2-.5z" />;
    case 'join':
      return <path {...stroke} d="M2 8h8M7 5l3 3-3 3M13 2.5v11" />;
    case 'leave':
      return <path {...stroke} d="M14 8H6M9 5L6 8l3 3M3 2.5v11" />;
    case 'session':
      return <path {...stroke} d="M3.5 14V2.5M3.5 2.5h8.5l-2 2.8 2 2.8H3.5" />;
    case 'edit':
      return <path {...stroke} d="M10.5 2.5l3 3-7.5 7.5H3v-3z" />;
    case 'delete':
      return <path {...stroke} d="M4 4l8 8M12 4l-8 8" />;
    case 'pin':
      return <path {...stroke} d="M8 10v4.5M4.5 10h7L10 7V3H6v4z" />;
    case 'hide':
      return <path {...stroke} d="M2 8s2.2-4 6-4 6 4 6 4-2.2 4-6 4-6-4-6-4zM3 13L13 3" />;
    default:
      return <circle cx="8" cy="8" r="2.5" fill="currentColor" />;
  }
}

export function TimelineIcon({ type }: { type: string }) {
  const family = familyOf(type);
  return (
    <span className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full ${COLOR[family]}`} aria-hidden>
      <svg viewBox="0 0 16 16" width="15" height="15">
        <Glyph family={family} />
      </svg>
    </span>
  );
}
